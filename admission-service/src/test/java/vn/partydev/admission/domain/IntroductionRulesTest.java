package vn.partydev.admission.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.rules.RuleSets;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.domain.IntroducerKind.OFFICIAL_MEMBER;
import static vn.partydev.admission.domain.IntroducerKind.TRADE_UNION_COMMITTEE;
import static vn.partydev.admission.domain.IntroducerKind.YOUTH_UNION_COMMITTEE;

class IntroductionRulesTest {

    @Test
    void twoOfficialMembersOrACommitteeAndAMember() {
        assertTrue(IntroductionRules.composition(List.of(OFFICIAL_MEMBER), OFFICIAL_MEMBER, false).isEmpty());
        assertTrue(IntroductionRules.composition(List.of(TRADE_UNION_COMMITTEE), OFFICIAL_MEMBER, false).isEmpty());
        assertTrue(IntroductionRules.composition(List.of(OFFICIAL_MEMBER), YOUTH_UNION_COMMITTEE, true).isEmpty());
    }

    @Test
    void neverAThirdNorTwoCommittees() {
        assertEquals("R-INTRO-1", IntroductionRules.composition(List.of(OFFICIAL_MEMBER, OFFICIAL_MEMBER), OFFICIAL_MEMBER, false)
                .orElseThrow().rule());
        assertEquals("R-INTRO-1", IntroductionRules.composition(List.of(YOUTH_UNION_COMMITTEE), TRADE_UNION_COMMITTEE, false)
                .orElseThrow().rule());
    }

    @Test
    void aYouthUnionMemberOfYouthAgeNeedsTheYouthUnionCommittee() {
        assertEquals("R-INTRO-1", IntroductionRules.composition(List.of(OFFICIAL_MEMBER), OFFICIAL_MEMBER, true).orElseThrow().rule());
        assertEquals("R-INTRO-1", IntroductionRules.composition(List.of(), TRADE_UNION_COMMITTEE, true).orElseThrow().rule());
    }

    @Test
    void youthAgeEndsAfterThirtyCompletedYears() {
        LocalDate born = LocalDate.of(1995, 6, 1);
        assertTrue(IntroductionRules.youthUnionMemberOfYouthAge(true, born, LocalDate.of(2026, 5, 31)));
        assertTrue(!IntroductionRules.youthUnionMemberOfYouthAge(true, born, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void elevenMonthsTogetherIsNotEnoughTwelveIs() {
        var rules = RuleSets.defaultSet();
        var breach = IntroductionRules.acquaintance(rules, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)).orElseThrow();
        assertEquals("R-INTRO-2", breach.rule());
        assertTrue(breach.detail().contains("11 months"), breach.detail());
        assertTrue(IntroductionRules.acquaintance(rules, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1)).isEmpty());
    }
}
