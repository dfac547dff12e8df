package org.certplan.platform.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.certplan.platform.problem.Problem;
import org.certplan.platform.problem.ProblemType;

/**
 * Refuses an API request body above {@link RequestLimits#maxBodySize()} before it is read (413), and a body of
 * unknown length (411): only the dataset import may send large documents, and chunked ones.
 */
@ApplicationScoped
public class BodySizeFilter {

    static final String API = "/api/";
    static final String DATASETS = "/api/v1/admin/datasets/";

    @Inject
    RequestLimits limits;

    void install(@Observes Router router) {
        router.route(API + "*").order(Integer.MIN_VALUE + 10).handler(this::check);
    }

    void check(RoutingContext rc) {
        String path = rc.normalizedPath();
        HttpMethod method = rc.request().method();
        if (path.startsWith(DATASETS) || method == HttpMethod.GET || method == HttpMethod.HEAD
                || method == HttpMethod.OPTIONS) {
            rc.next();
            return;
        }
        long max = limits.maxBodySize().asLongValue();
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                refuse(rc, ProblemType.LENGTH_REQUIRED, "send the body with a Content-Length header");
                return;
            }
        } else {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(rc, ProblemType.MALFORMED_REQUEST, "Content-Length is not a number");
                return;
            }
            if (declared > max) {
                refuse(rc, ProblemType.PAYLOAD_TOO_LARGE, "the body may be at most " + max + " bytes, not " + declared);
                return;
            }
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, rc.normalizedPath(), List.of(),
                List.of(), null);
        rc.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
