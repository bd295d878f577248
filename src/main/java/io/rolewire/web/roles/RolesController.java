package io.rolewire.web.roles;

import io.rolewire.audit.RoleWirings;
import io.rolewire.wiring.RoleArn;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "Where is this role wired?": for a role ARN in either account, its runs and its wirings in force. */
@Controller
class RolesController {

    static final int RUN_LIMIT = 200;

    private final RoleWirings wirings;

    RolesController(RoleWirings wirings) {
        this.wirings = wirings;
    }

    @ModelAttribute("nav")
    String nav() {
        return "roles";
    }

    @GetMapping("/roles")
    String showRole(@Valid @ModelAttribute("role") RoleQuery query, BindingResult result, Model model) {
        if (result.hasErrors() || !query.given()) {
            return "roles/wired";
        }
        Optional<RoleArn> arn = RoleArn.parse(query.arn());
        if (arn.isEmpty()) {
            result.rejectValue("arn", "roles.arn.format");
            return "roles/wired";
        }
        RoleArn role = arn.get();
        model.addAttribute("roleArn", role);
        model.addAttribute("inForce", wirings.inForce(role.accountId(), role.roleName()));
        model.addAttribute("runs", wirings.runsTouching(role.accountId(), role.roleName(), RUN_LIMIT));
        model.addAttribute("runLimit", RUN_LIMIT);
        return "roles/wired";
    }
}
