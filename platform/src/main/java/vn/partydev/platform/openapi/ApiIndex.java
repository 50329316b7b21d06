package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the filter learns from the application's classes: which operations are idempotent, which fields are always present. */
final class ApiIndex {

    static final ApiIndex EMPTY = new ApiIndex(Set.of(), Map.of());

    private static final DotName IDEMPOTENT = DotName.createSimple("vn.partydev.platform.http.Idempotent");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection", "java.util.Map");

    /** "POST /api/v1/admission-cases" of every {@code @Idempotent} resource method. */
    private final Set<String> idempotent;
    /** schema name → the record components that are always present in JSON (primitives, collections, {@code id}). */
    private final Map<String, List<String>> alwaysPresent;

    private ApiIndex(Set<String> idempotent, Map<String, List<String>> alwaysPresent) {
        this.idempotent = idempotent;
        this.alwaysPresent = alwaysPresent;
    }

    static ApiIndex of(IndexView index) {
        Set<String> idempotent = new HashSet<>();
        for (AnnotationInstance annotation : index.getAnnotations(IDEMPOTENT)) {
            if (annotation.target().kind() == org.jboss.jandex.AnnotationTarget.Kind.METHOD) {
                MethodInfo method = annotation.target().asMethod();
                String path = join(pathOf(method.declaringClass().declaredAnnotation(PATH)), pathOf(method.annotation(PATH)));
                for (String http : HTTP_METHODS) {
                    if (method.hasAnnotation(DotName.createSimple("jakarta.ws.rs." + http))) {
                        idempotent.add(http + " " + path);
                    }
                }
            }
        }
        Map<String, List<String>> alwaysPresent = new HashMap<>();
        for (ClassInfo type : index.getKnownClasses()) {
            if (!type.isRecord() || type.declaredAnnotation(JSON_INCLUDE) != null) {
                continue;   // a record that leaves out empty or null fields has none always present
            }
            List<String> fields = type.recordComponents().stream()
                    .filter(component -> component.declaredAnnotation(JSON_INCLUDE) == null)
                    .filter(ApiIndex::isAlwaysPresent).map(RecordComponentInfo::name).toList();
            if (!fields.isEmpty()) {
                alwaysPresent.put(schemaName(type), fields);
            }
        }
        return new ApiIndex(idempotent, alwaysPresent);
    }

    boolean isIdempotent(String httpMethod, String path) {
        return idempotent.contains(httpMethod + " " + path);
    }

    /**
     * Marks as {@code required} the always present fields of the records answered (not of those only sent: a
     * request may leave out what has a default).
     */
    void markAlwaysPresentFields(Components components, Set<String> requestSchemas) {
        if (components.getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> schema : components.getSchemas().entrySet()) {
            List<String> fields = alwaysPresent.get(schema.getKey());
            if (fields == null || requestSchemas.contains(schema.getKey()) || schema.getValue().getProperties() == null) {
                continue;
            }
            for (String field : fields) {
                boolean known = schema.getValue().getProperties().containsKey(field);
                boolean marked = schema.getValue().getRequired() != null && schema.getValue().getRequired().contains(field);
                if (known && !marked) {
                    schema.getValue().addRequired(field);
                }
            }
        }
    }

    private static boolean isAlwaysPresent(RecordComponentInfo component) {
        Type type = component.type();
        return type.kind() == Type.Kind.PRIMITIVE || type.kind() == Type.Kind.ARRAY
                || COLLECTIONS.contains(type.name().toString())
                || (component.name().equals("id") && type.name().toString().equals("java.util.UUID"));
    }

    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null || name.asString().isBlank() ? type.simpleName() : name.asString();
    }

    private static String pathOf(AnnotationInstance path) {
        return path == null || path.value() == null ? "" : path.value().asString();
    }

    private static String join(String classPath, String methodPath) {
        // {number: [^/]+/[0-9]+} is {number} in the document
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
