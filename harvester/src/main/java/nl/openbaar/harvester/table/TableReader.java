package nl.openbaar.harvester.table;

import java.util.List;
import java.util.Set;
import nl.openbaar.harvester.text.TextLine;

/** Reads the tables of one layout; lines in {@code taken} already belong to another table. */
interface TableReader {
    List<FoundTable> read(List<TextLine> lines, Set<Integer> taken);

    /** The non-blank lines no other table has taken: what a reader of a one-line-per-item layout walks over. */
    static List<TextLine> freeContentLines(List<TextLine> all, Set<Integer> taken) {
        return all.stream().filter(l -> !l.isBlank() && !taken.contains(l.number())).toList();
    }
}
