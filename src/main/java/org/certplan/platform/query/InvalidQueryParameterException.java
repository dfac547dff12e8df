package org.certplan.platform.query;

import jakarta.ws.rs.BadRequestException;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.QueryValues;

/** A query parameter whose value is not of its type; a {@code WebApplicationException} so that JAX-RS passes it on. */
public class InvalidQueryParameterException extends BadRequestException {

    private final String parameter;
    private final String value;
    private final String expected;

    public InvalidQueryParameterException(String parameter, String value, String expected) {
        super(parameter + ": '" + value + "' is not " + expected);
        this.parameter = parameter;
        this.value = value;
        this.expected = expected;
    }

    public ProblemException toProblem() {
        return QueryValues.invalid(parameter, value, expected);
    }
}
