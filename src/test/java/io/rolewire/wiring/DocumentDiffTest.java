package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.wiring.DocumentDiff.Kind;
import io.rolewire.wiring.DocumentDiff.Row;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    private final Wiring wiring = new Wiring();

    private static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"AWS":["arn:aws:iam::111122223333:role/a","arn:aws:iam::111122223333:role/b"]},
             "Action":["sts:AssumeRole","sts:TagSession"],
             "Condition":{"StringEquals":{"aws:PrincipalTag/team":["red","blue"]}}}]}""";

    @Test
    void orderOfPrincipalsActionsAndConditionValuesIsNoChange() {
        String reordered = """
                {"Statement":{"Action":["sts:TagSession","sts:AssumeRole"],"Effect":"Allow",
                 "Condition":{"StringEquals":{"aws:PrincipalTag/team":["blue","red"]}},
                 "Principal":{"AWS":["arn:aws:iam::111122223333:role/b","arn:aws:iam::111122223333:role/a"]}},
                 "Version":"2012-10-17"}""";

        assertThat(wiring.diff(TRUST, reordered).changed()).isFalse();
    }

    @Test
    void aSingleStringEqualsAOneElementList() {
        String asString = """
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole",
                 "Resource":"arn:aws:iam::555566667777:role/d"}}""";
        String asList = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],
                 "Resource":["arn:aws:iam::555566667777:role/d"]}]}""";

        assertThat(wiring.diff(asString, asList).changed()).isFalse();
    }

    @Test
    void anAddedPrincipalShowsAsAnAddedLineOnTheRight() {
        String withThird = TRUST.replace(
                "\"arn:aws:iam::111122223333:role/b\"",
                "\"arn:aws:iam::111122223333:role/b\",\"arn:aws:iam::444455556666:role/c\"");

        DocumentDiff diff = wiring.diff(TRUST, withThird);

        assertThat(diff.changed()).isTrue();
        assertThat(diff.rows())
                .filteredOn(row -> row.kind() != Kind.SAME)
                .extracting(Row::right)
                .anyMatch(line -> line.contains("444455556666:role/c"));
    }

    @Test
    void aChangedResourceIsAChangedRowWithBothVersions() {
        String before = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::old/key\"}]}";
        String after = before.replace("old/key", "new/key");

        Row changed = wiring.diff(before, after).rows().stream()
                .filter(row -> row.kind() != Kind.SAME)
                .findFirst()
                .orElseThrow();

        assertThat(changed.kind()).isEqualTo(Kind.CHANGED);
        assertThat(changed.left()).contains("old/key");
        assertThat(changed.right()).contains("new/key");
    }

    @Test
    void statementOrderInsideATaskDefinitionStillCounts() {
        String one = "{\"containerDefinitions\":[{\"name\":\"a\"},{\"name\":\"b\"}]}";
        String other = "{\"containerDefinitions\":[{\"name\":\"b\"},{\"name\":\"a\"}]}";

        assertThat(wiring.diff(one, other).changed()).isTrue();
    }

    @Test
    void aDocumentThatDidNotExistBeforeIsAllAdded() {
        DocumentDiff diff = wiring.diff(null, TRUST);

        assertThat(diff.rows()).isNotEmpty().allMatch(row -> row.kind() == Kind.ADDED && row.left() == null);
    }

    @Test
    void textDocumentsAreComparedLineByLine() {
        String before = "[profile d]\nrole_arn = arn:aws:iam::555566667777:role/d\ncredential_source = EcsContainer\n";
        String after = before.replace("EcsContainer", "Ec2InstanceMetadata");

        assertThat(wiring.diff(before, after).rows())
                .filteredOn(row -> row.kind() == Kind.CHANGED)
                .singleElement()
                .satisfies(row -> assertThat(row.right()).contains("Ec2InstanceMetadata"));
    }

    @Test
    void theRenderedTrustEqualsTheSeedsDespiteItsStatementArray() {
        String seedShape =
                GoldenJson.golden("seed003-destination-trust-policy.json").toString();
        String rendered = wiring.preview(WiringInputs.seed003().build())
                .document(DocumentKeys.DESTINATION_TRUST_POLICY)
                .orElseThrow()
                .content();

        assertThat(wiring.diff(
                                seedShape
                                        .replace("5555666677778888", "555566667777")
                                        .replace("1111222233334444", "111122223333"),
                                rendered)
                        .changed())
                .isFalse();
    }
}
