package org.certplan.planning;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The published team as stored on the audit: the auditor id of each seat, lead first, comma-separated, empty for an empty seat. */
public final class PublishedTeam {

    private PublishedTeam() {
    }

    public static List<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",", -1)).map(String::trim).map(id -> id.isEmpty() ? null : Long.valueOf(id))
                .collect(java.util.stream.Collectors.toList());
    }

    public static String format(List<Long> auditorIds) {
        return auditorIds.stream().map(id -> id == null ? "" : String.valueOf(id)).collect(Collectors.joining(","));
    }
}
