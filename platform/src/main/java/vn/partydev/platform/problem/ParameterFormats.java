package vn.partydev.platform.problem;

import java.time.format.DateTimeParseException;

/** Says what format a parameter should have had, from the conversion error (never quoting the value). */
final class ParameterFormats {

    private ParameterFormats() {
    }

    static String describe(Throwable conversionError) {
        for (Throwable cause = conversionError; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DateTimeParseException) {
                return "expected an ISO-8601 date or time";
            }
            if (cause instanceof NumberFormatException) {
                return "expected a number";
            }
            String message = cause.getMessage();
            if (message != null && message.contains("UUID")) {
                return "expected a UUID";
            }
        }
        return "the value cannot be converted";
    }
}
