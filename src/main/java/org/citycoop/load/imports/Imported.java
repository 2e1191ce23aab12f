package org.citycoop.load.imports;

import java.util.List;

import org.citycoop.load.LoadReport;
import org.citycoop.load.twins.ResolutionReport;

/**
 * What an import did: the load of its sources, and how the names of each twin-town table resolved.
 *
 * @param load        the sources loaded, replaced or found unchanged
 * @param resolutions each table whose names were resolved, with its report
 */
public record Imported(LoadReport load, List<Resolved> resolutions) {

    /**
     * How one table's names resolved.
     *
     * @param file   the table as the user named it
     * @param report its names, resolved or not
     */
    public record Resolved(String file, ResolutionReport report) {
    }
}
