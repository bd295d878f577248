package io.rolewire.testsupport;

import java.net.URI;

/** The Floci emulator .ci/run starts (../shared/floci/start.sh), named by an environment variable. */
public final class LocalFloci {

    private LocalFloci() {}

    public static boolean configured() {
        return url() != null;
    }

    /** Its endpoint; fails clearly when it is missing (CI=true without Floci). */
    public static URI endpoint() {
        String url = url();
        if (url == null) {
            throw new IllegalStateException("ROLEWIRE_TEST_FLOCI_URL is not set: start Floci with"
                    + " eval \"$(bash ../shared/floci/start.sh 4566)\" and export ROLEWIRE_TEST_FLOCI_URL=$FLOCI_URL");
        }
        return URI.create(url);
    }

    private static String url() {
        for (String name : new String[] {"ROLEWIRE_TEST_FLOCI_URL", "FLOCI_URL"}) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
