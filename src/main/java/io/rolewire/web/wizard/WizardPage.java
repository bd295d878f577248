package io.rolewire.web.wizard;

import io.rolewire.wiring.TaskSizes;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;

/** What every wizard page shows around its form: the draft, the progress and the choices. */
final class WizardPage {

    /**
     * One entry of the progress list, in terms a template can read. A step before the current one
     * is done and is a link back to it; later steps are not links (they need the earlier ones).
     */
    public record StepItem(String path, int number, boolean current, boolean done) {}

    private WizardPage() {}

    static void describe(Step step, UUID draftId, WizardState state, List<String> regions, Model model) {
        model.addAttribute("draftId", draftId);
        model.addAttribute("step", step.path());
        model.addAttribute(
                "previousStep", step == Step.WORKLOAD ? null : step.previous().path());
        model.addAttribute("steps", progress(step));
        model.addAttribute("workload", state.chosenWorkload().name());
        model.addAttribute("regions", regions);
        model.addAttribute("fargateSizes", FargateSizes.offered());
        model.addAttribute(
                "fargateSizeOffered", FargateSizes.isOffered(state.ecs().fargateSize()));
        model.addAttribute("ec2MaxCpu", TaskSizes.ec2MaxCpu());
        model.addAttribute("ec2MinTaskCpu", TaskSizes.ec2MinTaskCpu());
        model.addAttribute("ec2MinMemory", TaskSizes.ec2MinMemory());
        model.addAttribute("ec2MaxMemory", TaskSizes.ec2MaxMemory());
    }

    private static List<StepItem> progress(Step current) {
        return Arrays.stream(Step.values())
                .map(s -> new StepItem(s.path(), s.number(), s == current, s.ordinal() < current.ordinal()))
                .toList();
    }
}
