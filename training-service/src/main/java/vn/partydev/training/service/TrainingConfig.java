package vn.partydev.training.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** training-service settings ({@code partydev.training.*}). */
@ConfigMapping(prefix = "partydev.training")
public interface TrainingConfig {

    /** The rule set new classes are scheduled under (R-TRAIN-2 default attendance, R-CERT-1 validity). */
    @WithDefault("294-QD-TW-2025")
    String ruleSet();
}
