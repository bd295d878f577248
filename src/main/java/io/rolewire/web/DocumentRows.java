package io.rolewire.web;

import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentKeys;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The documents as summary rows (fragments/documents.html shows each collapsed behind one): its
 * name, what the live plan says the apply does with it, and its size.
 */
public final class DocumentRows {

    /** Which live plan resources each document becomes; the others (CLI, deployer) are for people. */
    private static final Map<String, Predicate<String>> RESOURCES = Map.of(
            DocumentKeys.SOURCE_PERMISSION_POLICY, "source.policy"::equals,
            DocumentKeys.SOURCE_TRUST_POLICY, "source.role"::equals,
            DocumentKeys.DESTINATION_TRUST_POLICY, "destination.trust"::equals,
            DocumentKeys.TASK_DEFINITION, "task.definition"::equals,
            DocumentKeys.ECS_EXEC_POLICY, "source.ecsExecPolicy"::equals,
            DocumentKeys.EXECUTION_ROLE, key -> key.startsWith("execution."),
            DocumentKeys.INSTANCE_PROFILE, key -> key.startsWith("instance.profile"));

    /** When one document becomes several resources, the row shows the most telling change. */
    private static final List<Change> PRECEDENCE =
            List.of(Change.BLOCKED, Change.UNKNOWN, Change.DELETE, Change.UPDATE, Change.CREATE, Change.UNCHANGED);

    private DocumentRows() {}

    /**
     * @param change from the live plan, null when there is none or the document is not written
     * @param written the apply writes it to AWS (else it is for people: a CLI profile, a script)
     */
    public record Row(Document document, boolean written, Change change, int lines, int bytes) {

        public String size() {
            return bytes < 1024 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
    }

    /** @param plan the latest live plan, null when none was read */
    public static List<Row> of(List<Document> documents, LivePlan plan) {
        return documents.stream().map(document -> row(document, plan)).toList();
    }

    private static Row row(Document document, LivePlan plan) {
        Predicate<String> resources = RESOURCES.get(document.key());
        String content = document.content();
        return new Row(
                document,
                resources != null,
                resources == null ? null : change(resources, plan).orElse(null),
                content.isEmpty() ? 0 : (int) content.lines().count(),
                content.getBytes(StandardCharsets.UTF_8).length);
    }

    private static Optional<Change> change(Predicate<String> resources, LivePlan plan) {
        if (plan == null || !plan.awsAccess()) {
            return Optional.empty();
        }
        return plan.resources().stream()
                .filter(r -> resources.test(r.key()))
                .map(PlannedResource::change)
                .min(Comparator.comparingInt(PRECEDENCE::indexOf));
    }
}
