package io.rolewire.apply.internal;

import io.rolewire.apply.Change;
import io.rolewire.runs.Run;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.MergeResult;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule per resource type: create, update, leave alone, or refuse. The same rules give the plan
 * and each step's last check before it writes, so a retry skips exactly what is in place.
 */
final class Decisions {

    private static final JsonMapper JSON = Json.mapper();

    private final Wiring wiring;
    private final RemovalDecisions removals;

    Decisions(Wiring wiring) {
        this(wiring, RoleUses.NONE);
    }

    Decisions(Wiring wiring, RoleUses uses) {
        this.wiring = wiring;
        this.removals = new RemovalDecisions(wiring, uses);
    }

    /** A wiring's resources by {@link #decide(ResourceSpec, LiveResource, WiringInput)}, an un-wire's by its own rules. */
    Decision decide(ResourceSpec spec, LiveResource live, Run run) {
        return spec.removes() ? removals.decide(spec, live, run) : decide(spec, live, run.input());
    }

    Decision decide(ResourceSpec spec, LiveResource live, WiringInput input) {
        if (spec.removes()) {
            throw new IllegalArgumentException("a removal is decided with its run: " + spec.key());
        }
        return switch (spec.type()) {
            case ROLE -> role(spec, live, wiring);
            case INLINE_POLICY -> document(spec, live);
            case MANAGED_POLICY ->
                live.members().contains(spec.desired())
                        ? Decision.of(Change.UNCHANGED, null, null)
                        : Decision.of(Change.CREATE, spec.desired(), null);
            case TRUST_POLICY -> trust(spec, live, input);
            case INSTANCE_PROFILE ->
                live.present() ? Decision.of(Change.UNCHANGED, null, null) : Decision.of(Change.CREATE, null, null);
            case INSTANCE_PROFILE_ROLE -> profileRole(spec, live);
            case TASK_DEFINITION -> taskDefinition(spec, live);
            default -> throw new IllegalArgumentException("not a wiring resource: " + spec.type());
        };
    }

    private static Decision role(ResourceSpec spec, LiveResource live, Wiring wiring) {
        if (live.present()) {
            // an existing role keeps its trust: the destination's is merged by its own step, and a
            // source role that exists is the operator's to keep (say so when it differs from ours)
            boolean trustDiffers = spec.desired() != null
                    && !spec.waitsForSourceRole()
                    && wiring.diff(live.document(), spec.desired()).changed();
            return Decision.of(Change.UNCHANGED, null, trustDiffers ? Note.of("apply.note.roleTrustDiffers") : null);
        }
        if (!spec.creates() || spec.desired() == null) {
            return Decision.of(Change.BLOCKED, null, Note.of("apply.note.roleMissing", spec.name(), spec.accountId()));
        }
        return Decision.of(Change.CREATE, spec.desired(), null);
    }

    private Decision document(ResourceSpec spec, LiveResource live) {
        if (!live.present()) {
            return Decision.of(Change.CREATE, spec.desired(), null);
        }
        boolean same = !wiring.diff(live.document(), spec.desired()).changed();
        return same ? Decision.of(Change.UNCHANGED, null, null) : Decision.of(Change.UPDATE, spec.desired(), null);
    }

    /** Always the merge of the live trust and our statement: other statements are never dropped. */
    private Decision trust(ResourceSpec spec, LiveResource live, WiringInput input) {
        if (!live.present()) {
            return Decision.of(Change.CREATE, spec.desired(), Note.of("apply.note.trustWithRole"));
        }
        MergeResult merged = wiring.mergeDestinationTrust(live.document(), input);
        if (merged.refused()) {
            // the wiring core's own sentence and code are arguments, as AWS's are
            Note reason = merged.findings().isEmpty()
                    ? Note.of("apply.note.trustUnmergeable")
                    : Note.of(
                            "apply.note.trustRefused",
                            merged.findings().get(0).message(),
                            merged.findings().get(0).code());
            return new Decision(Change.BLOCKED, null, reason, merged.findings());
        }
        Change change = merged.changed() ? Change.UPDATE : Change.UNCHANGED;
        return new Decision(change, merged.changed() ? merged.document() : null, null, merged.findings());
    }

    private static Decision profileRole(ResourceSpec spec, LiveResource live) {
        if (live.members().contains(spec.roleName())) {
            return Decision.of(Change.UNCHANGED, null, null);
        }
        if (!live.members().isEmpty()) {
            return Decision.of(
                    Change.BLOCKED,
                    null,
                    Note.of(
                            "apply.note.profileHoldsRole",
                            spec.name(),
                            live.members().get(0)));
        }
        return Decision.of(Change.CREATE, spec.roleName(), null);
    }

    /** The latest revision counts as in place when every field Rolewire renders has our value. */
    private Decision taskDefinition(ResourceSpec spec, LiveResource live) {
        if (!live.present()) {
            return Decision.of(Change.CREATE, spec.desired(), null);
        }
        JsonNode desired = JSON.readTree(spec.desired());
        String projected = JSON.writeValueAsString(project(JSON.readTree(live.document()), desired));
        boolean same = !wiring.diff(projected, spec.desired()).changed();
        return same
                ? Decision.of(Change.UNCHANGED, null, null)
                : Decision.of(Change.UPDATE, spec.desired(), Note.of("apply.note.newRevision", spec.name()));
    }

    /** {@code live} reduced to the fields {@code shape} has (ECS fills in defaults we never set). */
    static JsonNode project(JsonNode live, JsonNode shape) {
        if (shape instanceof ObjectNode shapeObject && live instanceof ObjectNode liveObject) {
            ObjectNode projected = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            shapeObject.properties().iterator();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = liveObject.get(field.getKey());
                if (value != null) {
                    projected.set(field.getKey(), project(value, field.getValue()));
                }
            }
            return projected;
        }
        if (shape instanceof ArrayNode shapeArray && live instanceof ArrayNode liveArray) {
            ArrayNode projected = JSON.createArrayNode();
            for (int i = 0; i < liveArray.size(); i++) {
                JsonNode itemShape = i < shapeArray.size() ? shapeArray.get(i) : liveArray.get(i);
                projected.add(project(liveArray.get(i), itemShape));
            }
            return projected;
        }
        return live;
    }
}
