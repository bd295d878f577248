package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.DocumentDiff.Kind;
import io.rolewire.wiring.DocumentDiff.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentComparisonTest {

    @Test
    void onlyTheChangedRowsWithTwoRowsOfContextAndAGapForTheRest() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Row(Kind.SAME, "line " + i, "line " + i));
        }
        rows.set(5, new Row(Kind.CHANGED, "old", "new"));
        DocumentComparison comparison = new DocumentComparison("k", true, true, true, new DocumentDiff(rows));

        List<DocumentComparison.Line> lines = comparison.lines(false);

        assertThat(lines)
                .extracting(DocumentComparison.Line::kind)
                .containsExactly("gap", "same", "same", "changed", "same", "same", "gap");
        assertThat(lines.get(0).skipped()).isEqualTo(3);
        assertThat(lines.get(6).skipped()).isEqualTo(2);
        assertThat(lines.get(1).row().left()).isEqualTo("line 3");
    }

    @Test
    void fullShowsEveryRow() {
        List<Row> rows = List.of(
                new Row(Kind.SAME, "a", "a"),
                new Row(Kind.SAME, "b", "b"),
                new Row(Kind.SAME, "c", "c"),
                new Row(Kind.ADDED, null, "d"));
        DocumentComparison comparison = new DocumentComparison("k", true, true, true, new DocumentDiff(rows));

        assertThat(comparison.lines(true)).hasSize(4).noneMatch(line -> line.row() == null);
        assertThat(comparison.lines(false))
                .extracting(DocumentComparison.Line::kind)
                .containsExactly("gap", "same", "same", "added");
    }

    @Test
    void anUnchangedDocumentHasNoLinesToShow() {
        assertThat(new DocumentComparison("k", true, true, false, null).lines(false))
                .isEmpty();
    }
}
