package org.citycoop.extract;

import java.util.List;

/**
 * A person named with a post, as a sentence states it.
 *
 * @param name     the name without titles ("Taufik Hanafi")
 * @param prefixes titles before the name ("Dr.", "Ir.")
 * @param suffixes titles after the name ("MUP")
 * @param title    the post as written ("Plt. Bupati Simeulue")
 * @param acting   whether the post is held in an acting capacity (Plt., Pj.)
 * @param postKey  the key of the known post it names, or null
 * @param sentence the sentence that states it
 */
public record PersonPost(String name, List<String> prefixes, List<String> suffixes, String title, boolean acting,
        String postKey, Sentence sentence) {
}
