package io.rolewire.web.tokens;

import io.rolewire.runs.Actor;
import io.rolewire.security.ApiToken;
import io.rolewire.security.ApiTokens;
import io.rolewire.security.Role;
import io.rolewire.security.TokenValidity;
import io.rolewire.web.FlashMessage;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My tokens": every signed-in user lists, creates and revokes their own API tokens. A new token's
 * secret travels once, as a flash attribute of the redirect, and is never readable again.
 */
@Controller
@RequestMapping("/tokens")
class TokensController {

    static final String ISSUED = "issuedSecret";

    private final ApiTokens tokens;
    private final Clock clock;

    TokensController(ApiTokens tokens, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping
    String showTokens(Actor actor, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.empty());
        }
        return page(actor, model);
    }

    @PostMapping
    String processCreate(
            Actor actor,
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Set<Role> grantable = tokens.grantableRoles(actor.username());
        Optional<Set<Role>> roles = form.toRoles(grantable);
        if (grantable.isEmpty()) {
            errors.reject("tokens.error.localOnly");
        } else if (roles.isEmpty()) {
            errors.rejectValue("roles", "tokens.error.roles.notYours");
        }
        if (errors.hasErrors()) {
            return page(actor, model);
        }
        ApiTokens.IssuedToken issued =
                tokens.create(actor.username(), form.name().strip(), form.toValidity(), roles.get());
        redirect.addFlashAttribute(ISSUED, issued.secret());
        FlashMessage.success(redirect, "tokens.created", issued.token().name());
        return "redirect:/tokens";
    }

    @PostMapping("/{id}/revoke")
    String processRevoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        ApiToken revoked = tokens.revoke(actor.username(), id).orElseThrow(() -> new TokenNotFoundException(id));
        FlashMessage.success(redirect, "tokens.revoked", revoked.name());
        return "redirect:/tokens";
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("nav", "tokens");
        model.addAttribute("now", clock.instant());
        model.addAttribute("tokens", tokens.list(actor.username()));
        model.addAttribute("grantable", tokens.grantableRoles(actor.username()));
        model.addAttribute("validities", TokenValidity.values());
        return "tokens/list";
    }
}
