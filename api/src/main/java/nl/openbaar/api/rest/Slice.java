package nl.openbaar.api.rest;

import java.util.List;

/** One page of a list and the number of items of all pages together. */
public record Slice<T>(List<T> items, long total) {
    public Slice {
        items = List.copyOf(items);
    }
}
