package io.rolewire.web.runs;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: a way into the wizard and the latest runs. */
@Controller
class HomeController {

    static final int RECENT_RUNS = 5;

    private final RunHistory history;

    HomeController(RunHistory history) {
        this.history = history;
    }

    @GetMapping("/")
    String showHome(Model model) {
        model.addAttribute("nav", "home");
        model.addAttribute("recent", history.search(HistoryFilter.none(), null, RECENT_RUNS));
        return "home";
    }
}
