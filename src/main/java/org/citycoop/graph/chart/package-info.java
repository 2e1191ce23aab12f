/**
 * Charts of the cooperation network as standalone SVG: {@link org.citycoop.graph.chart.Charts} makes them from the
 * network and the map, {@link org.citycoop.graph.chart.BarChart} draws one.
 */
package org.citycoop.graph.chart;
