/**
 * Types every stage shares: error ids, the user-facing exceptions with their place in the input, input text limits.
 */
package org.citycoop;
