package io.rolewire.audit.internal;

/**
 * Every CSV cell Rolewire writes goes through here. A text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to a spreadsheet (role
 * names like {@code =1+2} or {@code @A1} are valid IAM names), so it gets a leading {@code '}, which
 * spreadsheets read as "text". A cell that already starts with {@code '} before such a character
 * gets one too, so the rule can be undone exactly: strip one leading {@code '} when what follows
 * would itself have been neutralized. Numbers and other non-text values are written as they are.
 */
final class CsvCells {

    private CsvCells() {}

    static Object cell(Object value) {
        return value instanceof CharSequence text ? neutralized(text.toString()) : value;
    }

    static String neutralized(String text) {
        return needsQuote(text) ? "'" + text : text;
    }

    /** The text before {@link #neutralized}: how a verifier reads a cell back. */
    static String restored(String cell) {
        return cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return isFormulaStart(first) || (first == '\'' && needsQuote(text.substring(1)));
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
