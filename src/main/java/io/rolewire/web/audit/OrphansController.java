package io.rolewire.web.audit;

import io.rolewire.apply.OrphanSweep;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The orphan sweep for reviewers and admins: every wired destination role's live trust read for
 * principals that became unique IDs. It reads AWS, so it runs when asked (the button), not on every
 * visit; a repair is a copy of a suspect run into a new wiring, which re-wires the current ARN.
 */
@Controller
@RequestMapping("/audit/orphans")
class OrphansController {

    private final OrphanSweep sweep;

    OrphansController(OrphanSweep sweep) {
        this.sweep = sweep;
    }

    @ModelAttribute("nav")
    String nav() {
        return "integrity";
    }

    @GetMapping
    String showOrphans(@RequestParam(defaultValue = "false") boolean sweep, Model model) {
        if (sweep) {
            model.addAttribute("result", this.sweep.sweep());
        }
        return "audit/orphans";
    }
}
