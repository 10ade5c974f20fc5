package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.openbaar.harvester.figures.BudgetFigure;
import nl.openbaar.harvester.figures.DutchNumber;
import nl.openbaar.harvester.figures.IndicatorValue;
import nl.openbaar.harvester.figures.ReportContext;
import nl.openbaar.harvester.figures.Scale;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.source.ReportKind;
import nl.openbaar.harvester.text.ReportText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development set: ten real report pages of other municipalities, with the figures a correct harvester extracts
 * written by hand beside each ({@code reports-dev/NAME.expected.csv}). Every expected figure is extracted with its
 * printed value and euro amount, or its table is reported unread; every extracted figure is an expected one.
 */
class DevSetTest {
    private static final String DIR = "/reports-dev/";
    private static final List<String> SUMMARY = new ArrayList<>();
    private static final int[] TOTALS = new int[3];
    /** Expected figures the harvester finds over the whole set: raise it when it reads more, never lower it. */
    private static final int FOUND_FLOOR = 426;

    record Entry(String file, String municipality, int year, ReportKind kind) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** One row of an expected CSV. */
    record Expected(String kind, int year, String label, String phaseOrValueKind, String flow, String printed, String scale) {
        boolean isBudget() {
            return kind.equals("budget");
        }
    }

    /** A figure the harvester extracted, in the terms of the expected CSV. */
    record Extracted(String kind, int year, String label, String phaseOrValueKind, String flow, String printed,
                     Optional<BigDecimal> amount, int table) {
    }

    static Stream<Entry> manifest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Map<String, String> row : csv("manifest.tsv", '\t')) {
            entries.add(new Entry(row.get("file"), row.get("municipality"), Integer.parseInt(row.get("year")), ReportKind.parse(row.get("kind"))));
        }
        return entries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void extractsEveryExpectedFigureOrReportsItsTableUnreadAndNothingElse(Entry entry) throws IOException {
        ParsedReport report = parse(entry);
        List<Expected> expected = expected(entry);
        List<Extracted> extracted = extracted(report);

        List<String> missing = new ArrayList<>();
        int found = 0;
        int unread = 0;
        for (Expected e : expected) {
            Optional<Extracted> match = extracted.stream().filter(x -> matches(e, x)).findFirst();
            if (match.isPresent()) {
                found++;
                if (e.isBudget()) {
                    assertEquals(0, expectedAmount(e, expected(entry)).compareTo(match.get().amount().orElseThrow()),
                            entry + ": amount of " + e + " extracted as " + match.get().amount().orElseThrow());
                }
            } else if (reportedUnread(e, report)) {
                unread++;
            } else {
                missing.add(e.toString());
            }
        }
        List<String> wrong = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Extracted x : extracted) {
            if (expected.stream().noneMatch(e -> matches(e, x))) {
                boolean contradicts = expected.stream().anyMatch(e -> sameMeaning(e, x));
                (contradicts ? wrong : unexpected).add(x.toString());
            }
        }
        String line = String.format(Locale.ROOT, "%-38s found %3d / expected %3d, unread %3d, missing %d, wrong %d, unexpected %d",
                entry.file(), found, expected.size(), unread, missing.size(), wrong.size(), unexpected.size());
        SUMMARY.add(line);
        TOTALS[0] += found;
        TOTALS[1] += expected.size();
        TOTALS[2] += unread;
        System.out.println(line);
        report.unread().forEach(u -> System.out.println("    unread: " + u));
        missing.forEach(m -> System.out.println("    MISSING: " + m));
        wrong.forEach(w -> System.out.println("    WRONG: " + w));
        unexpected.forEach(u -> System.out.println("    UNEXPECTED: " + u));
        assertTrue(wrong.isEmpty(), entry + ": " + wrong.size() + " extracted figures contradict the page (listed above)");
        assertTrue(unexpected.isEmpty(), entry + ": " + unexpected.size() + " extracted figures nobody expects (listed above)");
        assertTrue(missing.isEmpty(), entry + ": " + missing.size() + " expected figures neither extracted nor reported unread (listed above)");
    }

    @AfterAll
    static void printSummary() throws IOException {
        System.out.println("Dev set:");
        SUMMARY.forEach(s -> System.out.println("  " + s));
        System.out.printf(Locale.ROOT, "  total: found %d / expected %d, unread %d%n", TOTALS[0], TOTALS[1], TOTALS[2]);
        if (SUMMARY.size() == manifest().count()) {
            assertTrue(TOTALS[0] >= FOUND_FLOOR, "found " + TOTALS[0] + " expected figures, fewer than the " + FOUND_FLOOR + " found before");
        }
    }

    static ParsedReport parse(Entry entry) throws IOException {
        String text;
        try (InputStream in = DevSetTest.class.getResourceAsStream(DIR + entry.file())) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReportContext context = new ReportContext("", Optional.empty(), entry.year(), entry.kind() == ReportKind.BEGROTING);
        return new ReportParser().parse(ReportText.of(text), context);
    }

    private static List<Expected> expected(Entry entry) throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (Map<String, String> r : csv(entry.file().replaceFirst("\\.txt$", ".expected.csv"), ',')) {
            boolean budget = r.get("kind").equals("budget");
            rows.add(new Expected(r.get("kind"), r.get("year").isEmpty() ? 0 : Integer.parseInt(r.get("year")),
                    budget ? r.get("line") : r.get("indicator"), budget ? r.get("phase") : r.get("value_kind"),
                    budget ? r.get("flow") : "", r.get("printed_value"), r.get("scale")));
        }
        return rows;
    }

    private static List<Extracted> extracted(ParsedReport report) {
        List<Extracted> all = new ArrayList<>();
        for (BudgetFigure f : report.figures()) {
            all.add(new Extracted("budget", f.year(), f.rowLabel(), f.phase().name(), f.flow().name(), f.printedValue(),
                    Optional.of(f.amount()), f.ref().table()));
        }
        for (IndicatorValue v : report.indicatorValues()) {
            all.add(new Extracted("kpi", v.year().orElse(0), v.indicator(), v.valueKind().name(), "", v.printedValue(),
                    Optional.empty(), v.ref().table()));
        }
        return all;
    }

    private static boolean sameMeaning(Expected e, Extracted x) {
        return e.kind().equals(x.kind()) && e.year() == x.year() && e.phaseOrValueKind().equals(x.phaseOrValueKind())
                && e.flow().equals(x.flow()) && labelsAgree(e.label(), x.label());
    }

    private static boolean matches(Expected e, Extracted x) {
        return sameMeaning(e, x) && e.printed().equals(x.printed());
    }

    /** Labels follow the page but the CSV may add context ("Lasten — Zorg en leefstijl"): one contains the other. */
    static boolean labelsAgree(String expected, String extracted) {
        String a = normalise(expected);
        String b = normalise(extracted);
        return !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String normalise(String label) {
        return label.toLowerCase(Locale.ROOT).replace("(eenheid: ", "(").replaceAll("\\s+", " ").strip();
    }

    /** The table holding a row of this label was reported unread, as a whole or for that row. */
    private static boolean reportedUnread(Expected e, ParsedReport report) {
        for (TableReading reading : report.tables()) {
            boolean holdsRow = reading.table().rows().stream().anyMatch(r -> labelsAgree(e.label(), r.label().text()))
                    || labelsAgree(e.label(), reading.table().caption());
            if (holdsRow && reading.unread().stream().anyMatch(u -> u.where().isEmpty()
                    || reading.table().rows().stream().anyMatch(r -> labelsAgree(e.label(), r.label().text())
                    && u.where().contains("'" + r.label().text() + "'")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The euro amount a printed value stands for in the DESIGN convention: expenditure and revenue positive, balance =
     * revenue − expenditure (told from the baten and lasten printed beside it, when they are).
     */
    private static BigDecimal expectedAmount(Expected e, List<Expected> all) {
        BigDecimal number = DutchNumber.parse(e.printed()).orElseThrow().multiply(multiplier(e.scale()));
        if (!e.flow().equals("Balance")) {
            return number.abs();
        }
        Optional<BigDecimal> revenue = sibling(e, all, "Revenue");
        Optional<BigDecimal> expenditure = sibling(e, all, "Expenditure");
        if (revenue.isEmpty() || expenditure.isEmpty()) {
            return number;
        }
        BigDecimal net = revenue.get().abs().subtract(expenditure.get().abs());
        return net.signum() * number.signum() < 0 ? number.negate() : number;
    }

    private static Optional<BigDecimal> sibling(Expected e, List<Expected> all, String flow) {
        return all.stream().filter(o -> o.flow().equals(flow) && o.label().equals(e.label()) && o.year() == e.year()
                        && o.phaseOrValueKind().equals(e.phaseOrValueKind()))
                .findFirst().flatMap(o -> DutchNumber.parse(o.printed()));
    }

    private static BigDecimal multiplier(String scale) {
        if (scale.equals("implicit x1000")) {
            return BigDecimal.valueOf(1000);
        }
        if (scale.equals("euro")) {
            return BigDecimal.ONE;
        }
        return Scale.fromPrinted(scale).orElseThrow(() -> new IllegalArgumentException("scale " + scale)).multiplier();
    }

    private static List<Map<String, String>> csv(String name, char separator) throws IOException {
        try (InputStream in = DevSetTest.class.getResourceAsStream(DIR + name);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator)).readValues(in)) {
            return it.readAll();
        }
    }
}
