package org.citycoop.extract;

/**
 * A sentence of a document, located by offsets counted in Unicode code points from the start of the text (the
 * offsets {@code cc:beginIndex} and {@code cc:endIndex} of excerpts).
 *
 * @param number    the sentence's number in the document, from 1
 * @param paragraph the number of its paragraph, from 1
 * @param begin     the offset of its first character
 * @param end       the offset just after its last character
 * @param text      its text
 */
public record Sentence(int number, int paragraph, int begin, int end, String text) {
}
