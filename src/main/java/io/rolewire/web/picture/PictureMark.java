package io.rolewire.web.picture;

import io.rolewire.apply.Change;
import java.util.List;

/**
 * What happens to one box of the picture. Each mark has its own word, symbol and stroke (rolewire.css),
 * so colour is never the only cue. The order is the precedence when several resources share a box:
 * the first that applies wins.
 */
public enum PictureMark {
    /** The account could not be read, or the apply cannot do it. */
    BLOCKED("×"),
    UNKNOWN("?"),
    /** Live differs from what this run applied (or is gone): someone changed it since. */
    DRIFT("!"),
    UPDATE("~"),
    /** Put onto an existing role; the live state was not read, so create or replace is not known yet. */
    WRITE("→"),
    CREATE("+"),
    UNCHANGED("="),
    /** Exists already and Rolewire does not write it (an existing role). */
    EXISTING("·");

    private final String symbol;

    PictureMark(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The CSS and message key suffix. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A live plan's change; after an apply, anything it would write again is drift. */
    static PictureMark of(Change change, boolean applied) {
        return switch (change) {
            case CREATE, UPDATE -> applied ? DRIFT : (change == Change.CREATE ? CREATE : UPDATE);
            case DELETE -> UPDATE;
            case UNCHANGED -> UNCHANGED;
            case BLOCKED -> BLOCKED;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The most telling of several marks (see the declaration order). */
    static PictureMark strongest(List<PictureMark> marks) {
        return marks.stream().min(Enum::compareTo).orElse(UNKNOWN);
    }
}
