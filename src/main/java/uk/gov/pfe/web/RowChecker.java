package uk.gov.pfe.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the cells of import rows and collects every problem with its row number, so one response
 * names all of them. Each method returns the parsed value, or null after recording a problem.
 */
public final class RowChecker {

    private static final int MOST_PROBLEMS_LISTED = 1000;

    private final List<String> problems = new ArrayList<>();
    private int count;

    public void problem(CsvRows.Row row, String column, String message) {
        count++;
        if (problems.size() < MOST_PROBLEMS_LISTED) {
            problems.add("row " + row.number() + ": " + column + ": " + message);
        }
    }

    public boolean shapeOk(CsvRows.Row row) {
        var shape = row.values().get("__shape");
        if (shape != null) {
            problem(row, "row", shape);
            return false;
        }
        return true;
    }

    public String text(CsvRows.Row row, String column, boolean required, int maxLength) {
        var value = present(row, column, required);
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            problem(row, column, "at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    public <E extends Enum<E>> E enumOf(CsvRows.Row row, String column, Class<E> type, boolean required) {
        var value = present(row, column, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(row, column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public Integer integer(CsvRows.Row row, String column, boolean required, int min, int max) {
        var value = present(row, column, required);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(row, column, value + " is outside " + min + ".." + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(row, column, "'" + value + "' is not a whole number");
            return null;
        }
    }

    public Double decimal(CsvRows.Row row, String column, boolean required, double min, double max) {
        var value = present(row, column, required);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || number < min || number > max) {
                problem(row, column, value + " is outside " + min + ".." + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(row, column, "'" + value + "' is not a number");
            return null;
        }
    }

    public Boolean bool(CsvRows.Row row, String column, boolean required) {
        var value = present(row, column, required);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(row, column, "'" + value + "' must be true or false");
            return null;
        }
        return Boolean.parseBoolean(value);
    }

    public LocalDate date(CsvRows.Row row, String column, boolean required) {
        var value = present(row, column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(row, column, "'" + value + "' is not a date yyyy-MM-dd");
            return null;
        }
    }

    /** The cell's text, or null when it is empty (a problem when the column is required). */
    private String present(CsvRows.Row row, String column, boolean required) {
        var value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(row, column, "required");
            }
            return null;
        }
        return value;
    }

    public boolean hasProblems() {
        return count > 0;
    }

    /** Throws the 400 with every problem, naming how many rows were refused; nothing was written. */
    public void throwIfAny(String what, int rows) {
        if (count > 0) {
            var listed = new ArrayList<>(problems);
            if (count > problems.size()) {
                listed.add("... and " + (count - problems.size()) + " more problems");
            }
            throw new BadRequestException(what + ": " + count + " problem(s) in " + rows + " row(s); nothing was imported.",
                    listed);
        }
    }
}
