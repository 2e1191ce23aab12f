package org.citycoop.load.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;
import org.citycoop.load.Source;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.CC;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.apache.jena.langtag.LangTags;

/**
 * An RDF file in any common syntax (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD), read with RDF4J Rio
 * so that syntax errors and ill-typed literals come with line and column. All its statements, named graphs
 * included, go to the file's own source graph.
 */
public final class RdfFileSource implements Source {
    /** How RDF4J names a document that secure mode did not load. */
    private static final java.util.regex.Pattern REMOTE = java.util.regex.Pattern.compile(
        "Could not load document from (\\S+) because it is not whitelisted");
    private final String file;
    private final byte[] bytes;
    private final RDFFormat format;
    private final String key;
    private final String digest;

    public RdfFileSource(String file, byte[] bytes, String digest) {
        this.file = file;
        this.bytes = bytes;
        this.digest = digest;
        this.format = formatOf(file)
            .orElseThrow(() -> new InputException(ErrorId.UNREADABLE_INPUT, new Location(file, 0, 0),
                "a file of unknown kind", "a name ending in .yaml, .json, .csv, .ttl, .trig, .nt, .nq, .rdf, .owl or .jsonld"));
        this.key = org.citycoop.load.record.Keys.ofFile(java.nio.file.Path.of(file));
        parse(new StreamRDFCounter(), read -> { });
    }

    /** The Rio format for a file name, if it names an RDF syntax. */
    public static Optional<RDFFormat> formatOf(String file) {
        return Rio.getParserFormatForFileName(file);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public String method() {
        return "imported";
    }

    @Override
    public List<Definition> definitions() {
        return List.of();
    }

    /** Writes the file's triples as the parser finds them, telling {@code bytesRead} how far into the file it is. */
    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, java.util.function.LongConsumer bytesRead) {
        out.triple(Triple.create(sourceIri(), org.citycoop.ontology.Vocab.RDF_TYPE, CC.Dataset));
        out.triple(Triple.create(sourceIri(), org.citycoop.ontology.Vocab.DCT_TITLE,
            NodeFactory.createLiteralString("RDF file " + java.nio.file.Path.of(file).getFileName())));
        parse(out, bytesRead);
    }

    private void parse(StreamRDF out, java.util.function.LongConsumer bytesRead) {
        RDFParser parser = Rio.createParser(format);
        parser.getParserConfig().set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
        parser.getParserConfig().set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
        parser.getParserConfig().set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
        parser.getParserConfig().set(JSONLDSettings.SECURE_MODE, true);
        parser.getParserConfig().set(JSONLDSettings.WHITELIST, java.util.Set.of());
        long[] at = {1, 1};
        parser.setParseLocationListener((line, column) -> {
            at[0] = line;
            at[1] = column;
        });
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                Location location = new Location(file, at[0], at[1]);
                out.triple(Triple.create(node(st.getSubject(), location), node(st.getPredicate(), location),
                    node(st.getObject(), location)));
            }
        });
        try {
            parser.parse(org.citycoop.load.CountedInput.of(new ByteArrayInputStream(bytes), bytesRead), CC.ID + "file/" + key + "/");
        } catch (RDFParseException e) {
            refuseRemoteDocument(e);
            throw new InputException(ErrorId.MALFORMED_RDF, new Location(file, e.getLineNumber(), e.getColumnNumber()),
                "malformed " + format.getName() + ": " + e.getMessage().replaceFirst("\\s*\\[line \\d+.*$", ""),
                "valid " + format.getName(), e);
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file, 0, 0), "unreadable: " + e.getMessage(),
                "a readable file", e);
        }
    }

    /** A JSON-LD file that names a remote context or document: never fetched, refused where the file names it. */
    private void refuseRemoteDocument(RDFParseException e) {
        java.util.regex.Matcher remote = REMOTE.matcher(String.valueOf(e.getMessage()));
        if (!remote.find()) {
            return;
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int index = Math.max(0, text.indexOf("\"" + remote.group(1)));
        throw new InputException(ErrorId.MALFORMED_RDF, InputText.locationAfter(file, text.substring(0, index)),
            "a remote JSON-LD context or document <" + remote.group(1) + ">, which is never fetched",
            "a JSON-LD file with its @context inline", e);
    }

    private Node node(Value value, Location location) {
        InputText.checkValue(value.stringValue(), location);
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            // blank node labels are scoped to the file: two files' _:b1 are different nodes
            return NodeFactory.createBlankNode(digest.substring(0, 12) + "-" + bnode.getID());
        }
        Literal literal = (Literal) value;
        Optional<String> lang = literal.getLanguage();
        if (lang.isPresent()) {
            if (!LangTags.check(lang.get())) {
                throw new InputException(ErrorId.MALFORMED_RDF, location, "the language tag '" + lang.get() + "'",
                    "a well-formed language tag (BCP 47), such as en, id, ja or zh-Hant");
            }
            return NodeFactory.createLiteralLang(literal.getLabel(), lang.get());
        }
        return NodeFactory.createLiteralDT(literal.getLabel(),
            TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }

    /** Checks the whole file parses before anything is written. */
    private static final class StreamRDFCounter extends org.apache.jena.riot.system.StreamRDFBase {
    }
}
