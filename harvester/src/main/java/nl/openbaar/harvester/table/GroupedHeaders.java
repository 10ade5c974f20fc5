package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.openbaar.harvester.text.TextLine;

/**
 * Headers printed on two lines: a line of groups ("Primitieve begroting  Bijgestelde begroting 2021  Realisatie 2021")
 * above a line that repeats the same sub-headers under each group ("Baten Lasten Saldo Baten Lasten Saldo ...").
 * Each value column gets "group sub-header".
 */
final class GroupedHeaders {
    private GroupedHeaders() {
    }

    /** The combined headers, or {@code headers} itself when {@code above} is not a line of groups for them. */
    static List<Cell> combine(TextLine above, List<Cell> headers) {
        int period = repeatPeriod(headers);
        if (period == 0 || RowPerLineTableReader.split(above).isPresent()) {
            return headers;
        }
        int groups = headers.size() / period;
        List<String> segments = RowPerLineTableReader.segments(above.text());
        if (segments.size() < groups) {
            return headers;
        }
        List<String> groupNames = segments.subList(segments.size() - groups, segments.size());
        if (!groupNames.stream().allMatch(GroupedHeaders::namesAPeriod)) {
            return headers; // not a line of phases or years: the sub-headers stay as they are
        }
        List<Cell> combined = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            combined.add(new Cell(groupNames.get(i / period) + " " + headers.get(i).text(), headers.get(i).line()));
        }
        return combined;
    }

    /** The length of the sub-header sequence that repeats over all headers (at least twice), or 0. */
    private static int repeatPeriod(List<Cell> headers) {
        for (int period = 1; period <= headers.size() / 2; period++) {
            if (headers.size() % period != 0) {
                continue;
            }
            boolean repeats = true;
            for (int i = period; i < headers.size() && repeats; i++) {
                repeats = norm(headers.get(i)).equals(norm(headers.get(i - period)));
            }
            if (repeats) {
                return period;
            }
        }
        return 0;
    }

    private static boolean namesAPeriod(String group) {
        return group.matches("(?iu).*\\b((19|20)\\d{2}|begroting|begroot|raming|realisatie|rekening|primitieve|primaire"
                + "|oorspronkelijke|bijgestelde|gewijzigde|verschil|afwijking)\\b.*");
    }

    private static String norm(Cell cell) {
        return cell.text().strip().toLowerCase(Locale.ROOT);
    }
}
