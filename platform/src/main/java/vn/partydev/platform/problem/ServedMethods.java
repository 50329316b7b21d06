package vn.partydev.platform.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods the service's resources serve on a path. Quarkus REST answers 404 instead of 405 when a path is
 * served by one resource class and a shorter resource path of another class also matches its beginning
 * ({@code /candidates/{id}/helpers} beside {@code /candidates}): the problem mapper asks here before saying 404.
 */
final class ServedMethods {

    private record Route(Pattern path, String method) {
    }

    private static volatile List<Route> routes;

    private ServedMethods() {
    }

    /** The methods served on {@code path}; empty when nothing is served there. */
    static Set<String> on(String path) {
        Set<String> methods = new TreeSet<>();
        if (path != null) {
            for (Route route : routes()) {
                if (route.path().matcher(path).matches()) {
                    methods.add(route.method());
                }
            }
        }
        return methods;
    }

    private static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : bean.getBeanClass().getMethods()) {
                        String verb = verbOf(method);
                        if (verb != null) {
                            Path sub = method.getAnnotation(Path.class);
                            known.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                        }
                    }
                }
            }
            routes = known;
        }
        return known;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {@code {id}} is one segment, {@code {n: regex}} its regex. */
    private static Pattern template(String template) {
        StringBuilder regex = new StringBuilder();
        String normalised = ("/" + template).replaceAll("/+", "/");
        if (normalised.length() > 1 && normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        int i = 0;
        while (i < normalised.length()) {
            char c = normalised.charAt(i);
            if (c == '{') {
                int depth = 1;
                int end = i + 1;
                while (end < normalised.length() && depth > 0) {
                    depth += normalised.charAt(end) == '{' ? 1 : normalised.charAt(end) == '}' ? -1 : 0;
                    end++;
                }
                String variable = normalised.substring(i + 1, end - 1);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex + "/?");
    }
}
