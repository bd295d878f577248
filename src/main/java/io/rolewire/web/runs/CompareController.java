package io.rolewire.web.runs;

import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Wiring;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Side by side, the documents of any two runs (e.g. how a destination trust changed between two
 * applies), compared semantically: reordering principals or actions is not a change.
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
    String showComparison(@Valid @ModelAttribute("compare") CompareQuery query, BindingResult result, Model model) {
        if (result.hasErrors() || !query.complete()) {
            return "runs/compare";
        }
        Optional<Run> left = find(query.leftId(), "left", result);
        Optional<Run> right = find(query.rightId(), "right", result);
        if (left.isPresent() && right.isPresent()) {
            model.addAttribute("leftRun", left.get());
            model.addAttribute("rightRun", right.get());
            model.addAttribute("comparisons", DocumentComparison.of(left.get(), right.get(), wiring));
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
