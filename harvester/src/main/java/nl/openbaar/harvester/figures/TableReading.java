package nl.openbaar.harvester.figures;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.harvester.table.Table;

/** What was read from one table: its figures or values, what could not be read, and the checks made. */
public final class TableReading {
    /** Whether a table holds budget figures, indicator values, or neither. */
    public enum Kind { BUDGET, INDICATORS, NONE }

    private final Table table;
    private final Kind kind;
    final List<BudgetFigure> figures = new ArrayList<>();
    final List<IndicatorValue> values = new ArrayList<>();
    final List<Unread> unread = new ArrayList<>();
    final List<CrossCheck> checks = new ArrayList<>();

    TableReading(Table table, Kind kind) {
        this.table = table;
        this.kind = kind;
    }

    public Table table() {
        return table;
    }

    public Kind kind() {
        return kind;
    }

    public List<BudgetFigure> figures() {
        return List.copyOf(figures);
    }

    public List<IndicatorValue> values() {
        return List.copyOf(values);
    }

    public List<Unread> unread() {
        return List.copyOf(unread);
    }

    public List<CrossCheck> checks() {
        return List.copyOf(checks);
    }

    /** A table none of whose values could be read. */
    public static TableReading unreadable(Table table, String reason) {
        TableReading reading = new TableReading(table, Kind.NONE);
        reading.unread("", reason);
        return reading;
    }

    void unread(String where, String reason) {
        unread.add(new Unread(table.number(), where, reason));
    }

    /** Nothing of the table was published. */
    public boolean isWhollyUnread() {
        return figures.isEmpty() && values.isEmpty();
    }
}
