package nl.openbaar.api.queries;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * A declared parameter of an example query: its name (the variable it binds), XSD type, default and description.
 * A value is checked against the type before it is bound.
 */
public record QueryParameter(String name, String type, String defaultValue, String description) {
    private static final Map<String, Pattern> VALID = Map.of(
            "xsd:gYear", Pattern.compile("\\d{4}"),
            "xsd:integer", Pattern.compile("-?\\d{1,9}"),
            "xsd:string", Pattern.compile("(?s).{1,200}"));

    public QueryParameter {
        if (!VALID.containsKey(type)) {
            throw new IllegalArgumentException("parameter " + name + " has unsupported type " + type + " (use " + VALID.keySet() + ")");
        }
    }

    /** The value as the parameter's datatype, or an error that says what is expected. */
    public String check(String value) {
        if (!VALID.get(type).matcher(value).matches()) {
            throw new IllegalArgumentException("parameter '" + name + "' must be " + switch (type) {
                case "xsd:gYear" -> "a year such as 2021";
                case "xsd:integer" -> "a whole number";
                default -> "a text of 1 to 200 characters";
            } + ", not '" + value + "'");
        }
        return value;
    }

    public RDFDatatype datatype() {
        return switch (type) {
            case "xsd:gYear" -> XSDDatatype.XSDgYear;
            case "xsd:integer" -> XSDDatatype.XSDinteger;
            default -> XSDDatatype.XSDstring;
        };
    }
}
