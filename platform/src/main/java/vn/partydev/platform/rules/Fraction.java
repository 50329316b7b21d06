package vn.partydev.platform.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A positive fraction such as 2/3, for thresholds; {@link #ceilingOf(int)} is the exact ⌈n × p/q⌉. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("not a positive fraction: " + numerator + "/" + denominator);
        }
    }

    /** ⌈n × numerator / denominator⌉ in integer arithmetic (no floating-point rounding at the boundary). */
    public int ceilingOf(int n) {
        long product = (long) n * numerator;
        return (int) ((product + denominator - 1) / denominator);
    }

    @JsonCreator
    public static Fraction parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a fraction is written p/q: " + text);
        }
        return new Fraction(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    @JsonValue
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
