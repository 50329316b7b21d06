package vn.partydev.candidate.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of candidate-service ({@code partydev.candidate.*}). */
@ConfigMapping(prefix = "partydev.candidate")
public interface CandidateConfig {

    /** The rule set new nominations are checked under and recorded with. */
    @WithDefault("294-QD-TW-2025")
    String ruleSet();

}
