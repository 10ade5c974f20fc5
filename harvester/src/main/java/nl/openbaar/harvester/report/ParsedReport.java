package nl.openbaar.harvester.report;

import java.util.List;
import nl.openbaar.harvester.figures.BudgetFigure;
import nl.openbaar.harvester.figures.CrossCheck;
import nl.openbaar.harvester.figures.IndicatorValue;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.figures.Unread;

/** Everything read from one report: its sections and what each table gave. */
public record ParsedReport(List<Section> sections, List<TableReading> tables) {
    public ParsedReport {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
    }

    public List<BudgetFigure> figures() {
        return tables.stream().flatMap(t -> t.figures().stream()).toList();
    }

    public List<IndicatorValue> indicatorValues() {
        return tables.stream().flatMap(t -> t.values().stream()).toList();
    }

    public List<Unread> unread() {
        return tables.stream().flatMap(t -> t.unread().stream()).toList();
    }

    public List<CrossCheck> checks() {
        return tables.stream().flatMap(t -> t.checks().stream()).toList();
    }
}
