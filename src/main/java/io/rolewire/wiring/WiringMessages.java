package io.rolewire.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads the English texts of violation codes from the same bundle Spring serves to the web layer,
 * so a default message can never drift from the localisable one.
 */
final class WiringMessages {

    static final String BUNDLE = "/wiring-messages.properties";

    private static final Properties PATTERNS = load();

    private WiringMessages() {}

    static boolean hasCode(String code) {
        return PATTERNS.containsKey(code);
    }

    /**
     * Formats like Spring's MessageSource does by default: a message without arguments is used as it
     * is, one with arguments goes through {@link MessageFormat} (so it writes '' for an apostrophe).
     */
    static String format(String code, List<Object> args) {
        String pattern = PATTERNS.getProperty(code);
        if (pattern == null) {
            throw new IllegalStateException("No message for violation code " + code + " in " + BUNDLE);
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray());
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = WiringMessages.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
