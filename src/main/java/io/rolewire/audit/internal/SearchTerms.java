package io.rolewire.audit.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The free-text search terms of a run: every prefix, 1 to {@value #MAX_LENGTH} characters, of its
 * source role, destination role and ECS task family, each once. A text filter is then one equality
 * on a term (an ordered index range) instead of a range over three columns that has to be sorted.
 * V7 computes the same terms in SQL for the runs that existed before it.
 */
final class SearchTerms {

    /** The width of the term column: a whole role name. A longer text is looked up by its first 64. */
    static final int MAX_LENGTH = 64;

    private SearchTerms() {}

    static Set<String> of(String sourceRole, String destinationRole, String taskFamily) {
        Set<String> terms = new LinkedHashSet<>();
        for (String value : new String[] {sourceRole, destinationRole, taskFamily}) {
            if (value != null) {
                for (int length = 1; length <= Math.min(MAX_LENGTH, value.length()); length++) {
                    terms.add(value.substring(0, length));
                }
            }
        }
        return terms;
    }

    /** The term a text filter reads: the text itself, or its first 64 characters. */
    static String termOf(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    /** Whether the term alone decides the match; otherwise the columns must be checked too. */
    static boolean exact(String text) {
        return text.length() <= MAX_LENGTH;
    }
}
