package io.rolewire.wiring;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/**
 * Compares two versions of a document line by line after bringing JSON into its semantic form
 * (java-diff-utils does the alignment). Text that is not JSON (INI, shell) is compared as it is.
 */
final class DocumentDiffer {

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .reportLinesUnchanged(true)
            .build();

    private DocumentDiffer() {}

    static DocumentDiff diff(String oldText, String newText) {
        List<DiffRow> rows = ROWS.generateDiffRows(lines(oldText), lines(newText));
        return new DocumentDiff(rows.stream().map(DocumentDiffer::row).toList());
    }

    /** Line by line as stored, nothing normalised: what a person downloads is what they see. */
    static DocumentDiff asStored(String oldText, String newText) {
        List<DiffRow> rows = ROWS.generateDiffRows(storedLines(oldText), storedLines(newText));
        return new DocumentDiff(rows.stream().map(DocumentDiffer::row).toList());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(semanticForm(text).split("\n", -1));
    }

    private static List<String> storedLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    private static String semanticForm(String text) {
        try {
            return CanonicalJson.pretty(SemanticJson.of(CanonicalJson.parse(text)));
        } catch (CanonicalJson.InvalidJsonException notJson) {
            return text.strip();
        }
    }

    private static DocumentDiff.Row row(DiffRow row) {
        return switch (row.getTag()) {
            case EQUAL -> new DocumentDiff.Row(DocumentDiff.Kind.SAME, row.getOldLine(), row.getNewLine());
            case CHANGE -> new DocumentDiff.Row(DocumentDiff.Kind.CHANGED, row.getOldLine(), row.getNewLine());
            case INSERT -> new DocumentDiff.Row(DocumentDiff.Kind.ADDED, null, row.getNewLine());
            case DELETE -> new DocumentDiff.Row(DocumentDiff.Kind.REMOVED, row.getOldLine(), null);
        };
    }
}
