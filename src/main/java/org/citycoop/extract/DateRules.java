package org.citycoop.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence: absolute ({@code 09 November 2023}), partial ({@code Juli 2023}, {@code pertengahan
 * bulan Januari 2017}, {@code tahun 2014}) and relative to the article's date ({@code Jumat (10/2)}, {@code minggu
 * depan}, {@code tahun ini}). Relative dates need an anchor: the last day-precise date found before, or the
 * article's date.
 */
public final class DateRules {
    /** Month names and the other spellings reports use ({@code Nopember}), from the lexicon. */
    private static final String MONTH = "(" + String.join("|", Lexicon.get().months().keySet()) + ")";
    private static final Pattern DAY = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(
        "(?i)\\b(?:(awal|pertengahan|akhir|early|mid|late)\\s+)?(?:bulan\\s+)?" + MONTH + "\\s+(\\d{4})\\b");
    /**
     * A day as numbers in brackets, maybe after its weekday: {@code Senin (11/8)}, {@code Kamis (24/07/2025)},
     * {@code Sabtu (18/2/23)}, {@code Tuesday (3/23/2021)}, {@code di Kagawa (12/12)}.
     */
    private static final Pattern WEEKDAY_DAY = Pattern.compile("(?i)(?:\\b(" + String.join("|", Lexicon.get().weekdays())
        + ")\\s*,?\\s*)?\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\)");
    private static final Pattern NEXT_WEEK = Pattern.compile("(?i)\\b(minggu depan|pekan depan|next week)\\b");
    /** A year after a name ({@code Festival Remo & Yosakoi 2023}, {@code Expo 2020}): no date, but the report's year. */
    private static final Pattern NAMED_YEAR = Pattern.compile("\\b\\p{Lu}\\p{L}+\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(tahun ini|this year)\\b");
    /** A year that a word in lower case leads to: {@code sejak 2014}, {@code pada tahun 2020}, {@code after 2010}. */
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:" + String.join("|", Lexicon.get().yearWords())
        + ")\\s+((?:19|20)\\d{2})\\b(?![./:,-]\\d)");
    private static final Map<String, String> QUALIFIERS = Map.of("awal", "early", "early", "early", "pertengahan", "mid",
        "mid", "mid", "akhir", "late", "late", "late");

    private final LocalDate articleDate;
    private LocalDate anchor;
    private Integer lastYear;
    private final List<String> warnings = new ArrayList<>();

    /** @param articleDate the date the article was published, or null when unknown */
    public DateRules(LocalDate articleDate) {
        this(articleDate, null);
    }

    /**
     * @param articleDate the date the article was published, or null when unknown
     * @param articleYear the year it was published, when only that (and maybe its month) is known; else null
     */
    public DateRules(LocalDate articleDate, Integer articleYear) {
        this.articleDate = articleDate;
        this.anchor = articleDate;
        this.lastYear = articleYear;
    }

    /** The dates of one sentence, in the order found; sentences are read in order, for the anchor of relative dates. */
    public List<DateMention> find(String sentence) {
        List<DateMention> found = new ArrayList<>();
        String rest = sentence;
        Matcher m = DAY.matcher(rest);
        while (m.find()) {
            LocalDate day = day(m.group(), Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (day == null) {
                continue;
            }
            anchor = day;
            lastYear = day.getYear();
            found.add(new DateMention(m.group(), day.toString(), "day", null, false));
        }
        rest = DAY.matcher(rest).replaceAll(" ");
        m = MONTH_YEAR.matcher(rest);
        while (m.find()) {
            String value = m.group(3) + "-" + String.format("%02d", month(m.group(2)));
            String qualifier = m.group(1) == null ? null : QUALIFIERS.get(m.group(1).toLowerCase(Locale.ROOT));
            found.add(new DateMention(m.group().strip(), value, "month", qualifier, false));
            lastYear = Integer.parseInt(m.group(3));
        }
        rest = MONTH_YEAR.matcher(rest).replaceAll(" ");
        Matcher named = NAMED_YEAR.matcher(rest);
        while (named.find()) {
            if (!rest.substring(0, named.start()).isBlank()) { // a sentence's first word is capitalised whatever it is
                lastYear = Integer.parseInt(named.group(1)); // "Festival Remo 2023": the year of what the report tells
            }
        }
        relative(rest, found);
        m = YEAR.matcher(WEEKDAY_DAY.matcher(rest).replaceAll(" "));
        while (m.find()) {
            found.add(new DateMention(m.group().strip(), m.group(1), "year", null, false));
        }
        return found;
    }

    private void relative(String sentence, List<DateMention> found) {
        Matcher m = WEEKDAY_DAY.matcher(sentence);
        while (m.find()) {
            LocalDate day = numericDay(m);
            if (day == null) {
                continue;
            }
            anchor = day;
            found.add(new DateMention(m.group(), day.toString(), "day", null, m.group(4) == null));
        }
        m = NEXT_WEEK.matcher(sentence);
        if (m.find() && anchor != null) {
            LocalDate monday = anchor.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            found.add(new DateMention(m.group(), week, "week", null, true));
        }
        m = THIS_YEAR.matcher(sentence);
        if (m.find() && articleDate != null) {
            found.add(new DateMention(m.group(), Integer.toString(articleDate.getYear()), "year", null, true));
        }
    }

    /**
     * The day numbers in brackets name: with their year, or in the year of the article (the nearest such day), or of
     * the last year named; day before month, unless only month before day makes a date ({@code 3/23/2021}). Null when
     * no year is known or the numbers make no day.
     */
    private LocalDate numericDay(Matcher m) {
        int first = Integer.parseInt(m.group(2));
        int second = Integer.parseInt(m.group(3));
        int dayOfMonth = second > 12 && first <= 12 ? second : first;
        int month = second > 12 && first <= 12 ? first : second;
        if (m.group(4) != null) {
            int year = Integer.parseInt(m.group(4));
            return day(m.group(), m.group(4).length() == 2 ? 2000 + year : year, month, dayOfMonth);
        }
        if (articleDate == null && lastYear == null) {
            return null;
        }
        LocalDate day = day(m.group(), articleDate != null ? articleDate.getYear() : lastYear, month, dayOfMonth);
        return day != null && articleDate != null ? nearest(day, articleDate) : day;
    }

    /**
     * Of the day in the article's year, the year before and the year after, the one nearest the article's date: a
     * report of 14 January 2020 speaks of the coming Friday 17 January 2020, one of 5 January of 28 December before.
     */
    private static LocalDate nearest(LocalDate day, LocalDate article) {
        LocalDate best = day;
        for (LocalDate candidate : List.of(day.minusYears(1), day.plusYears(1))) {
            if (Math.abs(ChronoUnit.DAYS.between(candidate, article)) < Math.abs(ChronoUnit.DAYS.between(best, article))) {
                best = candidate;
            }
        }
        return best;
    }

    /** The day a mention names, or null (and a warning) when the calendar has no such day: "31 Februari 2017". */
    private LocalDate day(String mention, int year, int month, int dayOfMonth) {
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (java.time.DateTimeException e) {
            warnings.add("'" + mention.strip() + "' is not a day of the calendar; the mention was left out");
            return null;
        }
    }

    /** What a reader should check: mentions that looked like dates but name no day. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private static int month(String name) {
        return Lexicon.get().months().get(name.toLowerCase(Locale.ROOT));
    }
}
