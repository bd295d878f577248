package io.rolewire.audit.internal;

import io.rolewire.runs.LifecycleReplay;
import io.rolewire.runs.RunState;
import io.rolewire.runs.StoredRun;
import io.rolewire.runs.events.Created;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.RunRecord;
import io.rolewire.wiring.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.type.TypeReference;

/**
 * Compares what the runs tables hold for one run with what its chained events recorded: the
 * record digest of its CREATED event (columns, inputs, findings, each document's exact bytes) and
 * the state its transitions lead to (status, who submitted, approved for which plan hash...). Pure:
 * events and stored run come in as values.
 */
final class RecordCheck {

    /** One difference: {@code record} names it the way a reviewer finds it in the database. */
    record Difference(long runId, String record, String stored, String recorded) {}

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

    private RecordCheck() {}

    static Optional<Difference> compare(long runId, List<ChainedEvent> events, Optional<StoredRun> stored) {
        if (events.isEmpty()) {
            return stored.map(s -> new Difference(runId, "runs", "a stored run", "no event on the record"));
        }
        if (stored.isEmpty()) {
            return Optional.of(new Difference(runId, "runs", "no stored run", events.size() + " events on the record"));
        }
        RecordedEvent first =
                EventCodec.decode(events.get(0).type(), events.get(0).detail());
        if (!(first instanceof Created created)) {
            return Optional.of(new Difference(runId, "run_events", events.get(0).type(), "CREATED first"));
        }
        Optional<Difference> record = compareRecord(runId, stored.get().record(), created.record());
        return record.isPresent() ? record : compareState(runId, stored.get().state(), replay(events));
    }

    /** A run created before the record digests (V8) has none: only its state can be compared. */
    private static Optional<Difference> compareRecord(long runId, RunRecord stored, RunRecord recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        return firstDifference(fields(stored), fields(recorded))
                .map(field -> new Difference(runId, recordName(field.name()), field.stored(), field.recorded()));
    }

    private static Optional<Difference> compareState(long runId, RunState stored, RunState recorded) {
        return firstDifference(fields(stored), fields(recorded))
                .map(field -> new Difference(runId, "runs." + column(field.name()), field.stored(), field.recorded()));
    }

    private record Field(String name, String stored, String recorded) {}

    /** Over the fields of both sides: a value present on one side only is a difference too. */
    private static Optional<Field> firstDifference(Map<String, Object> now, Map<String, Object> then) {
        Set<String> names = new TreeSet<>(then.keySet());
        names.addAll(now.keySet());
        return names.stream()
                .filter(name -> !Objects.equals(now.get(name), then.get(name)))
                .findFirst()
                .map(name -> new Field(name, String.valueOf(now.get(name)), String.valueOf(then.get(name))));
    }

    static RunState replay(List<ChainedEvent> events) {
        RunState state = RunState.CREATED;
        for (ChainedEvent e : events) {
            state = LifecycleReplay.next(state, EventCodec.decode(e.type(), e.detail()), e.actor(), e.at());
        }
        return state;
    }

    /** Every value flattened to a path ("documents[2].contentSha256", "lifecycle.approved.by"). */
    private static Map<String, Object> fields(Object value) {
        Map<String, Object> flat = new TreeMap<>();
        flatten("", Json.mapper().convertValue(value, Object.class), flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> flatten(path.isEmpty() ? k : path + "." + k, v, flat));
        } else if (value instanceof List<?> list) {
            flat.put(path + ".size", list.size());
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(path, value);
        }
    }

    /** The stored place of a record field: a column of runs, or a document of run_documents. */
    private static String recordName(String field) {
        if (field.startsWith("documents")) {
            return "run_documents" + field.substring("documents".length()).replace(".contentSha256", ".content");
        }
        return "runs." + column(field.replace("Sha256", "Json"));
    }

    /** "lifecycle.approved.by" is runs.approved_by, "approvedPlanHash" runs.approved_plan_hash. */
    private static String column(String field) {
        String plain = field.replace("lifecycle.", "").replace('.', '_');
        return plain.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
