package org.citycoop.extract;

/**
 * One extracted statement, of one of the kinds the evaluation counts, with the sentence that states it.
 *
 * @param kind       what it states
 * @param key        what it states, as a comparable key ("taufik hanafi|sekretaris ...", "Meeting|2023-11-09|day")
 * @param confidence how far the rule that made it is to be trusted, from 0 to 1
 * @param sentence   the sentence it came from
 * @param assumed    whether it rests on the report as a whole rather than on the sentence's words (an event the
 *                   sentence does not date, dated by the report's year)
 */
public record Statement(Kind kind, String key, double confidence, Sentence sentence, boolean assumed) {

    /** A statement the sentence's words make. */
    public Statement(Kind kind, String key, double confidence, Sentence sentence) {
        this(kind, key, confidence, sentence, false);
    }

    /** The kinds of statement, as the evaluation reports them. */
    public enum Kind {
        PERSON_POST("people+post"), PLACE("place"), ORGANISATION("organisation"), EVENT_DATE("event+date"),
        AGREEMENT_STATUS("agreement+status"), COOPERATION("cooperation link"),
        COOPERATION_DATE("cooperation+date"), TOPIC("topic");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
