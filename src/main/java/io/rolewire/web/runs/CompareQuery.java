package io.rolewire.web.runs;

import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.List;

/**
 * The two runs to compare, as typed: digits only, both needed before anything is compared. The
 * history page's ticked rows arrive as {@code run} (twice); the older run becomes the first.
 */
record CompareQuery(
        @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "{compare.run.format}")
        String left,

        @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "{compare.run.format}")
        String right,

        List<String> run) {

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,18}");

    CompareQuery {
        run = run == null ? List.of() : List.copyOf(run);
        if (isBlank(left) && isBlank(right) && run.size() == 2) {
            List<String> ticked = run.stream()
                    .sorted(Comparator.comparing(CompareQuery::number))
                    .toList();
            left = ticked.get(0);
            right = ticked.get(1);
        }
    }

    /** Ticked rows, but not two of them: nothing to compare, say so. */
    boolean wrongTicks() {
        return !run.isEmpty() && run.size() != 2;
    }

    boolean complete() {
        return !isBlank(left) && !isBlank(right);
    }

    long leftId() {
        return Long.parseLong(left.strip());
    }

    long rightId() {
        return Long.parseLong(right.strip());
    }

    /** Ticks are sorted by number; anything else (refused by the pattern anyway) sorts last. */
    private static long number(String text) {
        String stripped = text == null ? "" : text.strip();
        return DIGITS.matcher(stripped).matches() ? Long.parseLong(stripped) : Long.MAX_VALUE;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
