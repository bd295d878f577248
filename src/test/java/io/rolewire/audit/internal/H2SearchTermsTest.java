package io.rolewire.audit.internal;

/** The search terms on H2. */
class H2SearchTermsTest extends SearchTermsContractTests {

    @Override
    String vendor() {
        return "h2";
    }
}
