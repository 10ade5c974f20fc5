package nl.openbaar.api.rest.document;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;

/** Checks a full-text query before it reaches the index, so a query Lucene cannot parse is the caller's error. */
public final class TextQueries {
    private TextQueries() {
    }

    /** The query as given, or an error saying why Lucene cannot read it. */
    public static String check(String q) {
        try {
            new QueryParser("text", new StandardAnalyzer()).parse(q);
            return q;
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("q is not a full-text query the index can read (Lucene syntax, e.g. "
                    + "'verkiezingen' or 'paspoort*'): " + q);
        }
    }
}
