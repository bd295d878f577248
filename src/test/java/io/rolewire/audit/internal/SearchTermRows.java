package io.rolewire.audit.internal;

import java.util.Set;

/**
 * For code that writes runs without the application (the benchmark's generator): the search terms
 * the application writes for a new run, so that generated history is found by the text filter.
 */
public final class SearchTermRows {

    private SearchTermRows() {}

    public static Set<String> of(String sourceRole, String destinationRole, String taskFamily) {
        return SearchTerms.of(sourceRole, destinationRole, taskFamily);
    }
}
