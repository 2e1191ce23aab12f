package org.citycoop.graph;

import java.time.LocalDate;

/**
 * A node of the visual graph.
 *
 * @param id       the thing's IRI
 * @param label    its label for an English reader (English, else Indonesian, else any)
 * @param labelId  its Indonesian label, or null
 * @param type     the local name of its most specific CityCoop class, such as {@code City} or {@code LetterOfIntent}
 * @param kind     what family it belongs to, for colours and shapes: place, organisation, person, post, event,
 *                 agreement, programme, cooperation, topic, delegation or other
 * @param earliest the first day its date can mean, or null when it has no date
 * @param latest   the last day its date can mean, or null
 * @param degree   for a place of the analysed network, how many places it cooperates with; else null
 * @param rankInCountry for such a place, its rank by that number among the places of its country; else null
 */
public record GraphNode(String id, String label, String labelId, String type, String kind, LocalDate earliest,
        LocalDate latest, Long degree, Long rankInCountry) {

    /** Whether the node's date, if it has one, overlaps the window. */
    public boolean within(TimeWindow window) {
        if (window == null || earliest == null) {
            return true;
        }
        return !latest.isBefore(window.from()) && !earliest.isAfter(window.to());
    }
}
