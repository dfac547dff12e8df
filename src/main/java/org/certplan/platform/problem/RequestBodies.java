package org.certplan.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Iterator;
import java.util.Set;

/** What to tell a caller whose request body is missing or not JSON. */
final class RequestBodies {

    static final String MISSING = "this request needs a JSON body: send Content-Type: application/json with a JSON "
            + "object in the body ({} when every field is optional)";
    static final String UNSUPPORTED = "send Content-Type: application/json with a JSON body, {} when there is nothing "
            + "to say";

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private RequestBodies() {
    }

    /** A {@code @NotNull} body parameter that arrived without a body. */
    static boolean isMissingBody(ConstraintViolation<?> violation, ResourceInfo resource) {
        if (violation.getInvalidValue() != null || resource == null || resource.getResourceMethod() == null
                || !(violation.getConstraintDescriptor().getAnnotation() instanceof NotNull)) {
            return false;
        }
        Path.Node last = null;
        for (Iterator<Path.Node> nodes = violation.getPropertyPath().iterator(); nodes.hasNext(); ) {
            last = nodes.next();
        }
        if (last == null || last.getKind() != ElementKind.PARAMETER) {
            return false;
        }
        Method method = resource.getResourceMethod();
        int index = last.as(Path.ParameterNode.class).getParameterIndex();
        if (index < 0 || index >= method.getParameterCount()) {
            return false;
        }
        Parameter parameter = method.getParameters()[index];
        for (Annotation annotation : parameter.getAnnotations()) {
            if (NOT_THE_BODY.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }
}
