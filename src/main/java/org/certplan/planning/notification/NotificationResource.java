package org.certplan.planning.notification;

import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

    @GET
    @Transactional
    @Operation(summary = "Change notifications, newest first, with their delivery state; filter by change set or recipient")
    public PageResult<NotificationView> list(@QueryParam("changeSet") String changeSet,
            @QueryParam("recipientType") ChangeNotification.RecipientType recipientType,
            @QueryParam("recipientId") Long recipientId, @Valid @BeanParam PageParams page) {
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
        var query = ChangeNotification.<ChangeNotification>find(where.isEmpty() ? "" : String.join(" and ", where),
                Sort.descending("id"), params).page(page.panache());
        return new PageResult<>(query.list().stream().map(NotificationView::of).toList(), page.page, page.size,
                query.count());
    }
}
