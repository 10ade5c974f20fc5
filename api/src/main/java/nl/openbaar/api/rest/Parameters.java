package nl.openbaar.api.rest;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.openbaar.vocab.Municipalities;
import nl.openbaar.vocab.Municipality;

/**
 * The query parameters of one API request, read and checked: a parameter the endpoint does not know, a value of the
 * wrong type or out of range, or a parameter given twice is an {@link ApiProblem} (400), never a server error.
 */
public final class Parameters {
    public static final Set<String> PAGING = Set.of("page", "pageSize", "dialect");
    private static final Pattern TAAKVELD = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){1,2}");
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    private final Context ctx;

    public Parameters(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ApiProblem("unknown-parameter", "Unknown parameter", 400, "unknown query parameter(s) " + unknown
                    + "; this endpoint takes " + new TreeSet<>(allowed));
        }
        ctx.queryParamMap().forEach((name, values) -> {
            if (values.size() > 1) {
                throw ApiProblem.badParameter("'" + name + "' is given " + values.size() + " times; give it once");
            }
        });
    }

    public String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 200) {
            throw ApiProblem.badParameter("'" + name + "' must be a text of 1 to 200 characters");
        }
        return value.strip();
    }

    public Integer integer(String name, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badParameter("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    public Integer year() {
        return integer("year", 1800, 2200);
    }

    public Boolean bool(String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badParameter("'" + name + "' must be true or false, not '" + value + "'");
        };
    }

    /** A value of one of the generated enums, by its JSON value. */
    public <E extends Enum<E>> E choice(String name, Function<String, E> fromValue, List<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ApiProblem.badParameter("'" + name + "' must be one of " + allowed + ", not '" + value + "'");
        }
        return fromValue.apply(value);
    }

    /** The municipality filter: a CBS code in the TOOI list. */
    public Municipality municipality() {
        String value = ctx.queryParam("municipality");
        if (value == null) {
            return null;
        }
        return municipalityCode(value).orElseThrow(() -> new ApiProblem("unknown-municipality", "Unknown municipality", 400,
                "'" + value + "' is not the CBS code of a municipality in the TOOI list (e.g. GM0402)"));
    }

    public static java.util.Optional<Municipality> municipalityCode(String value) {
        return value.matches("(?i)gm\\d{4}") ? Municipalities.official().byCode(value) : java.util.Optional.empty();
    }

    public String taakveld() {
        String value = ctx.queryParam("taakveld");
        if (value != null && !TAAKVELD.matcher(value).matches()) {
            throw ApiProblem.badParameter("'taakveld' must be an Iv3 taakveld code such as 0.2, not '" + value + "'");
        }
        return value;
    }

    /** A document id given as a filter; it need not exist (the list is then empty). */
    public String documentId(String name) {
        String value = ctx.queryParam(name);
        if (value != null && !SOURCE_ID.matcher(value).matches()) {
            throw ApiProblem.badParameter("'" + name + "' must be a document id (lower-case letters, digits, '.', '_', '-'), not '" + value + "'");
        }
        return value;
    }

    public String pattern(String name, Pattern pattern, String expected) {
        String value = ctx.queryParam(name);
        if (value != null && !pattern.matcher(value).matches()) {
            throw ApiProblem.badParameter("'" + name + "' must be " + expected + ", not '" + value + "'");
        }
        return value;
    }

    public Paging paging() {
        Integer page = integer("page", 1, Paging.MAX_PAGE);
        Integer pageSize = integer("pageSize", 1, Paging.MAX_PAGE_SIZE);
        return new Paging(page == null ? 1 : page, pageSize == null ? Paging.DEFAULT_PAGE_SIZE : pageSize);
    }

    public Dialect dialect() {
        return Dialect.named(ctx.queryParam("dialect"));
    }

    /** Runs a parse that reports bad input as {@link IllegalArgumentException}, as a 400 problem. */
    public static <T> T checked(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter(e.getMessage());
        }
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
