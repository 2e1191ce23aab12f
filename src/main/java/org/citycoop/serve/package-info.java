/**
 * The embedded Fuseki server: one FusekiModule per feature (endpoint limits, query editor, administration, linked data) over a store.
 */
package org.citycoop.serve;
