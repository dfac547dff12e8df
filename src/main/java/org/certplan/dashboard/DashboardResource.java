package org.certplan.dashboard;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.QueryValues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dashboard")
@Tag(name = "Dashboard")
public class DashboardResource {

    @Inject
    DashboardService dashboard;

    @GET
    @Path("/summary")
    @Operation(summary = "Audits in the range by status and type, unassigned audits with reasons; as of today: audits at risk, "
            + "overdue surveillance, certificates expiring in the range, open major nonconformities; the latest planning run")
    public DashboardSummary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dashboard.summary(dashboard.range(from, to));
    }

    @GET
    @Path("/utilization")
    @Operation(summary = "Per auditor: auditor-days of the audits starting in the range, CAP-3 capacity for the range, utilisation %")
    public PageResult<AuditorUtilization> utilization(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @BeanParam @Valid PageParams paging) {
        UtilizationSort order = QueryValues.enumValue("sort", sort, UtilizationSort.class);
        return dashboard.utilization(dashboard.range(from, to), order == null ? UtilizationSort.UTILIZATION : order,
                paging);
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "A page of auditors (by name), each with the audits of the range they are on, for a timeline view")
    public PageResult<AuditorTimeline> timeline(@QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam @Valid PageParams paging) {
        return dashboard.timeline(dashboard.range(from, to), paging);
    }
}
