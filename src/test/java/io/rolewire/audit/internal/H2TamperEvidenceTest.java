package io.rolewire.audit.internal;

/** On H2 the attacker drops the trigger; the test creates it again exactly as V1_1 does. */
class H2TamperEvidenceTest extends TamperEvidenceTests {

    @Override
    void disableAppendOnlyTrigger() {
        sql.execute("drop trigger run_events_append_only");
    }

    @Override
    void enableAppendOnlyTrigger() {
        sql.execute("create trigger run_events_append_only before update, delete on run_events"
                + " for each row call 'io.rolewire.audit.internal.AppendOnlyTrigger'");
    }
}
