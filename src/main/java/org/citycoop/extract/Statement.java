package org.citycoop.extract;

/**
 * One extracted statement, of one of the kinds the evaluation counts, with the sentence that states it.
 *
 * @param kind       what it states
 * @param key        what it states, as a comparable key ("taufik hanafi|sekretaris ...", "Meeting|2023-11-09|day")
 * @param confidence how far the rule that made it is to be trusted, from 0 to 1
 * @param sentence   the sentence it came from
 */
public record Statement(Kind kind, String key, double confidence, Sentence sentence) {

    /** The kinds of statement, as the evaluation reports them. */
    public enum Kind {
        PERSON_POST("people+post"), PLACE("place"), ORGANISATION("organisation"), EVENT_DATE("event+date"),
        AGREEMENT_STATUS("agreement+status"), COOPERATION("cooperation link"), TOPIC("topic");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
