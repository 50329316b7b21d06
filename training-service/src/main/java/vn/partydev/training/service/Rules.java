package vn.partydev.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.rules.RuleSets;

/** The rule sets training-service decides under: the configured one for new classes, a class's own afterwards. */
@ApplicationScoped
public class Rules {

    private final TrainingConfig config;

    Rules(TrainingConfig config) {
        this.config = config;
    }

    public RuleSet current() {
        return named(config.ruleSet());
    }

    public RuleSet named(String id) {
        return RuleSets.find(id).orElseThrow(() -> new IllegalStateException("unknown rule set " + id));
    }
}
