package io.rolewire.audit.internal;

import io.rolewire.testsupport.LocalPostgres;
import io.rolewire.testsupport.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL the attacker (a superuser or the table owner) disables the trigger. */
@RequiresPostgres
class PostgresTamperEvidenceTest extends TamperEvidenceTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry);
    }

    @Override
    void disableAppendOnlyTrigger() {
        sql.execute("alter table run_events disable trigger run_events_append_only");
    }

    @Override
    void enableAppendOnlyTrigger() {
        sql.execute("alter table run_events enable trigger run_events_append_only");
    }
}
