package org.certplan.planning;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The published team as stored on the audit: auditor ids in seat order, lead first, comma-separated. */
public final class PublishedTeam {

    private PublishedTeam() {
    }

    public static List<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    public static String format(List<Long> auditorIds) {
        return auditorIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
