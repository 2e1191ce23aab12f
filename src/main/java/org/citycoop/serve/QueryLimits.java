package org.citycoop.serve;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * How large a request to the SPARQL endpoint may be. A query longer than {@code maxQueryBytes} is refused before it
 * is parsed (parsing time grows with length and is not covered by the query timeout); a SELECT whose answer has
 * more than {@code maxRows} rows is refused rather than sent in part, because results are computed completely
 * before the first byte is sent.
 *
 * @param maxQueryBytes the longest query text, in bytes of UTF-8
 * @param maxRows       the most rows a SELECT may answer
 */
public record QueryLimits(int maxQueryBytes, long maxRows) {
    /** 512 KiB of query text, one million rows. */
    public static final QueryLimits DEFAULT = new QueryLimits(512 * 1024, 1_000_000);

    public QueryLimits {
        if (maxQueryBytes < 1024) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "the query size limit must be at least 1024 bytes, not " + maxQueryBytes);
        }
        if (maxRows < 1) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "the row limit must be at least 1, not " + maxRows);
        }
    }
}
