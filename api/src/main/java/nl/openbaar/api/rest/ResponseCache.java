package nl.openbaar.api.rest;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered answers of the current store version, least recently used first out, within a byte budget. The store
 * changes only by a harvest, so an answer stays right until the version changes; then everything is dropped.
 */
public final class ResponseCache {
    /** A rendered answer: its body and the number of items of all pages. */
    public record Rendered(byte[] body, long total) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Rendered> entries = new LinkedHashMap<>(64, 0.75f, true);
    private String version = "";
    private long bytes;

    /** @param maxBytes the budget; 0 caches nothing */
    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Rendered get(String version, String key, Supplier<Rendered> render) {
        if (maxBytes <= 0) {
            return render.get();
        }
        synchronized (this) {
            if (this.version.equals(version)) {
                Rendered hit = entries.get(key);
                if (hit != null) {
                    return hit;
                }
            }
        }
        Rendered rendered = render.get(); // outside the lock: requests for other pages need not wait
        synchronized (this) {
            if (!this.version.equals(version)) {
                entries.clear();
                bytes = 0;
                this.version = version;
            }
            if (rendered.body().length <= maxBytes && !entries.containsKey(key)) {
                entries.put(key, rendered);
                bytes += rendered.body().length;
                for (Iterator<Map.Entry<String, Rendered>> eldest = entries.entrySet().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
                    bytes -= eldest.next().getValue().body().length;
                    eldest.remove();
                }
            }
        }
        return rendered;
    }
}
