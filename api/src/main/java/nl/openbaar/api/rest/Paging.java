package nl.openbaar.api.rest;

/** Which page of a list is asked for: pages count from 1 and hold at most {@link #MAX_PAGE_SIZE} items. */
public record Paging(int page, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_PAGE = 1_000_000;

    public Paging {
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be from 1 to " + MAX_PAGE + ", not " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be from 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
    }

    /** Everything up to the maximum page size, for callers (such as web pages) that want one page of all. */
    public static Paging first(int pageSize) {
        return new Paging(1, pageSize);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** The number of the last page for {@code total} items (1 when there are none). */
    public int lastPage(long total) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
