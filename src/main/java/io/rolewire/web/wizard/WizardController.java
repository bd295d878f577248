package io.rolewire.web.wizard;

import static io.rolewire.web.wizard.WizardChecks.FORM;

import io.rolewire.runs.Actor;
import io.rolewire.web.FlashMessage;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The input steps of the wizard, one URL each. A POST checks the step (syntax with
 * {@code @Valid}, then the wiring core's rules for this step), and either re-renders with the
 * errors or saves the draft and redirects to the next step. Back saves what was typed unchecked.
 */
@Controller
@RequestMapping("/wizard")
class WizardController {

    private final WizardStore store;
    private final WizardChecks checks;
    private final RegionChoices regions;

    WizardController(WizardStore store, WizardChecks checks, RegionChoices regions) {
        this.store = store;
        this.checks = checks;
        this.regions = regions;
    }

    @ModelAttribute("nav")
    String nav() {
        return "wizard";
    }

    @GetMapping
    String showNewWizard(Actor actor) {
        return redirectTo(store.start(actor), Step.WORKLOAD);
    }

    /** A draft's own URL resumes it at the first step; every step keeps what was saved. */
    @GetMapping("/{draftId}")
    String showDraft(@PathVariable UUID draftId, Actor actor) {
        store.load(draftId, actor);
        return redirectTo(draftId, Step.WORKLOAD);
    }

    /** Deleting is for the owner only: someone else's draft is missing (404), like on every step. */
    @PostMapping("/{draftId}/delete")
    String processDelete(@PathVariable UUID draftId, Actor actor, RedirectAttributes redirect) {
        store.delete(draftId, actor);
        FlashMessage.success(redirect, "wizard.flash.deleted");
        return "redirect:/";
    }

    /** {@code ?check} shows the saved values with their errors (used when the preview refused). */
    @GetMapping("/{draftId}/{step:workload|source|destination|details}")
    String showStep(
            @PathVariable UUID draftId,
            @PathVariable("step") String path,
            @RequestParam(required = false) String check,
            Actor actor,
            Model model) {
        Step step = Step.valueOf(path.toUpperCase(Locale.ROOT));
        WizardState state = store.load(draftId, actor);
        model.addAttribute(FORM, step.formOf(state));
        if (check != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, checks.check(step, state));
        }
        return page(step, draftId, state, model);
    }

    @PostMapping("/{draftId}/workload")
    String processWorkload(
            @PathVariable UUID draftId,
            @Valid @ModelAttribute(FORM) WorkloadForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return process(Step.WORKLOAD, draftId, actor, s -> s.withWorkload(form), result, model, redirect);
    }

    @PostMapping("/{draftId}/source")
    String processSource(
            @PathVariable UUID draftId,
            @Valid @ModelAttribute(FORM) SourceForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return process(Step.SOURCE, draftId, actor, s -> s.withSource(form), result, model, redirect);
    }

    @PostMapping(path = "/{draftId}/source", params = "back")
    String processSourceBack(
            @PathVariable UUID draftId,
            @ModelAttribute(FORM) SourceForm form,
            Actor actor,
            RedirectAttributes redirect) {
        return back(Step.SOURCE, draftId, actor, s -> s.withSource(form), redirect);
    }

    @PostMapping("/{draftId}/destination")
    String processDestination(
            @PathVariable UUID draftId,
            @Valid @ModelAttribute(FORM) DestinationForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return process(Step.DESTINATION, draftId, actor, s -> s.withDestination(form), result, model, redirect);
    }

    @PostMapping(path = "/{draftId}/destination", params = "back")
    String processDestinationBack(
            @PathVariable UUID draftId,
            @ModelAttribute(FORM) DestinationForm form,
            Actor actor,
            RedirectAttributes redirect) {
        return back(Step.DESTINATION, draftId, actor, s -> s.withDestination(form), redirect);
    }

    @PostMapping("/{draftId}/details")
    String processDetails(
            @PathVariable UUID draftId,
            @Valid @ModelAttribute(FORM) DetailsForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return process(Step.DETAILS, draftId, actor, s -> s.withDetails(form), result, model, redirect);
    }

    @PostMapping(path = "/{draftId}/details", params = "back")
    String processDetailsBack(
            @PathVariable UUID draftId,
            @ModelAttribute(FORM) DetailsForm form,
            Actor actor,
            RedirectAttributes redirect) {
        return back(Step.DETAILS, draftId, actor, s -> s.withDetails(form), redirect);
    }

    private String process(
            Step step,
            UUID draftId,
            Actor actor,
            UnaryOperator<WizardState> update,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.getTarget() == null) {
            // the form could not even be built: a parameter named an object (ecs=v), not a field
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        WizardState state = update.apply(store.load(draftId, actor));
        BindingResult checked = checks.bindViolations(step, state, result);
        if (checked.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, checked);
            return page(step, draftId, state, model);
        }
        store.save(draftId, actor, state);
        FlashMessage.success(redirect, "wizard.flash.saved");
        return redirectTo(draftId, step.next());
    }

    private String back(
            Step step, UUID draftId, Actor actor, UnaryOperator<WizardState> update, RedirectAttributes redirect) {
        store.save(draftId, actor, update.apply(store.load(draftId, actor)));
        FlashMessage.success(redirect, "wizard.flash.kept");
        return redirectTo(draftId, step.previous());
    }

    private String page(Step step, UUID draftId, WizardState state, Model model) {
        WizardPage.describe(
                step, draftId, state, regions.offered(state.workload().region()), model);
        return step.view();
    }

    static String redirectTo(UUID draftId, Step step) {
        return "redirect:/wizard/" + draftId + "/" + step.path();
    }
}
