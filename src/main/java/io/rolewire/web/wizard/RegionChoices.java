package io.rolewire.web.wizard;

import io.rolewire.wiring.Regions;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The regions offered in the wizard's select: the wiring core's list, so the select never offers a
 * region the validation refuses (or hides one it accepts), sorted by the name a person knows them by
 * ({@code wizard.workload.region.option.CODE}). A saved value missing from it is still offered first,
 * so nothing typed earlier silently changes, unless it is longer than any region could be: such a
 * value is refused by the form anyway, and as an option it would only bloat the page.
 */
@Component
class RegionChoices {

    static final String LABEL = "wizard.workload.region.option.";

    /** The form's own limit on {@code region}. */
    private static final int LONGEST = 32;

    private final MessageSource messages;

    RegionChoices(MessageSource messages) {
        this.messages = messages;
    }

    List<String> offered(String current) {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        List<String> sorted = Regions.known().stream()
                .sorted(Comparator.comparing((String code) -> label(code, locale), collator))
                .toList();
        if (current == null || current.isBlank() || current.length() > LONGEST || sorted.contains(current)) {
            return sorted;
        }
        List<String> offered = new ArrayList<>(sorted);
        offered.add(0, current);
        return List.copyOf(offered);
    }

    private String label(String code, Locale locale) {
        return messages.getMessage(LABEL + code, null, code, locale);
    }
}
