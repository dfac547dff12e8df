package org.certplan.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with certplan's extension members. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An RFC 9457 problem detail; type names the kind of error and stays stable")
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

    @Schema(name = "ProblemFieldViolation", description = "A field of the request and what is wrong with it")
    public record FieldViolation(String field, String message) {
    }

    @Schema(name = "ProblemRuleBreach", description = "A rule of the audit programme the request would break")
    public record RuleBreach(String rule, String detail) {
    }
}
