package io.rolewire.wiring;

import static io.rolewire.wiring.GeneratedTrustPolicies.statementsOf;
import static io.rolewire.wiring.GeneratedTrustPolicies.trustsRole;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Merge properties over many generated trust policies (see {@link GeneratedTrustPolicies}). */
class TrustMergeProperties {

    private static final String OURS = WiringInputs.SOURCE_ROLE_ARN;

    private final Wiring wiring = new Wiring();
    private final WiringInput input = WiringInputs.seed003().build();

    @Property(tries = 300)
    void mergingIsIdempotent(@ForAll("trustPolicies") ObjectNode existing) {
        MergeResult once = wiring.mergeDestinationTrust(existing.toString(), input);
        MergeResult twice = wiring.mergeDestinationTrust(once.document(), input);

        assertThat(twice.changed()).isFalse();
        assertThat(twice.document()).isEqualTo(once.document());
    }

    @Property(tries = 300)
    void mergingNeverDropsAStatement(@ForAll("trustPolicies") ObjectNode existing) {
        MergeResult merged = wiring.mergeDestinationTrust(existing.toString(), input);

        List<JsonNode> after =
                List.copyOf(GoldenJson.parse(merged.document()).get("Statement").values());
        assertThat(after).containsAll(statementsOf(existing));
        assertThat(after).hasSize(statementsOf(existing).size() + (merged.changed() ? 1 : 0));
    }

    @Property(tries = 300)
    void mergedPolicyHasExactlyOneStatementTrustingTheSourceRole(@ForAll("trustPolicies") ObjectNode existing) {
        boolean hadOne = statementsOf(existing).stream().anyMatch(this::trustsOurRole);

        MergeResult merged = wiring.mergeDestinationTrust(existing.toString(), input);

        assertThat(merged.changed()).isEqualTo(!hadOne);
        assertThat(statementsOf(GoldenJson.parse(merged.document())))
                .filteredOn(this::trustsOurRole)
                .hasSize(1);
    }

    private boolean trustsOurRole(JsonNode statement) {
        return trustsRole(statement, OURS);
    }

    @Provide
    Arbitrary<ObjectNode> trustPolicies() {
        return GeneratedTrustPolicies.trustPolicies(OURS);
    }
}
