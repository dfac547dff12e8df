package org.certplan.platform.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * A write without a body is read as JSON whatever its {@code Content-Type} says, so that {@code curl -X POST .../apply}
 * works where every field is optional and gets "this request needs a JSON body" where one is required, instead of
 * 415 for a media type it did not send.
 */
@ApplicationScoped
public class EmptyBodies {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 11).handler(this::readAsJson);
    }

    void readAsJson(RoutingContext rc) {
        if (WRITES.contains(rc.request().method()) && empty(rc)) {
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        rc.next();
    }

    private static boolean empty(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null ? rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null
                : length.strip().equals("0");
    }
}
