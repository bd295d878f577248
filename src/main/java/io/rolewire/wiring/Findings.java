package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Helpers shared by every check that produces findings. */
final class Findings {

    private Findings() {}

    /** Most severe first; within one severity the order the checks found them (a stable sort). */
    static List<Finding> mostSevereFirst(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(sorted);
    }

    /** Numbers in finding messages read like the IAM quotas page: 2,048 rather than 2048. */
    static String grouped(int value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
