package uk.gov.pfe.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads an import CSV (UTF-8, comma-separated, header row required, columns in any order) into rows
 * of named values, refusing unknown and missing columns. Row 1 is the first row after the header.
 */
public final class CsvRows {

    /** One data row: its number and its values by column (empty cells are empty strings). */
    public record Row(int number, Map<String, String> values) {
        public String get(String column) {
            var value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();

    private CsvRows() {
    }

    public static List<Row> read(InputStream body, List<String> columns, Set<String> required) {
        try (var parser = CSVParser.parse(new InputStreamReader(body, StandardCharsets.UTF_8), FORMAT)) {
            var header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
                throw new BadRequestException("The CSV has no header row; expected the columns " + columns + ".");
            }
            var problems = new ArrayList<String>();
            var unknown = new TreeSet<>(header);
            columns.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                problems.add("header: unknown column(s) " + unknown + "; allowed: " + columns);
            }
            var missing = new TreeSet<>(required);
            header.forEach(missing::remove);
            if (!missing.isEmpty()) {
                problems.add("header: missing column(s) " + missing);
            }
            if (header.size() != new TreeSet<>(header).size()) {
                problems.add("header: a column is named twice");
            }
            if (!problems.isEmpty()) {
                throw new BadRequestException("The CSV header does not match the format.", problems);
            }
            var rows = new ArrayList<Row>();
            int number = 0;
            for (var record : parser) {
                number++;
                var values = new LinkedHashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                if (record.size() != header.size()) {
                    values.put("__shape", "row has " + record.size() + " cells, the header " + header.size());
                }
                rows.add(new Row(number, values));
            }
            if (rows.isEmpty()) {
                throw new BadRequestException("The CSV has a header but no rows.");
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequestException("The CSV cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The CSV cannot be read: " + e.getMessage());
        }
    }
}
