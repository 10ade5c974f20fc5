package nl.openbaar.harvester.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The budget phase of each column of a budget table, with the judgement calls a header alone cannot make:
 * <ul>
 *   <li>beside an explicitly original budget ("Begroting 2019 primitief"), a plain "Begroting 2019" is the amended one;</li>
 *   <li>in a begroting, a plain "Begroting" of an earlier year is the amended budget (current and later years original);</li>
 *   <li>two columns that still mean the same phase, year and flow are ambiguous: neither is read.</li>
 * </ul>
 */
final class ColumnPhases {
    private static final Pattern EXPLICIT_ORIGINAL = Pattern.compile("\\b(primitie[fv]e?|primaire?|oorspronkelijke?)\\b");

    private final List<Optional<BudgetPhase>> phases;
    private final List<Boolean> ambiguous;

    ColumnPhases(List<String> headers, List<Term> terms, ReportContext context) {
        List<Optional<BudgetPhase>> resolved = new ArrayList<>();
        for (int c = 0; c < terms.size(); c++) {
            Optional<BudgetPhase> phase = terms.get(c).phase();
            if (phase.equals(Optional.of(BudgetPhase.OriginalBudget)) && !isExplicitOriginal(headers.get(c))) {
                boolean originalBeside = false;
                for (int o = 0; o < terms.size(); o++) {
                    originalBeside |= o != c && isExplicitOriginal(headers.get(o)) && sameYear(terms.get(o), terms.get(c))
                            && Objects.equals(terms.get(o).flow(), terms.get(c).flow());
                }
                boolean earlierYearInBudget = context.budgetDocument() && terms.get(c).year().isPresent()
                        && terms.get(c).year().getAsInt() < context.fiscalYear();
                if (originalBeside || earlierYearInBudget) {
                    phase = Optional.of(BudgetPhase.AmendedBudget);
                }
            }
            resolved.add(phase);
        }
        List<Boolean> clash = new ArrayList<>();
        for (int c = 0; c < terms.size(); c++) {
            boolean same = false;
            for (int o = 0; o < terms.size(); o++) {
                same |= o != c && resolved.get(c).isPresent() && resolved.get(c).equals(resolved.get(o)) && sameYear(terms.get(o), terms.get(c))
                        && terms.get(c).flow().equals(terms.get(o).flow()) && !terms.get(o).difference() && !terms.get(c).difference();
            }
            clash.add(same);
        }
        this.phases = List.copyOf(resolved);
        this.ambiguous = List.copyOf(clash);
    }

    Optional<BudgetPhase> phase(int column) {
        return phases.get(column);
    }

    boolean ambiguous(int column) {
        return ambiguous.get(column);
    }

    private static boolean isExplicitOriginal(String header) {
        return EXPLICIT_ORIGINAL.matcher(header.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean sameYear(Term a, Term b) {
        return a.year().equals(b.year());
    }
}
