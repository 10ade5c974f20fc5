package nl.openbaar.api.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The example questions bundled with the server, listed in {@code queries/index.txt} beside the {@code .rq} files. */
public final class ExampleQueries {
    private static final String BASE = "/nl/openbaar/api/queries/";

    private final List<ExampleQuery> queries;

    private ExampleQueries(List<ExampleQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public static ExampleQueries bundled() {
        List<ExampleQuery> queries = new ArrayList<>();
        for (String name : read("index.txt").split("\\s+")) {
            if (!name.isBlank()) {
                queries.add(ExampleQuery.parse(name, read(name + ".rq")));
            }
        }
        return new ExampleQueries(queries);
    }

    public List<ExampleQuery> all() {
        return queries;
    }

    public Optional<ExampleQuery> named(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static String read(String file) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
