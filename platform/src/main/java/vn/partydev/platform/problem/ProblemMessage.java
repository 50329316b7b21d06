package vn.partydev.platform.problem;

import java.util.Arrays;
import java.util.List;

/** Which detail sentence of the bundle says the problem in another language, and the values it is filled with. */
public record ProblemMessage(String variant, List<Object> arguments) {

    public static ProblemMessage of(String variant, Object... arguments) {
        return new ProblemMessage(variant, List.copyOf(Arrays.stream(arguments).map(a -> a == null ? "—" : a).toList()));
    }
}
