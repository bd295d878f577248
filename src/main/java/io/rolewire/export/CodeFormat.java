package io.rolewire.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two "as code" formats; {@link #slug()} is their name in URLs, file names and the record. */
public enum CodeFormat {
    TERRAFORM("terraform"),
    CLOUDFORMATION("cloudformation");

    private final String slug;

    CodeFormat(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** {@code terraform} or {@code cloudformation}, any case; anything else is empty. */
    public static Optional<CodeFormat> fromSlug(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.slug.equals(wanted)).findFirst();
    }
}
