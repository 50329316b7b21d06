package vn.partydev.platform.problem;

import java.util.List;

/**
 * An error the caller can do something about, answered as a problem of {@link #type()}. Subclasses name the
 * common cases ({@link RuleViolation}, {@link Conflict}, {@link NotFound}, ...). No stack trace is captured:
 * these are answers, not bugs.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String code;
    private final List<ProblemError> errors;
    private ProblemMessage message;

    public ProblemException(ProblemType type, String code, String detail) {
        this(type, code, detail, List.of());
    }

    public ProblemException(ProblemType type, String code, String detail, List<ProblemError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.code = code == null ? type.defaultCode() : code;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<ProblemError> errors() {
        return errors;
    }

    /**
     * Names the bundle's detail sentence that says this problem in Vietnamese ({@code <code>.<variant>} in
     * {@code ProblemMessages_vi.properties}) and the values to fill in, e.g. {@code in("too-few-yes", 7, 5, 4)}.
     */
    public ProblemException in(String variant, Object... arguments) {
        this.message = ProblemMessage.of(variant, arguments);
        return this;
    }

    /** The sentence named by {@link #in}, or null. */
    public ProblemMessage message() {
        return message;
    }
}
