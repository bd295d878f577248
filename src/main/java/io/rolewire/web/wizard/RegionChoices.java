package io.rolewire.web.wizard;

import io.rolewire.wiring.Regions;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions offered in the wizard's select: the wiring core's list, so the select never offers a
 * region the validation refuses (or hides one it accepts). A saved value missing from it is still offered, so
 * nothing typed earlier silently changes, unless it is longer than any region could be: such a value is
 * refused by the form anyway, and as an option it would only bloat the page.
 */
final class RegionChoices {

    private static final List<String> KNOWN = Regions.known();
    /** The form's own limit on {@code region}. */
    private static final int LONGEST = 32;

    private RegionChoices() {}

    static List<String> offered(String current) {
        if (current == null || current.isBlank() || current.length() > LONGEST || KNOWN.contains(current)) {
            return KNOWN;
        }
        List<String> offered = new ArrayList<>(KNOWN);
        offered.add(0, current);
        return List.copyOf(offered);
    }
}
