package io.rolewire.web.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;

/** What every wizard page shows around its form: the draft, the progress and the choices. */
final class WizardPage {

    /** One entry of the progress list, in terms a template can read. */
    public record StepItem(String path, int number, boolean current, boolean done) {}

    private WizardPage() {}

    static void describe(Step step, UUID draftId, WizardState state, Model model) {
        model.addAttribute("draftId", draftId);
        model.addAttribute("step", step.path());
        model.addAttribute(
                "previousStep", step == Step.WORKLOAD ? null : step.previous().path());
        model.addAttribute("steps", progress(step));
        model.addAttribute("workload", state.chosenWorkload().name());
        model.addAttribute("regions", RegionChoices.offered(state.workload().region()));
    }

    private static List<StepItem> progress(Step current) {
        return Arrays.stream(Step.values())
                .map(s -> new StepItem(s.path(), s.number(), s == current, s.ordinal() < current.ordinal()))
                .toList();
    }
}
