package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlanHashTest {

    private static Preview preview(WiringInputs inputs) {
        return new Wiring().preview(inputs.build());
    }

    @Test
    void sameInputGivesTheSameHashEveryTime() {
        String first = preview(WiringInputs.seed003()).planHash();

        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(preview(WiringInputs.seed003()).planHash()).isEqualTo(first);
    }

    @Test
    void anyChangeInAnyDocumentChangesTheHash() {
        String seed = preview(WiringInputs.seed003()).planHash();

        assertThat(preview(WiringInputs.seed003().task("verify-assume-cross-account-role", "test", "other-image"))
                        .planHash())
                .isNotEqualTo(seed);
        assertThat(preview(WiringInputs.seed003().ecsExec()).planHash()).isNotEqualTo(seed);
        assertThat(preview(WiringInputs.seed003().region("eu-west-1")).planHash())
                .isNotEqualTo(seed);
    }

    @Test
    void hashIsSha256OfTheCanonicalCompactKeysAndContents() throws Exception {
        Preview preview = preview(WiringInputs.seed003());
        ArrayNode all = CanonicalJson.array();
        for (Document document : preview.documents()) {
            ObjectNode entry = all.addObject().put("key", document.key());
            if (document.format() == DocumentFormat.JSON) {
                entry.set("content", CanonicalJson.parse(document.content()));
            } else {
                entry.put("content", document.content());
            }
        }

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(CanonicalJson.compact(all).getBytes(StandardCharsets.UTF_8));
        assertThat(preview.planHash()).isEqualTo(HexFormat.of().formatHex(digest));
    }
}
