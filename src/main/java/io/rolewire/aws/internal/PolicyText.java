package io.rolewire.aws.internal;

import io.rolewire.wiring.Wiring;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Policy documents as IAM returns them: URL-encoded (RFC 3986) by AWS, raw JSON by some emulators.
 * Both become canonical compact JSON, so that they compare equal to what the wiring core renders.
 */
final class PolicyText {

    private PolicyText() {}

    static String decode(Wiring wiring, String fromIam) {
        if (fromIam == null) {
            return null;
        }
        String trimmed = fromIam.strip();
        // A JSON document starts with '{'; URL-encoded, that brace is "%7B".
        String json = trimmed.startsWith("{") ? trimmed : URLDecoder.decode(trimmed, StandardCharsets.UTF_8);
        return wiring.canonicalJson(json);
    }
}
