package io.rolewire.web.audit;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.Checkpoints;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.WiringInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CheckpointsTest {

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    Runs runs;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    MockMvc mvc;

    static final Path SINK = temporarySink();

    @DynamicPropertySource
    static void sink(DynamicPropertyRegistry registry) {
        registry.add("rolewire.audit.checkpoint-dir", SINK::toString);
    }

    private static Path temporarySink() {
        try {
            return Files.createTempDirectory("rolewire-checkpoints");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCheckpointSignsTheHeadWithTheShownKeyAndIsWrittenOutsideTheDatabase() throws Exception {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        runs.createDraft(input, previewFor(input), new Actor("operator"));

        Checkpoint checkpoint = checkpoints.checkpointNow().orElseThrow();

        long events = sql.queryForObject("select count(*) from run_events", Long.class);
        assertThat(checkpoint.treeSize()).isEqualTo(events);
        assertThat(checkpoint.chainHead())
                .isEqualTo(
                        sql.queryForObject("select hash from run_events order by position desc limit 1", String.class));
        assertThat(checkpoint.signedText()).contains("tree-size " + events + "\n", "root " + checkpoint.rootHash());
        assertThat(verifies(checkpoint, checkpoints.publicKeyPem())).isTrue();
        Path file = SINK.resolve(String.format("checkpoint-%012d.txt", events));
        assertThat(Files.readString(file))
                .isEqualTo(checkpoint.signedText() + "signature " + checkpoint.signature() + "\n");
        assertThat(checkpoints.checkpointNow()).as("nothing appended since").isEmpty();
        assertThat(checkpoints.latest(1)).containsExactly(checkpoint);
    }

    @Test
    void aTamperedCheckpointTextNoLongerVerifies() throws Exception {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        runs.createDraft(input, previewFor(input), new Actor("operator"));
        Checkpoint checkpoint = checkpoints.checkpointNow().orElseThrow();

        Checkpoint forged = new Checkpoint(
                checkpoint.treeSize() - 1,
                checkpoint.rootHash(),
                checkpoint.chainHead(),
                checkpoint.issuedAt(),
                checkpoint.keyId(),
                checkpoint
                        .signedText()
                        .replace("tree-size " + checkpoint.treeSize(), "tree-size " + (checkpoint.treeSize() - 1)),
                checkpoint.signature());

        assertThat(verifies(forged, checkpoints.publicKeyPem())).isFalse();
    }

    @Test
    void theIntegrityPageShowsThePublicKeyAndReviewersMaySignOnDemand() throws Exception {
        mvc.perform(get("/audit/integrity").with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//pre[@id='checkpoint-public-key']").string(checkpoints.publicKeyPem()))
                .andExpect(xpath("//button[@id='sign-checkpoint']").exists());
        mvc.perform(post("/audit/checkpoints")
                        .with(user("reviewer").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/audit/integrity#checkpoints"));
        mvc.perform(post("/audit/checkpoints")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/checkpoints").with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isForbidden());
    }

    static boolean verifies(Checkpoint checkpoint, String publicKeyPem) throws Exception {
        String base64 = publicKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
    }
}
