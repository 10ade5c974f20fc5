package nl.openbaar.harvester.table;

import java.util.List;
import java.util.Set;
import nl.openbaar.harvester.text.TextLine;

/** Reads the tables of one layout; lines in {@code taken} already belong to another table. */
interface TableReader {
    List<FoundTable> read(List<TextLine> lines, Set<Integer> taken);
}
