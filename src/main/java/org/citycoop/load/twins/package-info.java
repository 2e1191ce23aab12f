/**
 * Public tables of twin towns imported as twinnings between resolved places: {@link
 * org.citycoop.load.twins.TwinTownSource} for Wikipedia's lists, with {@link org.citycoop.load.twins.ResolutionReport}
 * saying how their names resolved.
 */
package org.citycoop.load.twins;
