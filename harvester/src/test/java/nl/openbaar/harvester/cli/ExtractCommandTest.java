package nl.openbaar.harvester.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code openbaar extract} prints what a harvest would store, and what it could not read, without a store. */
class ExtractCommandTest {
    private static final String HEADER =
            "kind,municipality,year,programme,line,phase,flow,indicator,value_kind,value,printed_value,scale,locator";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run extract(String report, String... options) throws IOException {
        Path file = dir.resolve(report);
        try (InputStream in = getClass().getResourceAsStream("/reports-dev/" + report)) {
            Files.copy(in, file);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = file.toString();
        int code = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheCsvHeaderExactly() throws IOException {
        Run run = extract("drimmelen_2021_jaarstukken.txt", "--municipality", "GM1719", "--year", "2021", "--kind", "jaarrekening");
        assertEquals(0, run.code(), run.err());
        assertEquals(HEADER, run.lines().get(0));
    }

    @Test
    void printsEachBudgetFigureWithItsEuroAmountPrintedValueAndScale() throws IOException {
        Run run = extract("drimmelen_2021_jaarstukken.txt", "--municipality", "GM1719", "--year", "2021", "--kind", "jaarrekening",
                "--programme", "Programma's");
        assertTrue(run.lines().stream().anyMatch(l -> l.startsWith(
                "budget,GM1719,2021,Programma's,1 Burger en Bestuur,OriginalBudget,Expenditure,,,4977000,4.977-,in € 1.000,")), run.out());
        assertEquals(1 + 99, run.lines().size(), run.out()); // the header, 92 amounts and 7 nil marks ("-")
    }

    @Test
    void printsIndicatorValuesWithTheirValueKind() throws IOException {
        Run run = extract("groningen_2018_begroting.txt", "--municipality", "GM0014", "--year", "2018", "--kind", "begroting",
                "--programme", "11.1 Publieke dienstverlening");
        assertTrue(run.out().contains("kpi,GM0014,2016,11.1 Publieke dienstverlening,,,,Waardering inwoners algehele gemeentelijke "
                + "dienstverlening,Realised,7.2,\"7,2 (*)\",,"), run.out());
    }

    @Test
    void listsTablesItCouldNotReadOnStderrAndStillExitsZero() throws IOException {
        Run run = extract("rotterdam_2015_jaarstukken.txt", "--municipality", "GM0599", "--year", "2015", "--kind", "jaarrekening");
        assertEquals(0, run.code());
        assertTrue(run.err().contains("unread: table 3"), run.err());
    }

    @Test
    void printsAScaleInferredFromTheSizeOfTheAmountsAsImplicit() throws IOException {
        Run run = extract("rotterdam_2015_jaarstukken.txt", "--municipality", "GM0599", "--year", "2015", "--kind", "jaarrekening");
        assertTrue(run.err().contains("scale inferred: table 1"), run.err());
        assertTrue(run.lines().stream().anyMatch(l -> l.contains(",Expenditure,,,20808000,20.808,implicit x1000,")), run.out());
    }

    @Test
    void takesTheProgrammeFromThePageWhenNoneIsGiven() throws IOException {
        Run run = extract("hulst_2018_jaarverslag.txt", "--municipality", "GM0677", "--year", "2018", "--kind", "jaarverslag",
                "--format", "ttl");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"Programma 09 Algemene dekkingsmiddelen en onvoorzien\"@nl"), run.out());
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorWithExitCodeOne() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ExtractCommand()).setErr(new PrintWriter(err, true)).execute("--municipality", "GM0014",
                "--year", "2018", "--kind", "begroting", dir.resolve("missing.txt").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("cannot read"), err.toString());
    }

    @Test
    void saysOnStderrHowAScaleThatIsNotPrintedWasInferred() throws IOException {
        Run run = extract("bronckhorst_2022_jaarrekening.txt", "--municipality", "GM1876", "--year", "2022", "--kind", "jaarrekening");
        assertTrue(run.out().contains(",1427000,1.427,implicit x1000,"), run.out());
        assertTrue(run.err().contains("scale inferred: table 1"), run.err());
        assertTrue(run.out().contains("budget,GM1876,2022,4 Bestuur,"), run.out());
    }

    @Test
    void printsTurtleOnRequest() throws IOException {
        Run run = extract("groningen_2018_begroting.txt", "--municipality", "GM0014", "--year", "2018", "--kind", "begroting",
                "--format", "ttl");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("ob:IndicatorValue"), run.out());
    }

    @Test
    void printsJsonOnRequest() throws IOException {
        Run run = extract("groningen_2018_begroting.txt", "--municipality", "GM0014", "--year", "2018", "--kind", "begroting",
                "--format", "json");
        assertTrue(run.out().strip().startsWith("[") && run.out().contains("\"printed_value\" : \"7,5\""), run.out());
    }
}
