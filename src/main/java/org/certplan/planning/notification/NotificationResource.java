package org.certplan.planning.notification;

import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications")
@Tag(name = "Planning")
public class NotificationResource {

    private final NotificationOutbox outbox;

    public NotificationResource(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Transactional
    @Operation(summary = "Change notifications, newest first, with their delivery state; filter by change set, recipient or status")
    public PageResult<NotificationView> list(@QueryParam("changeSet") String changeSet,
            @QueryParam("recipientType") ChangeNotification.RecipientType recipientType,
            @QueryParam("recipientId") Long recipientId, @QueryParam("status") ChangeNotification.Status status,
            @Valid @BeanParam PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (changeSet != null) {
            where.add("changeSet = :changeSet");
            params.put("changeSet", changeSet);
        }
        if (recipientType != null) {
            where.add("recipientType = :recipientType");
            params.put("recipientType", recipientType);
        }
        if (recipientId != null) {
            where.add("recipientId = :recipientId");
            params.put("recipientId", recipientId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        var query = ChangeNotification.<ChangeNotification>find(where.isEmpty() ? "" : String.join(" and ", where),
                Sort.descending("id"), params).page(page.panache());
        return new PageResult<>(query.list().stream().map(NotificationView::of).toList(), page.page, page.size,
                query.count());
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a FAILED notification again, with a fresh count of attempts; 409 in any other state")
    public NotificationView retry(@PathParam("id") long id) {
        return NotificationView.of(outbox.retry(id));
    }
}
