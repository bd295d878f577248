package io.rolewire.wiring;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The end of a wiring's access, written into our destination trust statement as {@code
 * "Condition": {"DateLessThan": {"aws:CurrentTime": "2027-01-31T00:00:00Z"}}}: AWS itself refuses
 * the assume from that instant on, whatever Rolewire does afterwards.
 */
final class AccessEnd {

    static final String OPERATOR = "DateLessThan";
    static final String KEY = "aws:CurrentTime";

    /** An end sooner than this leaves no time to approve and apply the wiring before it ends. */
    static final Duration MIN_LEAD = Duration.ofMinutes(15);

    /** Beyond this an end is allowed but warned about: it reads like a typo of the year. */
    static final Duration LONG = Duration.ofDays(366);

    private AccessEnd() {}

    /** ISO 8601 in UTC with seconds, the form IAM's date condition operators take. */
    static String text(Instant until) {
        return DateTimeFormatter.ISO_INSTANT.format(until);
    }

    static ObjectNode addTo(ObjectNode statement, Instant until) {
        return until == null ? statement : Policies.withCondition(statement, OPERATOR, KEY, text(until));
    }

    /** Input time rules: an end must lie at least {@link #MIN_LEAD} after {@code now}. */
    static void check(Instant until, Instant now, Violations violations) {
        String minutes = String.valueOf(MIN_LEAD.toMinutes());
        if (until == null) {
            return;
        }
        if (!until.isAfter(now)) {
            violations.add("accessUntil", "wiring.accessUntil.past", text(until), text(now));
        } else if (until.isBefore(now.plus(MIN_LEAD))) {
            violations.add("accessUntil", "wiring.accessUntil.tooSoon", text(until), minutes);
        }
    }

    /**
     * Whether a statement's whole condition is our end of access, or it has none: then only the date
     * can differ from our statement. False when it has any other condition.
     */
    static boolean isOnlyCondition(JsonNode statement) {
        JsonNode condition = statement.path("Condition");
        return condition.isEmpty()
                || (condition.size() == 1 && written(statement).isPresent());
    }

    /** The end written in a statement's {@code DateLessThan aws:CurrentTime}, when it has one value. */
    static Optional<String> written(JsonNode statement) {
        JsonNode byOperator = statement.path("Condition").path(OPERATOR);
        if (byOperator.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<String, JsonNode> only = firstEntry(byOperator);
        List<String> values = IamJson.strings(only.getValue());
        boolean ourKey = only.getKey().toLowerCase(Locale.ROOT).equals(KEY.toLowerCase(Locale.ROOT));
        return ourKey && values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    /** Two written ends name the same instant (IAM also accepts them without seconds or with an offset). */
    static boolean same(Optional<String> written, Instant until) {
        if (written.isEmpty() || until == null) {
            return written.isEmpty() && until == null;
        }
        try {
            return Instant.from(DateTimeFormatter.ISO_DATE_TIME.parse(written.get()))
                    .equals(until);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Map.Entry<String, JsonNode> firstEntry(JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> entries = object.properties().iterator();
        return entries.next();
    }
}
