package org.citycoop.serve;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * Fuseki's Graph Store Protocol, read and write, for a server whose writes go to a remote store through a local copy:
 * a write the copy refuses answers with the status of its refusal ({@link CopiedWrites}), where Fuseki's handler
 * would answer 500 to an error of the kind SPARQL Update answers 400 to.
 */
final class CopiedGraphStore extends GSP_RW {
    @Override
    public void process(HttpAction action) {
        CopiedWrites.answeringGraphStore(() -> super.process(action));
    }
}
