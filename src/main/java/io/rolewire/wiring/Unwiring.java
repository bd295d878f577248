package io.rolewire.wiring;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an UNWIRE run removes beyond the wiring's statement and inline policy, fixed when it is
 * created from the wiring run's recorded steps (ADR 018) and stored as its {@code unwire} document,
 * so the approval covers it and every read of the run gives the same removal steps.
 *
 * @param undoes the wiring run
 * @param createdRoles ARNs of the roles the wiring run created (deleted unless another wiring uses them)
 * @param createdInstanceProfile whether it created the instance profile
 * @param addedRoleToProfile whether it put the source role into the instance profile
 * @param taskDefinitionRevision the revision ARN it registered (deregistered); null when it registered none
 */
public record Unwiring(
        long undoes,
        List<String> createdRoles,
        boolean createdInstanceProfile,
        boolean addedRoleToProfile,
        String taskDefinitionRevision) {

    private static final JsonMapper JSON = Json.mapper();

    public Unwiring {
        createdRoles = List.copyOf(createdRoles);
    }

    public boolean created(RoleArn role) {
        return createdRoles.contains(role.toString());
    }

    public Document toDocument() {
        ObjectNode node = CanonicalJson.object();
        node.put("undoes", undoes);
        node.set("createdRoles", CanonicalJson.arrayOf(createdRoles));
        node.put("createdInstanceProfile", createdInstanceProfile);
        node.put("addedRoleToProfile", addedRoleToProfile);
        if (taskDefinitionRevision != null) {
            node.put("taskDefinitionRevision", taskDefinitionRevision);
        }
        return new Document(DocumentKeys.UNWIRE, DocumentFormat.JSON, CanonicalJson.pretty(node));
    }

    /** The un-wire document among a run's documents; empty for a wiring run. */
    public static Optional<Unwiring> of(List<Document> documents) {
        return documents.stream()
                .filter(d -> d.key().equals(DocumentKeys.UNWIRE))
                .findFirst()
                .map(d -> parse(JSON.readTree(d.content())));
    }

    private static Unwiring parse(JsonNode node) {
        JsonNode revision = node.path("taskDefinitionRevision");
        return new Unwiring(
                node.path("undoes").asLong(),
                node.path("createdRoles").values().stream()
                        .map(JsonNode::asString)
                        .toList(),
                node.path("createdInstanceProfile").asBoolean(),
                node.path("addedRoleToProfile").asBoolean(),
                revision.isMissingNode() ? null : revision.asString());
    }
}
