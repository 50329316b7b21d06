package vn.partydev.local.demo;

import java.util.List;
import java.util.Random;

/** A value with its weight in a plausible mix (per mille of a population, say). */
record Weighted<T>(T value, int weight) {

    static <T> T pick(List<Weighted<T>> mix, Random random) {
        int total = mix.stream().mapToInt(Weighted::weight).sum();
        int draw = random.nextInt(total);
        for (Weighted<T> candidate : mix) {
            draw -= candidate.weight();
            if (draw < 0) {
                return candidate.value();
            }
        }
        throw new IllegalStateException("empty mix");
    }
}
