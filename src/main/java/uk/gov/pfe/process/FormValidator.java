package uk.gov.pfe.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks values against a Camunda Form (form-js JSON) the way the form does in the browser: required
 * fields, types, allowed options (static or from a {@code valuesKey} variable), number bounds and
 * decimals, text length and pattern, dates. Fields shown only under a condition are not required
 * here (the condition is FEEL, evaluated in the browser), but what is sent for them is still checked.
 */
public final class FormValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LAYOUT = Set.of("text", "html", "image", "spacer", "separator", "button",
            "iframe", "table", "documentPreview");

    private FormValidator() {
    }

    /** Every problem, one readable line each naming the field; empty when the values fit the form. */
    public static List<String> validate(JsonNode form, Function<String, Object> values) {
        var problems = new ArrayList<String>();
        walk(form.path("components"), values, problems);
        return problems;
    }

    private static void walk(JsonNode components, Function<String, Object> values, List<String> problems) {
        for (var component : components) {
            if (component.has("components")) {
                walk(component.path("components"), values, problems);
            }
            var type = component.path("type").asText();
            var key = component.path("key").asText("");
            if (key.isEmpty() || LAYOUT.contains(type) || component.path("disabled").asBoolean(false)
                    || component.path("readonly").asBoolean(false)) {
                continue;
            }
            var value = values.apply(key);
            var label = component.path("label").asText(key);
            var field = "'" + label + "' (" + key + ")";
            var validate = component.path("validate");
            boolean conditional = component.has("conditional");
            if (isEmpty(value)) {
                if (validate.path("required").asBoolean(false) && !conditional) {
                    problems.add(field + " is required");
                }
                continue;
            }
            switch (type) {
                case "number" -> checkNumber(field, component, validate, value, problems);
                case "checkbox" -> {
                    if (!(value instanceof Boolean) && !"true".equals(value.toString()) && !"false".equals(value.toString())) {
                        problems.add(field + " must be true or false, was '" + value + "'");
                    }
                }
                case "select", "radio" -> {
                    var allowed = allowed(component, values);
                    if (allowed != null && !allowed.contains(value.toString())) {
                        problems.add(field + " must be one of " + allowed + ", was '" + value + "'");
                    }
                }
                case "checklist", "taglist" -> {
                    var allowed = allowed(component, values);
                    for (var item : items(value)) {
                        if (allowed != null && !allowed.contains(item)) {
                            problems.add(field + " must contain only " + allowed + ", had '" + item + "'");
                        }
                    }
                }
                case "datetime" -> checkDate(field, component.path("subtype").asText("date"), value, problems);
                default -> checkText(field, validate, value, problems);
            }
        }
    }

    private static void checkNumber(String field, JsonNode component, JsonNode validate, Object value, List<String> problems) {
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else {
            try {
                number = Double.parseDouble(value.toString().trim());
            } catch (NumberFormatException e) {
                problems.add(field + " must be a number, was '" + value + "'");
                return;
            }
        }
        if (component.path("decimalDigits").asInt(-1) == 0 && number != Math.rint(number)) {
            problems.add(field + " must be a whole number, was " + value);
        }
        if (validate.has("min") && number < validate.path("min").asDouble()) {
            problems.add(field + " must be at least " + validate.path("min").asText() + ", was " + value);
        }
        if (validate.has("max") && number > validate.path("max").asDouble()) {
            problems.add(field + " must be at most " + validate.path("max").asText() + ", was " + value);
        }
    }

    private static void checkText(String field, JsonNode validate, Object value, List<String> problems) {
        var text = value.toString();
        if (validate.has("minLength") && text.length() < validate.path("minLength").asInt()) {
            problems.add(field + " must have at least " + validate.path("minLength").asInt() + " characters");
        }
        if (validate.has("maxLength") && text.length() > validate.path("maxLength").asInt()) {
            problems.add(field + " must have at most " + validate.path("maxLength").asInt() + " characters");
        }
        if (validate.has("pattern")) {
            try {
                if (!Pattern.compile(validate.path("pattern").asText()).matcher(text).matches()) {
                    problems.add(field + " does not have the expected form (" + validate.path("pattern").asText() + ")");
                }
            } catch (PatternSyntaxException e) {
                problems.add(field + " has a pattern the server cannot read: " + e.getDescription());
            }
        }
    }

    private static void checkDate(String field, String subtype, Object value, List<String> problems) {
        if (value instanceof java.util.Date) {
            return;
        }
        var text = value.toString().trim();
        try {
            switch (subtype) {
                case "time" -> LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
                case "datetime" -> {
                    if (text.length() <= 10) {
                        throw new DateTimeParseException("no time", text, 0);
                    }
                    parseDateTime(text);
                }
                default -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            }
        } catch (DateTimeParseException e) {
            problems.add(field + " must be a " + ("time".equals(subtype) ? "time (HH:mm)"
                    : "datetime".equals(subtype) ? "date and time (yyyy-MM-ddTHH:mm)" : "date (yyyy-MM-dd)")
                    + ", was '" + text + "'");
        }
    }

    private static void parseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            java.time.LocalDateTime.parse(text);
        }
    }

    /** The allowed option values: static {@code values}, or the {@code valuesKey} variable's; null when unknown. */
    private static Set<String> allowed(JsonNode component, Function<String, Object> values) {
        if (component.has("values")) {
            var allowed = new HashSet<String>();
            component.path("values").forEach(v -> allowed.add(v.path("value").asText()));
            return allowed;
        }
        if (component.has("valuesKey")) {
            var options = values.apply(component.path("valuesKey").asText());
            if (options == null) {
                return Set.of();
            }
            try {
                var node = JSON.readTree(options.toString());
                var allowed = new HashSet<String>();
                node.forEach(v -> allowed.add(v.isObject() ? v.path("value").asText() : v.asText()));
                return allowed;
            } catch (Exception e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> items(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        try {
            var node = JSON.readTree(value.toString());
            var items = new ArrayList<String>();
            if (node.isArray()) {
                node.forEach(n -> items.add(n.asText()));
                return items;
            }
        } catch (Exception e) {
            // a single plain value
        }
        return List.of(value.toString());
    }

    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        var text = value.toString();
        return text.isBlank() || "[]".equals(text.trim());
    }
}
