package org.certplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small CSV file of bench results: a header line, then one line per measurement, appended as it is measured (a
 * bench stopped midway keeps what it measured); no quoting needed.
 */
public final class CsvFile {

    private final Path path;

    public CsvFile(Path path, String header) {
        this.path = path;
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, header + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(Object... values) {
        String line = String.join(",", Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
        try {
            Files.writeString(path, line + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV file as column → value maps, in order. */
    public static List<Map<String, String>> read(Path path) {
        try {
            List<String> all = Files.readAllLines(path);
            String[] header = all.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : all.subList(1, all.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
