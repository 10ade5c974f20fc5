package nl.openbaar.harvester.table;

import java.util.List;

/** A table row: its label and its value cells. A row without values is a group heading ("Lasten"). */
public record Row(Cell label, List<Cell> values) {
    public Row {
        values = List.copyOf(values);
    }

    public boolean isGroupHeading() {
        return values.isEmpty();
    }
}
