package org.certplan.platform.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.certplan.platform.problem.Problem;
import org.certplan.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 for a missing, expired or forged token, 403 for a valid token whose role may not call the endpoint; both
 * as problem+json. Authentication is not proactive, so these failures reach the mappers.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, TokenRejection.explain(e), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "the token's role may not use this endpoint", uri);
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), List.of(), List.of(), null);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
