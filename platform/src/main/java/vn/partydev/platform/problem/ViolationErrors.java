package vn.partydev.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Bean Validation violations as problem errors: a JSON pointer into the body for the request body's values, the
 * parameter name for query, path and header parameters.
 */
final class ViolationErrors {

    private ViolationErrors() {
    }

    static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static List<ProblemError> of(List<ConstraintViolation<?>> violations, ResourceInfo resource) {
        Method method = resourceMethod(resource);
        List<ProblemError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(of(violation, method));
        }
        errors.sort(Comparator.comparing((ProblemError error) -> error.pointer() == null ? "" : error.pointer())
                .thenComparing(error -> error.parameter() == null ? "" : error.parameter())
                .thenComparing(ProblemError::detail));
        return errors;
    }

    static String describe(ProblemError error) {
        String where = error.pointer() != null ? (error.pointer().isEmpty() ? "the body" : error.pointer()) : error.parameter();
        return where + " " + error.detail();
    }

    private static ProblemError of(ConstraintViolation<?> violation, Method method) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        String methodName = null;
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD) {
                methodName = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String parameter = method != null && method.getName().equals(methodName)
                        ? httpParameterName(method, index) : null;
                if (parameter != null) {
                    return ProblemError.atParameter(parameter, violation.getMessage());
                }
                return ProblemError.atPointer(JsonPointers.of(nodes), violation.getMessage());
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.BEAN) {
                // validation of an object outside a method call: the whole path is the pointer
                return ProblemError.atPointer(JsonPointers.of(violation.getPropertyPath().iterator()), violation.getMessage());
            }
        }
        return ProblemError.atPointer("", violation.getMessage());
    }

    private static Method resourceMethod(ResourceInfo resource) {
        try {
            return resource == null ? null : resource.getResourceMethod();
        } catch (RuntimeException noResource) {
            return null;
        }
    }

    /** The HTTP name of a query/path/header/cookie/form parameter; null for the request body. */
    private static String httpParameterName(Method method, int index) {
        if (index < 0 || index >= method.getParameterCount()) {
            return null;
        }
        Parameter parameter = method.getParameters()[index];
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = parameterName(annotation, parameter);
            if (name != null) {
                return name.isEmpty() ? parameter.getName() : name;
            }
        }
        return null;
    }

    private static String parameterName(Annotation annotation, Parameter parameter) {
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof PathParam path) {
            return path.value();
        }
        if (annotation instanceof HeaderParam header) {
            return header.value();
        }
        if (annotation instanceof CookieParam cookie) {
            return cookie.value();
        }
        if (annotation instanceof FormParam form) {
            return form.value();
        }
        if (annotation instanceof MatrixParam matrix) {
            return matrix.value();
        }
        if (annotation instanceof BeanParam) {
            return parameter.getName();
        }
        return restParameterName(annotation, parameter);
    }

    /** RESTEasy Reactive's short annotations ({@code @RestQuery} etc.) default the name to the Java parameter's. */
    private static String restParameterName(Annotation annotation, Parameter parameter) {
        String type = annotation.annotationType().getName();
        if (!type.startsWith("org.jboss.resteasy.reactive.Rest")) {
            return null;
        }
        try {
            Object value = annotation.annotationType().getMethod("value").invoke(annotation);
            return value instanceof String name && !name.isEmpty() ? name : parameter.getName();
        } catch (ReflectiveOperationException noValue) {
            return parameter.getName();
        }
    }
}
