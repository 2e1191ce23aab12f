/**
 * From news reports to draft records: sentences, rules for people, dates and statements, the draft writer and its evaluation.
 */
package org.citycoop.extract;
