package io.rolewire.wiring;

import java.util.regex.Pattern;

/**
 * The container image reference grammar of the Docker distribution library
 * ({@code [registry[:port]/]path[:tag][@sha256:digest]}), so a typo fails in the wizard instead of
 * as a CannotPullContainerError hours later. IPv6 registry hosts are not accepted.
 */
final class ImageReference {

    /** The registry name is limited to 255 characters, the tag to 128. */
    private static final int MAX_NAME_LENGTH = 255;

    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*(?::[0-9]+)?";
    private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final String TAG = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    private static final String DIGEST = "sha256:[a-f0-9]{64}";

    private static final Pattern REFERENCE =
            Pattern.compile("(?<name>" + NAME + ")(?::" + TAG + ")?(?:@" + DIGEST + ")?");

    private ImageReference() {}

    static boolean isValid(String image) {
        if (image == null) {
            return false;
        }
        var matcher = REFERENCE.matcher(image);
        return matcher.matches() && matcher.group("name").length() <= MAX_NAME_LENGTH;
    }

    static void check(String field, String image, Violations violations) {
        if (Violations.isBlank(image)) {
            violations.required(field);
        } else if (!isValid(image)) {
            violations.add(field, "wiring.image.format", image);
        }
    }
}
