package io.rolewire.apply.internal;

import io.rolewire.apply.Side;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.wiring.DesiredResources;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources of a run in the order the apply writes them, each with its account's side; wiring
 * derives them from the stored documents ({@link DesiredResources}), so the apply writes exactly what
 * was previewed and approved.
 */
final class ResourceSpecs {

    private ResourceSpecs() {}

    static List<ResourceSpec> of(Run run) {
        if (run.kind() == RunKind.UNWIRE) {
            return Removals.of(run);
        }
        DesiredResources desired = DesiredResources.of(run.input(), run.documents());
        List<ResourceSpec> specs = new ArrayList<>();
        desired.source().forEach(resource -> specs.add(new ResourceSpec(Side.SOURCE, resource)));
        desired.destination().forEach(resource -> specs.add(new ResourceSpec(Side.DESTINATION, resource)));
        return specs;
    }
}
