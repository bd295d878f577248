package io.rolewire.web.wizard;

import java.util.List;

/**
 * The wizard's pages in order, each with its own URL {@code /wizard/{draftId}/{path}} and template
 * {@code wizard/{path}}. A step also owns the violations of its part of the input.
 */
enum Step {
    WORKLOAD("workload"),
    SOURCE("source"),
    DESTINATION("destination"),
    DETAILS("details"),
    PREVIEW("preview");

    static final List<Step> INPUT_STEPS = List.of(WORKLOAD, SOURCE, DESTINATION, DETAILS);

    private final String path;

    Step(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    String view() {
        return "wizard/" + path;
    }

    int number() {
        return ordinal() + 1;
    }

    Step next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    Step previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    Object formOf(WizardState state) {
        return switch (this) {
            case WORKLOAD -> state.workload();
            case SOURCE -> state.source();
            case DESTINATION -> state.destination();
            case DETAILS, PREVIEW -> state.details();
        };
    }

    /**
     * The step whose page holds the input at a violation's dotted path ({@code source.accountId},
     * {@code ecs.executionRole.secretArns[1]}). Paths outside every step (none, or a rule over the
     * whole input) belong to the last input step, so they are still shown before the preview.
     */
    static Step owning(String violationPath) {
        String root = root(violationPath);
        return switch (root) {
            case "workload", "region" -> WORKLOAD;
            case "source" -> SOURCE;
            case "destination", "accessUntil" -> DESTINATION;
            default -> DETAILS;
        };
    }

    /** The form field of this step's form for a violation path; list indexes are dropped. */
    String formField(String violationPath) {
        String path = violationPath == null ? "" : violationPath.replaceAll("\\[\\d*]", "");
        return switch (this) {
            case SOURCE -> path.startsWith("source.") ? path.substring("source.".length()) : "";
            case DESTINATION -> destinationField(path);
            default -> path;
        };
    }

    /** The end of access is asked for beside the destination role, whose trust carries it. */
    private static String destinationField(String path) {
        if (path.equals("accessUntil")) {
            return path;
        }
        return path.startsWith("destination.") ? path.substring("destination.".length()) : "";
    }

    private static String root(String path) {
        if (path == null) {
            return "";
        }
        int end = 0;
        while (end < path.length() && Character.isJavaIdentifierPart(path.charAt(end))) {
            end++;
        }
        return path.substring(0, end);
    }
}
