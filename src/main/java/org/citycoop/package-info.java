/**
 * Types every stage shares: error ids, the user-facing exceptions with their place in the input, input text limits,
 * and {@link org.citycoop.Progress}, through which long work reports its phases.
 */
package org.citycoop;
