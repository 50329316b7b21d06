package vn.partydev.platform.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.ProblemError;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads booleans, integers, UUIDs and dates in path, query and header parameters strictly, and names the parameter
 * when a value is wrong (400 {@code INVALID_PARAMETER}). JAX-RS alone reads {@code overdue=abc} as {@code false},
 * {@code limit=１０} (full-width digits) as 10 and {@code 1-1-1-1-1} as a UUID.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameIn(annotations);
        if (rawType == boolean.class || rawType == Boolean.class) {
            boolean query = isQuery(annotations);
            return (ParamConverter<T>) converter(name, "true or false", text -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                // Quarkus REST passes "0" for an absent primitive parameter without @DefaultValue
                default -> rawType == boolean.class && query && absentFromQuery(name) ? Boolean.FALSE : null;
            });
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "an integer in ASCII digits", text -> {
                Long value = integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
                return value == null ? null : Integer.valueOf(value.intValue());
            });
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "an integer in ASCII digits", text -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", text -> UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "an ISO-8601 date (yyyy-MM-dd)", StrictParameters::date);
        }
        return null;
    }

    private static Long integer(String text, long min, long max) {
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            return value < min || value > max ? null : value;
        } catch (NumberFormatException outOfRange) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                if (text == null) {
                    return null;
                }
                T value = parse.apply(text);
                if (value == null) {
                    throw new BadRequest("INVALID_PARAMETER", "parameter " + name + ": expected " + expected,
                            List.of(ProblemError.atParameter(name, "expected " + expected)));
                }
                return value;
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static boolean isQuery(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam || annotation instanceof RestQuery) {
                return true;
            }
        }
        return false;
    }

    private static boolean absentFromQuery(String name) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request != null && request.getQueryParameter(name, true, false) == null;
    }

    /** The parameter's name from its annotation; RESTEasy Reactive's short annotations may leave it empty. */
    private static String nameIn(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            String name = annotation instanceof QueryParam query ? query.value()
                    : annotation instanceof PathParam path ? path.value()
                    : annotation instanceof HeaderParam header ? header.value()
                    : annotation instanceof RestQuery query ? query.value()
                    : annotation instanceof RestPath path ? path.value()
                    : annotation instanceof RestHeader header ? header.value()
                    : "";
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "(unnamed)";
    }
}
