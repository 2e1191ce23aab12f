/**
 * The command line: one picocli command per verb (load, serve, query, extract, ...), on top of the other stages.
 */
package org.citycoop.cli;
