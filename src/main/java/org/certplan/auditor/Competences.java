package org.certplan.auditor;

import java.util.Map;
import java.util.Set;

/**
 * For one client and period, the ids of the auditors qualified to lead (COMP-1) and to audit (COMP-2), of those
 * covering each of the client's technical areas (COMP-3), and of those speaking each of its languages (COMP-4).
 */
public record Competences(
        Set<Long> leads,
        Set<Long> auditors,
        Map<String, Set<Long>> byTechnicalArea,
        Map<String, Set<Long>> byLanguage) {
}
