package org.certplan.platform.query;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import org.certplan.platform.problem.QueryValues;

/**
 * Typed query parameters whose value does not parse answer 400 naming the parameter and what it expects; JAX-RS
 * would answer 404, as if the path did not exist.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Long::valueOf);
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", QueryParameterConverters::bool);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, QueryValues.DATE, QueryValues::plausibleDate);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name, QueryValues.oneOf(type), enumParser(type));
        }
        return null;
    }

    /** The enum's own {@code fromString}, as JAX-RS would use it, else its constant names. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, Object> enumParser(Class<? extends Enum> type) {
        try {
            Method fromString = type.getMethod("fromString", String.class);
            if (Modifier.isStatic(fromString.getModifiers()) && type.isAssignableFrom(fromString.getReturnType())) {
                return text -> {
                    try {
                        return fromString.invoke(null, text);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalArgumentException(text, e);
                    }
                };
            }
        } catch (NoSuchMethodException e) {
            // constant names only
        }
        return text -> Enum.valueOf(type, text);
    }

    private static String queryParameter(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        return Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
    }

    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidQueryParameterException(name, value, expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
