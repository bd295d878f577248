package io.rolewire.web.wizard;

import io.rolewire.apply.LivePlans;
import io.rolewire.audit.RoleWirings;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.InMemoryWizardDrafts;
import io.rolewire.web.WebTestConfiguration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The wizard's controllers with the real security configuration, the real wiring core and
 * in-memory drafts (same ownership rule as the database ones).
 */
@WebMvcTest(controllers = {WizardController.class, PreviewController.class, CopyRunController.class})
@Import({
    SecurityTestImports.class,
    WebTestConfiguration.class,
    WizardStore.class,
    WizardChecks.class,
    RegionChoices.class,
    OpenRunFindings.class
})
abstract class WizardSliceTest {

    static final Actor OPERATOR_ACTOR = new Actor("operator");
    static final RequestPostProcessor OPERATOR =
            SecurityMockMvcRequestPostProcessors.user("operator").roles("OPERATOR");
    static final RequestPostProcessor OPERATOR2 =
            SecurityMockMvcRequestPostProcessors.user("operator2").roles("OPERATOR");
    static final RequestPostProcessor ADMIN =
            SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
    static final RequestPostProcessor REVIEWER =
            SecurityMockMvcRequestPostProcessors.user("reviewer").roles("REVIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    WizardStore store;

    @Autowired
    InMemoryWizardDrafts drafts;

    @MockitoBean
    Runs runs;

    @MockitoBean
    LivePlans livePlans;

    @MockitoBean
    RoleWirings roleWirings;

    @BeforeEach
    void emptyDrafts() {
        drafts.clear();
    }

    /** A draft of the operator holding {@code state}, as if typed and saved step by step. */
    UUID draftOf(WizardState state) {
        UUID id = store.start(OPERATOR_ACTOR);
        store.save(id, OPERATOR_ACTOR, state);
        return id;
    }

    WizardState saved(UUID id) {
        return store.load(id, OPERATOR_ACTOR);
    }
}
