package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void everyPrefixOfEachValueOnce() {
        assertThat(SearchTerms.of("ab-role", "ab", "abc"))
                .containsExactly("a", "ab", "ab-", "ab-r", "ab-ro", "ab-rol", "ab-role", "abc");
    }

    @Test
    void anEc2RunHasNoTaskFamily() {
        assertThat(SearchTerms.of("x", "y", null)).containsExactly("x", "y");
    }

    @Test
    void aValueLongerThanATermGivesItsFirst64Characters() {
        String family = "f".repeat(100);

        assertThat(SearchTerms.of("r", "r", family))
                .hasSize(1 + SearchTerms.MAX_LENGTH)
                .contains("f".repeat(64));
        assertThat(SearchTerms.termOf(family.substring(0, 80))).isEqualTo("f".repeat(64));
        assertThat(SearchTerms.exact(family.substring(0, 64))).isTrue();
        assertThat(SearchTerms.exact(family.substring(0, 65))).isFalse();
    }
}
