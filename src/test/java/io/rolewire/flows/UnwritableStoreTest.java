package io.rolewire.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rolewire.testsupport.LoginSession;
import io.rolewire.testsupport.RequiresPostgresServer;
import io.rolewire.testsupport.store.InProcessRolewire;
import io.rolewire.testsupport.store.ThrowawayPostgres;
import io.rolewire.testsupport.store.Tmpfs;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8, outcome 6: a database that cannot be written makes readiness DOWN within 10 s and every
 * request a 503 saying the store is unavailable (never a stack trace or a generic 500); once it
 * is writable again Rolewire recovers without a restart, and nothing acknowledged is lost.
 */
class UnwritableStoreTest {

    /** The embedded default's options (application.properties), on a disk of the test's own. */
    private static final String H2_OPTIONS =
            "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0";

    private static final String UNAVAILABLE = "The store is unavailable";

    @TempDir
    Path directory;

    @Test
    void aFullDiskIsA503UntilSpaceIsFreedThenRolewireCarriesOn() throws Exception {
        Tmpfs disk = mountOrSkip(directory.resolve("disk"));
        try (disk;
                InProcessRolewire app =
                        InProcessRolewire.start("jdbc:h2:file:" + disk.path() + "/rolewire;" + H2_OPTIONS, "sa")) {
            Set<Long> acknowledged = createRuns(app, 3);
            assertThat(app.readiness()).isEqualTo(200);

            disk.fill();
            List<Integer> answers = new ArrayList<>();
            await("a write refused with 503").atMost(Duration.ofSeconds(30)).until(() -> {
                HttpResponse<String> answer = app.createRun();
                answers.add(answer.statusCode());
                if (answer.statusCode() == 201) {
                    acknowledged.add(id(answer));
                }
                return answer.statusCode() == 503;
            });
            assertThat(answers).as("every answer while the disk fills").allMatch(s -> s == 201 || s == 503);
            assertUnavailable(app, app.createRun());
            await("readiness DOWN").atMost(Duration.ofSeconds(10)).until(() -> app.readiness() == 503);
            assertBrowserPageUnavailable(app);

            disk.free();
            assertRecovered(app, acknowledged);
        }
    }

    @Test
    @RequiresPostgresServer
    void aStoppedPostgresIsA503UntilItIsBackThenRolewireCarriesOn() throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start();
                InProcessRolewire app = InProcessRolewire.start(postgres.jdbcUrl(), "postgres")) {
            Set<Long> acknowledged = createRuns(app, 3);
            assertThat(app.readiness()).isEqualTo(200);

            postgres.stop();
            await("readiness DOWN").atMost(Duration.ofSeconds(10)).until(() -> app.readiness() == 503);
            assertUnavailable(app, app.createRun());
            assertUnavailable(
                    app, app.get("/api/v1/runs/" + acknowledged.iterator().next()));
            assertBrowserPageUnavailable(app);

            postgres.restart();
            assertRecovered(app, acknowledged);
        }
    }

    private static void assertRecovered(InProcessRolewire app, Set<Long> acknowledged) throws Exception {
        await("readiness UP again").atMost(Duration.ofSeconds(60)).until(() -> app.readiness() == 200);
        acknowledged.addAll(createRuns(app, 1));
        for (long id : acknowledged) {
            assertThat(app.get("/api/v1/runs/" + id).statusCode())
                    .as("acknowledged run %d", id)
                    .isEqualTo(200);
        }
    }

    private static void assertUnavailable(InProcessRolewire app, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error =
                JsonMapper.shared().readTree(answer.body()).path("errors").path(0);
        assertThat(error.has("field")).isTrue();
        assertThat(error.path("field").isNull()).isTrue();
        assertThat(error.path("message").asString()).startsWith(UNAVAILABLE);
    }

    private static void assertBrowserPageUnavailable(InProcessRolewire app) throws Exception {
        LoginSession browser = LoginSession.signIn(app.port(), InProcessRolewire.USER, InProcessRolewire.PASSWORD);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(browser.uri("/runs")));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body())
                .contains(UNAVAILABLE)
                .doesNotContain("Exception")
                .doesNotContain("at io.rolewire");
    }

    private static Set<Long> createRuns(InProcessRolewire app, int count) throws IOException, InterruptedException {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> answer = app.createRun();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            ids.add(id(answer));
        }
        return ids;
    }

    private static long id(HttpResponse<String> created) {
        return JsonMapper.shared().readTree(created.body()).path("id").asLong();
    }

    private static Tmpfs mountOrSkip(Path mountPoint) throws InterruptedException {
        try {
            return Tmpfs.mount(mountPoint, 32);
        } catch (IOException notPermitted) {
            // a capability of the machine, not something CI installs: skip everywhere
            Assumptions.abort("cannot mount a tmpfs here (root and mount permission needed): " + notPermitted);
            return null;
        }
    }
}
