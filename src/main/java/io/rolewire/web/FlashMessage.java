package io.rolewire.web;

import java.io.Serializable;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once after a redirect (PRG). It carries a message key and its arguments, not
 * text, so the layout resolves it in the reader's locale.
 *
 * @param level a Bootstrap alert level: {@code success}, {@code info} or {@code warning}
 */
public record FlashMessage(String level, String code, List<String> args) implements Serializable {

    public static final String ATTRIBUTE = "flash";

    public FlashMessage {
        args = List.copyOf(args);
    }

    public static void success(RedirectAttributes redirect, String code, String... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("success", code, List.of(args)));
    }

    public static void warning(RedirectAttributes redirect, String code, String... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("warning", code, List.of(args)));
    }
}
