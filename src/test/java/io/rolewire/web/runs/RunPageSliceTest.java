package io.rolewire.web.runs;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.Unwires;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The run page and its buttons with every service mocked: one slice context for the apply page tests. */
@WebMvcTest(
        controllers = {
            RunsController.class,
            RunActionsController.class,
            ApplyActionsController.class,
            ConfirmController.class
        })
@Import({SecurityTestImports.class, WebTestConfiguration.class})
abstract class RunPageSliceTest {

    static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    static final RequestPostProcessor OPERATOR2 = user("operator2").roles("OPERATOR");
    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Unwires unwires;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    Runs runs;

    @MockitoBean
    EventLog events;

    @MockitoBean
    HistoryExports exports;

    @MockitoBean
    RunLifecycle lifecycle;

    @MockitoBean
    LivePlans livePlans;

    @MockitoBean
    Applies applies;

    @MockitoBean
    Approvals approvals;
}
