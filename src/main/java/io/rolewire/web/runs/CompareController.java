package io.rolewire.web.runs;

import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Wiring;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Side by side, the documents of any two runs (e.g. how a destination trust changed between two
 * applies), compared semantically: reordering principals or actions is not a change. By default only
 * the differences: the inputs that changed, then the changed lines of each changed document as
 * stored; unchanged documents are listed, collapsed.
 */
@Controller
class CompareController {

    private final Runs runs;
    private final Wiring wiring;

    CompareController(Runs runs, Wiring wiring) {
        this.runs = runs;
        this.wiring = wiring;
    }

    @ModelAttribute("nav")
    String nav() {
        return "runs";
    }

    @GetMapping("/runs/compare")
    /** @param full every line of each changed document, and the unchanged ones open */
    String showComparison(
            @Valid @ModelAttribute("compare") CompareQuery query,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean full,
            Model model) {
        if (query.wrongTicks()) {
            result.reject(
                    "compare.tick.two", new Object[] {String.valueOf(query.run().size())}, "Tick two runs");
        }
        model.addAttribute("full", full);
        if (result.hasErrors() || !query.complete()) {
            return "runs/compare";
        }
        Optional<Run> left = find(query.leftId(), "left", result);
        Optional<Run> right = find(query.rightId(), "right", result);
        if (left.isPresent() && right.isPresent()) {
            model.addAttribute("leftRun", left.get());
            model.addAttribute("rightRun", right.get());
            List<DocumentComparison> comparisons = DocumentComparison.of(left.get(), right.get(), wiring);
            model.addAttribute(
                    "changedDocuments",
                    comparisons.stream().filter(DocumentComparison::changed).toList());
            model.addAttribute(
                    "sameDocuments",
                    comparisons.stream().filter(c -> !c.changed()).toList());
            model.addAttribute(
                    "inputChanges",
                    InputChanges.between(left.get().input(), right.get().input()));
        }
        return "runs/compare";
    }

    private Optional<Run> find(long id, String field, BindingResult result) {
        Optional<Run> run = runs.find(id);
        if (run.isEmpty()) {
            result.rejectValue(field, "compare.run.notFound", new Object[] {String.valueOf(id)}, "Run not found");
        }
        return run;
    }
}
