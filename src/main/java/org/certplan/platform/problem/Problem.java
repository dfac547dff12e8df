package org.certplan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, with certplan's extension members. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldViolation> violations,
        List<RuleBreach> rules,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldViolation(String field, String message) {
    }

    public record RuleBreach(String rule, String detail) {
    }
}
