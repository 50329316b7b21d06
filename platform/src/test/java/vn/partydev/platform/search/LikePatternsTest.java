package vn.partydev.platform.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LikePatternsTest {

    @Test
    void escapesBackslashPercentAndUnderscore() {
        assertEquals("10\\%\\_a\\\\b", LikePatterns.literal("10%_a\\b"));
    }

    @Test
    void aTrailingBackslashCannotEscapeTheWildcard() {
        assertEquals("/a\\\\%", LikePatterns.startingWith("/a\\"));
    }

    @Test
    void aNameSearchIsNormalisedThenEscaped() {
        assertEquals("%dong\\_tam 10\\%%", LikePatterns.containingName("  Đồng_Tâm   10% "));
        assertNull(LikePatterns.containingName("  "));
        assertNull(LikePatterns.containingName(null));
    }
}
