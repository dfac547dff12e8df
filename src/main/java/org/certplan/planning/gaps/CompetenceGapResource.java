package org.certplan.planning.gaps;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/competence-gaps")
@Tag(name = "Planning")
public class CompetenceGapResource {

    static final int MAX_MONTHS = 36;

    private final CompetenceGaps gaps;
    private final Clock clock;

    public CompetenceGapResource(CompetenceGaps gaps, Clock clock) {
        this.gaps = gaps;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The open audits of the horizon (default: the next 12 months) that no team of today's "
            + "auditors can hold whatever the dates (COMP-1..4, IMP-1..3), by the competence they lack, and whom to "
            + "hire or qualify first")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CompetenceGapReport.class)))
    @APIResponse(responseCode = "400", description = "from or to is no date (YYYY-MM-DD), to lies before from, or the "
            + "horizon is longer than 36 months", content = @Content(mediaType = "application/problem+json"))
    public CompetenceGapReport report(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        LocalDate from = QueryValues.date("from", fromText);
        from = from == null ? LocalDate.now(clock) : from;
        LocalDate to = QueryValues.date("to", toText);
        to = to == null ? from.plusMonths(12) : to;
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "lies before from " + from);
        }
        if (to.isAfter(from.plusMonths(MAX_MONTHS))) {
            throw ProblemException.invalid("to", "the horizon " + from + ".." + to + " is longer than " + MAX_MONTHS
                    + " months");
        }
        return gaps.report(from, to);
    }
}
