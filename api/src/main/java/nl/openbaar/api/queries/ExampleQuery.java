package nl.openbaar.api.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * A worked example question, kept as a {@code .rq} file whose header declares it:
 * <pre>
 * #+ title: ...
 * #+ description: ...
 * #+ param: year xsd:gYear 2021 Het begrotingsjaar
 * </pre>
 * A parameter binds the query variable of the same name.
 */
public record ExampleQuery(String name, String title, String description, List<QueryParameter> parameters, String sparql) {
    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*(title|description|param):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(xsd:\\w+)\\s+(\\S+)\\s*(.*)$");

    public static ExampleQuery parse(String name, String text) {
        String title = null;
        String description = "";
        List<QueryParameter> parameters = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher header = HEADER.matcher(line.strip());
            if (!header.matches()) {
                continue;
            }
            switch (header.group(1)) {
                case "title" -> title = header.group(2).strip();
                case "description" -> description = header.group(2).strip();
                default -> {
                    Matcher param = PARAM.matcher(header.group(2).strip());
                    if (!param.matches()) {
                        throw new IllegalArgumentException(name + ": a parameter is declared as 'name xsd:type default description', not '"
                                + header.group(2) + "'");
                    }
                    parameters.add(new QueryParameter(param.group(1), param.group(2), param.group(3), param.group(4)));
                }
            }
        }
        if (title == null) {
            throw new IllegalArgumentException(name + ": no '#+ title:' header");
        }
        return new ExampleQuery(name, title, description, List.copyOf(parameters), text);
    }

    /** The query with every parameter bound: to the value given, or to its default. Unknown names are an error. */
    public Query bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("unknown parameter '" + given + "' of query " + name + "; it takes "
                        + parameters.stream().map(QueryParameter::name).toList());
            }
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(sparql);
        for (QueryParameter parameter : parameters) {
            String value = parameter.check(values.getOrDefault(parameter.name(), parameter.defaultValue()));
            query.setLiteral(parameter.name(), value, parameter.datatype());
        }
        return query.asQuery();
    }
}
