package vn.partydev.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Iterator;
import java.util.List;

/** RFC 6901 JSON pointers to the place of an error, from Jackson's and Bean Validation's own paths. */
final class JsonPointers {

    private JsonPointers() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(escape(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** The pointer of the nodes that follow a method parameter node (the parameter itself is the document root). */
    static String of(Iterator<Path.Node> nodes) {
        StringBuilder pointer = new StringBuilder();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    pointer.append('/').append(escape(position.toString()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
