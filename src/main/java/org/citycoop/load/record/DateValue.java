package org.citycoop.load.record;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.ontology.CC;

/**
 * A date as precise as the source allows: a day ({@code 2023-11-09}), an ISO week ({@code 2023-W46}),
 * a month ({@code 2023-07}) or a year ({@code 2017}), with the first and last day it can mean.
 *
 * @param literal   the date as an RDF literal (xsd:date, xsd:gYearMonth, xsd:gYear), or null for a week
 * @param precision the precision concept
 * @param earliest  the first day the date can mean
 * @param latest    the last day the date can mean
 */
public record DateValue(Node literal, Node precision, LocalDate earliest, LocalDate latest) {
    public static final String EXPECTED = "a date as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (ISO week)";
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Parses a written date; anything else is an error at the value's location. */
    public static DateValue parse(ScalarValue value) {
        String text = value.text().trim();
        try {
            DateValue parsed = parse(text);
            if (parsed != null) {
                return parsed;
            }
        } catch (DateTimeException e) {
            throw new InputException(ErrorId.BAD_VALUE, value.location(),
                "'" + text + "' is not a date of the calendar (" + e.getMessage() + ")", EXPECTED, e);
        }
        throw new InputException(ErrorId.BAD_VALUE, value.location(), "'" + text + "'", EXPECTED);
    }

    private static DateValue parse(String text) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            LocalDate day = LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new DateValue(typed(text, XSDDatatype.XSDdate), precision("day"), day, day);
        }
        if ((m = WEEK.matcher(text)).matches()) {
            int week = Integer.parseInt(m.group(2));
            LocalDate anyDay = LocalDate.of(year(m), 6, 1);
            long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            if (week < 1 || week > weeks) {
                throw new DateTimeException("week " + week + " of " + year(m) + " does not exist");
            }
            LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DateValue(null, precision("week"), monday, monday.plusDays(6));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            YearMonth month = YearMonth.of(year(m), Integer.parseInt(m.group(2)));
            return new DateValue(typed(text, XSDDatatype.XSDgYearMonth), precision("month"),
                month.atDay(1), month.atEndOfMonth());
        }
        if ((m = YEAR.matcher(text)).matches()) {
            int year = year(m);
            return new DateValue(typed(text, XSDDatatype.XSDgYear), precision("year"),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static Node typed(String text, XSDDatatype type) {
        return NodeFactory.createLiteralDT(text, type);
    }

    private static Node precision(String name) {
        return NodeFactory.createURI(CC.PRECISION + name);
    }

    public Node earliestLiteral() {
        return typed(earliest.toString(), XSDDatatype.XSDdate);
    }

    public Node latestLiteral() {
        return typed(latest.toString(), XSDDatatype.XSDdate);
    }
}
