package io.rolewire.web.home;

import io.rolewire.runs.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after sign-in, one part per role held: creators (operators, admins) their open
 * wizard drafts and their own runs by state, admins the requests waiting for them, reviewers the
 * recent activity, the verification failures and the integrity status.
 */
@Controller
class HomeController {

    private final HomePage home;

    HomeController(HomePage home) {
        this.home = home;
    }

    @GetMapping("/")
    String showHome(ActingUser user, Model model) {
        model.addAttribute("nav", "home");
        model.addAllAttributes(home.of(user));
        return "home";
    }
}
