package vn.partydev.platform.problem;

/**
 * Describes an unexpected error for the log without personal data: exception class names and stack frames only.
 * Messages are left out because they can carry values (a database error quotes the offending key, a parser the
 * offending text).
 */
final class SafeErrorLog {

    private static final int FRAMES_PER_CAUSE = 12;

    private SafeErrorLog() {
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth < 8) {
            text.append(depth == 0 ? "" : "\nCaused by: ").append(current.getClass().getName());
            if (current instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > FRAMES_PER_CAUSE) {
                text.append("\n\t... ").append(frames.length - FRAMES_PER_CAUSE).append(" more");
            }
            current = current.getCause() == current ? null : current.getCause();
            depth++;
        }
        return text.toString();
    }
}
