package vn.partydev.training.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One examination by the awareness-check council: when, which council, the result and the score if any. */
public record RecordAttempt(LocalDate checkedOn, String council, boolean passed, BigDecimal score) {
}
