package uk.gov.pfe.process;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable named once, with its type. Reads convert what the engine holds (forms submit
 * numbers as Long or Double, enums as strings) into the one type the code works with.
 */
public final class Variable<T> {

    private final String name;
    private final Function<Object, T> convert;

    private Variable(String name, Function<Object, T> convert) {
        this.name = name;
        this.convert = convert;
    }

    public static Variable<String> string(String name) {
        return new Variable<>(name, value -> value == null ? null : value.toString());
    }

    public static Variable<Integer> integer(String name) {
        return new Variable<>(name, value -> {
            if (value == null) {
                return null;
            }
            if (value instanceof Number number) {
                return number.intValue();
            }
            var text = value.toString().trim();
            return text.isEmpty() ? null : (int) Double.parseDouble(text);
        });
    }

    public static Variable<Boolean> bool(String name) {
        return new Variable<>(name, value -> value == null ? null
                : value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()));
    }

    public static <E extends Enum<E>> Variable<E> enumOf(String name, Class<E> type) {
        return new Variable<>(name, value -> value == null || value.toString().isBlank() ? null
                : Enum.valueOf(type, value.toString().trim()));
    }

    public String name() {
        return name;
    }

    /** The value, or null when the variable is not set. */
    public T from(VariableScope scope) {
        return convert.apply(scope.getVariable(name));
    }

    /** The value; a readable error when it is missing (a model or caller left it out). */
    public T required(VariableScope scope) {
        var value = from(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is required here but not set");
        }
        return value;
    }

    public T orElse(VariableScope scope, T fallback) {
        var value = from(scope);
        return value == null ? fallback : value;
    }

    /** Stores the value; enums are stored by name, so REST callers and forms see plain strings. */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value instanceof Enum<?> e ? e.name() : value);
    }

    @Override
    public String toString() {
        return name;
    }
}
