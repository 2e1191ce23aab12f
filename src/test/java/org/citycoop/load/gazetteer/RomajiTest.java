package org.citycoop.load.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Japanese municipalities' readings in Latin letters, as English texts write their names. */
class RomajiTest {
    @Test
    void theKindIsLeftOutAndLongVowelsAreWrittenShort() {
        assertEquals("Yaotsu", Romaji.name("八百津町", "やおつちょう"));
        assertEquals("Toyota", Romaji.name("豊田市", "とよたし"));
        assertEquals("Kochi", Romaji.name("高知市", "こうちし"));
        assertEquals("Oita", Romaji.name("大分市", "おおいたし"));
        assertEquals("Shodoshima", Romaji.name("小豆島町", "しょうどしまちょう"));
        assertEquals("Manno", Romaji.name("まんのう町", "まんのうちょう"));
        assertEquals("Aizuwakamatsu", Romaji.name("会津若松市", "あいづわかまつし"));
        assertEquals("Kisarazu", Romaji.name("木更津市", "きさらづし"));
    }

    @Test
    void aWardIsNamedWithItsCity() {
        assertEquals("Chuo (Sapporo)", Romaji.name("札幌市 中央区", "さっぽろし ちゅうおうく"));
        assertEquals("Chiyoda", Romaji.name("千代田区", "ちよだく"));
    }

    @Test
    void aReadingThatDoesNotMatchTheNameGivesNone() {
        assertNull(Romaji.name("札幌市 中央区", "さっぽろし"));
        assertNull(Romaji.name("札幌市", " "));
    }
}
