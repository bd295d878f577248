package io.rolewire.audit.internal;

import org.springframework.boot.test.context.TestConfiguration;

/** The history search contract on H2; the nested configuration gives it a database of its own. */
class H2HistorySearchTest extends HistorySearchContractTests {

    @TestConfiguration
    static class OwnDatabase {}
}
