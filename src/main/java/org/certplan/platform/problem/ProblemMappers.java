package org.certplan.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.certplan.platform.query.InvalidQueryParameterException;
import org.certplan.programme.RuleViolation;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to {@code application/problem+json}; nothing else, and never a stack trace, leaves. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidQueryParameter(InvalidQueryParameterException e, UriInfo uri) {
        return problem(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return problem(ProblemException.rule(e.rule(), e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        if (e.getConstraintViolations().stream().anyMatch(v -> RequestBodies.isMissingBody(v, resource))) {
            ProblemType type = ProblemType.MALFORMED_REQUEST;
            return respond(new Problem(type.uri(), type.title(), 400, RequestBodies.MISSING, path(uri), List.of(),
                    List.of(), null));
        }
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        ProblemType type = ProblemType.INVALID_INPUT;
        return respond(new Problem(type.uri(), type.title(), 400, detail, path(uri), violations, List.of(), null));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String detail = JsonErrors.describe(e);
        ProblemType type = ProblemType.MALFORMED_REQUEST;
        List<Problem.FieldViolation> violations = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldViolation(field, detail));
        return respond(new Problem(type.uri(), type.title(), 400,
                (field.isEmpty() ? "" : field + ": ") + detail, path(uri), violations, List.of(), null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        ProblemType type = ProblemType.STALE_VERSION;
        return respond(new Problem(type.uri(), type.title(), 409,
                "the resource was changed by someone else at the same time; read it again and retry",
                path(uri), List.of(), List.of(), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 411 -> ProblemType.LENGTH_REQUIRED;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : type.title();
        String detail = switch (status) {
            case 405 -> "this path does not answer this method" + allowed(e.getResponse());
            case 415 -> RequestBodies.UNSUPPORTED;
            case 406 -> "this path answers application/json (problems application/problem+json): send Accept: "
                    + "application/json or leave Accept out";
            default -> e.getMessage();
        };
        Response response = respond(new Problem(type.uri(), title, status, detail, path(uri), List.of(), List.of(),
                null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<ProblemException> concurrent = WriteConflicts.of(e);
        if (concurrent.isPresent()) {
            return problem(concurrent.get(), uri);
        }
        LOG.error("Unexpected failure at " + path(uri), e);
        ProblemType type = ProblemType.INTERNAL;
        return respond(new Problem(type.uri(), type.title(), 500, "an unexpected error occurred; it has been logged",
                path(uri), List.of(), List.of(), null));
    }

    private static String allowed(Response response) {
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        return allow == null || allow.isBlank() ? "" : "; it answers " + allow;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        // method-level validation paths look like "create.request.name": drop the method and parameter names
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
