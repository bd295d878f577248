package io.rolewire.web;

import io.rolewire.security.SignInOptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the form for local users and/or a single sign-on button, as configured. Spring
 * Security handles POST /login, the OIDC redirects and POST /logout itself.
 */
@Controller
class LoginController {

    private final SignInOptions options;

    LoginController(SignInOptions options) {
        this.options = options;
    }

    @GetMapping("/login")
    String showLogin(Model model) {
        model.addAttribute("localUsers", options.localUsers());
        model.addAttribute("singleSignOn", options.singleSignOn().orElse(null));
        model.addAttribute("singleSignOnPath", SignInOptions.SINGLE_SIGN_ON_PATH);
        model.addAttribute("generatedPasswords", options.generatedPasswords().orElse(null));
        model.addAttribute("generatedLogLine", SignInOptions.GENERATED_LOG_LINE);
        return "login";
    }
}
