package nl.openbaar.api.woo.request.deadline;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the Algemene termijnenwet (Atw): a statutory term that ends on a Saturday, Sunday or general holiday is
 * extended to the next day that is none of these (art. 1 lid 1).
 *
 * <p>The holidays are data, not code: {@code atw-feestdagen.csv} beside this class lists them with the article that
 * makes each one a holiday and where to read it. Art. 3 lid 1 names New Year's Day, Easter Monday and Whit Monday,
 * both Christmas days, Ascension Day, the day the King's birthday is celebrated (27 April, 26 April when the 27th is a
 * Sunday) and 5 May (every year); lid 2 equates Good Friday. Easter-based days are computed ({@link Easter}). Lid 3
 * lets the government equate further days by decree (in practice the Friday after Ascension Day and bridge days); the
 * file holds the decrees known to us, and {@link #equatedDaysKnown(int)} says for which years one was loaded, so a
 * caller can warn when a term ends in a year without one.
 *
 * <p>Rule syntax in the file: {@code MM-DD} a fixed date; {@code MM-DD sunday-1} a fixed date moved one day back when
 * it is a Sunday; {@code easter+N} / {@code easter-N} days from Easter Sunday; {@code YYYY-MM-DD} one equated day,
 * whose fromYear–toYear are the years its decree covers. Years before the first rule's fromYear are refused.
 */
public final class AtwCalendar {
    private static final String RESOURCE = "/nl/openbaar/api/woo/request/atw-feestdagen.csv";
    private static final Pattern FIXED = Pattern.compile("(\\d\\d)-(\\d\\d)( sunday-1)?");
    private static final Pattern EASTER = Pattern.compile("easter([+-]\\d+)");
    private static final Pattern SINGLE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    private record Rule(String rule, int fromYear, Integer toYear, String nameNl, String nameEn, String basis, String source) {
        boolean appliesIn(int year) {
            return year >= fromYear && (toYear == null || year <= toYear);
        }

        Optional<LocalDate> dateIn(int year) {
            Matcher fixed = FIXED.matcher(rule);
            if (fixed.matches()) {
                LocalDate date = MonthDay.of(Integer.parseInt(fixed.group(1)), Integer.parseInt(fixed.group(2))).atYear(year);
                if (fixed.group(3) != null && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    date = date.minusDays(1);
                }
                return Optional.of(date);
            }
            Matcher easter = EASTER.matcher(rule);
            if (easter.matches()) {
                return Optional.of(Easter.sunday(year).plusDays(Integer.parseInt(easter.group(1))));
            }
            LocalDate single = LocalDate.parse(rule);
            return single.getYear() == year ? Optional.of(single) : Optional.empty();
        }

        boolean isEquatedDay() {
            return SINGLE.matcher(rule).matches();
        }
    }

    private final List<Rule> rules;
    private final int firstYear;
    private final Map<Integer, List<Holiday>> byYear = new java.util.concurrent.ConcurrentHashMap<>();

    private AtwCalendar(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.firstYear = rules.stream().filter(r -> !r.isEquatedDay()).mapToInt(Rule::fromYear).min()
                .orElseThrow(() -> new IllegalStateException("no holiday rules in " + RESOURCE));
    }

    /** The calendar of the bundled file. */
    public static AtwCalendar bundled() {
        try (InputStream in = AtwCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AtwCalendar read(InputStream csv) throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String rule = row.get("rule").trim();
                if (!FIXED.matcher(rule).matches() && !EASTER.matcher(rule).matches() && !SINGLE.matcher(rule).matches()) {
                    throw new IllegalStateException("unknown holiday rule '" + rule + "' in " + RESOURCE);
                }
                String to = row.get("toYear");
                rules.add(new Rule(rule, Integer.parseInt(row.get("fromYear").trim()),
                        to == null || to.isBlank() ? null : Integer.valueOf(to.trim()),
                        row.get("nameNl"), row.get("nameEn"), row.get("basis"), row.get("source")));
            }
        }
        return new AtwCalendar(rules);
    }

    /** The general holidays and equated days of one year, in date order. */
    public List<Holiday> holidays(int year) {
        requireCovered(year);
        return byYear.computeIfAbsent(year, this::computeHolidays);
    }

    private List<Holiday> computeHolidays(int year) {
        List<Holiday> days = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.appliesIn(year)) {
                rule.dateIn(year).ifPresent(date -> days.add(new Holiday(date, rule.nameNl(), rule.nameEn(), rule.basis(), rule.source())));
            }
        }
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    /** The holiday on {@code date}, if it is one. */
    public Optional<Holiday> holiday(LocalDate date) {
        return holidays(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** True for a day that is not a Saturday, Sunday or general (or equated) holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
    }

    /** Atw art. 1 lid 1: the day a term that ends on {@code end} really ends. */
    public LocalDate termEnd(LocalDate end) {
        LocalDate day = end;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether a decree under art. 3 lid 3 (equated days) covering {@code year} is in the bundled data. */
    public boolean equatedDaysKnown(int year) {
        return rules.stream().anyMatch(r -> r.isEquatedDay() && r.appliesIn(year));
    }

    /** Why a day is not a working day, in words, or empty for a working day. */
    public Optional<String> whyNotWorkingDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("zaterdag");
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("zondag");
        }
        return holiday(date).map(h -> h.nameNl() + " (" + h.basis() + ")");
    }

    private void requireCovered(int year) {
        if (year < firstYear) {
            throw new IllegalArgumentException("the holiday rules start in " + firstYear + "; " + year + " is not covered");
        }
    }
}
