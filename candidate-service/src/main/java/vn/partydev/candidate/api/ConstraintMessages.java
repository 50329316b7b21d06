package vn.partydev.candidate.api;

/** Constraint messages are templates: a brace or dollar sign in a sentence must be taken literally. */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
