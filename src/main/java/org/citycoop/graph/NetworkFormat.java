package org.citycoop.graph;

import java.util.Locale;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/** The formats a network is written in. */
public enum NetworkFormat {
    GRAPHML("application/graphml+xml", "graphml"),
    GEXF("application/gexf+xml", "gexf"),
    /** The node list of a network as CSV. */
    NODES_CSV("text/csv", "csv"),
    /** The edge list of a network as CSV. */
    EDGES_CSV("text/csv", "csv"),
    /** The figures of each place the last analysis wrote ({@link FiguresTable}). */
    FIGURES_CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    NetworkFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static NetworkFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "unknown network format '" + name
                + "', expected graphml, gexf, nodes-csv, edges-csv or figures-csv", e);
        }
    }
}
