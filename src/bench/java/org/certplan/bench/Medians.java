package org.certplan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Medians of repeated measurements, column by column (each column's own median). */
public final class Medians {

    private Medians() {
    }

    public static double of(List<Map<String, String>> rows, String column) {
        List<Double> values = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String v = row.get(column);
            if (v != null && !v.isBlank()) {
                values.add(Double.parseDouble(v));
            }
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /** Rows grouped by a key, in first-seen order. */
    public static Map<String, List<Map<String, String>>> group(List<Map<String, String>> rows,
            Function<Map<String, String>, String> key) {
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }
}
