package io.rolewire.web.wizard;

import io.rolewire.wiring.Regions;
import java.util.ArrayList;
import java.util.List;

/**
 * The regions offered in the wizard's select: the wiring core's list, so the select never offers a
 * region the validation refuses (or hides one it accepts). A saved value missing from it is still offered, so
 * nothing typed earlier silently changes.
 */
final class RegionChoices {

    private static final List<String> KNOWN = Regions.known();

    private RegionChoices() {}

    static List<String> offered(String current) {
        if (current == null || current.isBlank() || KNOWN.contains(current)) {
            return KNOWN;
        }
        List<String> offered = new ArrayList<>(KNOWN);
        offered.add(0, current);
        return List.copyOf(offered);
    }
}
