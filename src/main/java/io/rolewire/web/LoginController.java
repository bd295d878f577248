package io.rolewire.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles POST /login and POST /logout itself. */
@Controller
class LoginController {

    @GetMapping("/login")
    String showLogin() {
        return "login";
    }
}
