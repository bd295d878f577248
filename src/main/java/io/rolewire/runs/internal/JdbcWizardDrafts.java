package io.rolewire.runs.internal;

import io.rolewire.runs.Actor;
import io.rolewire.runs.WizardDrafts;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wizard drafts keyed by a random UUID. Every query also matches the owner, so a guessed or leaked
 * id never opens someone else's draft: it looks exactly like a missing one.
 */
class JdbcWizardDrafts implements WizardDrafts {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcWizardDrafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UUID start(Actor owner, String stateJson) {
        Objects.requireNonNull(stateJson, "stateJson");
        UUID id = UUID.randomUUID();
        var now = Timestamps.toDb(clock.instant());
        jdbc.sql("""
                        insert into wizard_drafts (id, owner, state_json, created_at, updated_at)
                        values (:id, :owner, :state, :now, :now)
                        """)
                .param("id", id)
                .param("owner", owner.username())
                .param("state", stateJson)
                .param("now", now)
                .update();
        return id;
    }

    @Override
    public Optional<String> load(UUID id, Actor owner) {
        return jdbc.sql("select state_json from wizard_drafts where id = :id and owner = :owner")
                .param("id", id)
                .param("owner", owner.username())
                .query(String.class)
                .optional();
    }

    @Override
    public boolean save(UUID id, Actor owner, String stateJson) {
        Objects.requireNonNull(stateJson, "stateJson");
        int updated = jdbc.sql("""
                        update wizard_drafts set state_json = :state, updated_at = :now
                        where id = :id and owner = :owner
                        """)
                .param("state", stateJson)
                .param("now", Timestamps.toDb(clock.instant()))
                .param("id", id)
                .param("owner", owner.username())
                .update();
        return updated == 1;
    }

    @Override
    public List<OpenDraft> open(Actor owner, int limit) {
        return jdbc.sql("""
                        select id, state_json, created_at, updated_at from wizard_drafts
                        where owner = :owner and saved_run_id is null
                        order by updated_at desc, id limit :limit
                        """)
                .param("owner", owner.username())
                .param("limit", Math.max(1, limit))
                .query((rs, row) -> new OpenDraft(
                        rs.getObject("id", UUID.class),
                        rs.getString("state_json"),
                        Timestamps.fromDb(rs, "created_at"),
                        Timestamps.fromDb(rs, "updated_at")))
                .list();
    }

    @Override
    public Optional<Long> savedRun(UUID id, Actor owner) {
        return jdbc
                .sql("select saved_run_id from wizard_drafts where id = :id and owner = :owner")
                .param("id", id)
                .param("owner", owner.username())
                .query((rs, row) -> rs.getObject("saved_run_id", Long.class))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public void close(UUID id, Actor owner, long runId) {
        jdbc.sql("""
                        update wizard_drafts set saved_run_id = :runId, updated_at = :now
                        where id = :id and owner = :owner and saved_run_id is null
                        """)
                .param("runId", runId)
                .param("now", Timestamps.toDb(clock.instant()))
                .param("id", id)
                .param("owner", owner.username())
                .update();
    }

    @Override
    @Transactional
    public Optional<SavedRun> saveAsRunOnce(UUID id, Actor owner, LongSupplier saveRun) {
        List<Long> locked = jdbc.sql(
                        "select saved_run_id from wizard_drafts where id = :id and owner = :owner for update")
                .param("id", id)
                .param("owner", owner.username())
                .query((rs, row) -> {
                    long saved = rs.getLong("saved_run_id");
                    return rs.wasNull() ? 0L : saved;
                })
                .list();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        if (locked.get(0) != 0L) {
            return Optional.of(new SavedRun(locked.get(0), true));
        }
        long runId = saveRun.getAsLong();
        close(id, owner, runId);
        return Optional.of(new SavedRun(runId, false));
    }

    @Override
    public boolean delete(UUID id, Actor owner) {
        return jdbc.sql("delete from wizard_drafts where id = :id and owner = :owner")
                        .param("id", id)
                        .param("owner", owner.username())
                        .update()
                == 1;
    }
}
