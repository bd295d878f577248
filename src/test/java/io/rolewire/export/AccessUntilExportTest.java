package io.rolewire.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A run with an end of access exports the stored trust, so its DateLessThan condition goes with it. */
class AccessUntilExportTest {

    private static final Instant END = Instant.parse("2099-01-31T00:00:00Z");

    @Test
    void terraformCarriesTheEndInOurMergedStatement() {
        CodeExport export =
                CodeExports.terraform(ExportRuns.run(ExportRuns.seed003().withAccessUntil(END)));

        assertThat(export.file("modules/destination/main.tf").content())
                .contains("\"DateLessThan\"", "\"aws:CurrentTime\": \"2099-01-31T00:00:00Z\"")
                .contains("override_policy_documents = [local.rolewire_statement]");
    }

    @Test
    void terraformAndCloudFormationCarryTheEndInTheTrustOfARoleTheyCreate() {
        ExportedRun run = ExportRuns.run(ExportRuns.seed003AllNew().withAccessUntil(END));

        assertThat(CodeExports.terraform(run)
                        .file("modules/destination/main.tf")
                        .content())
                .contains("assume_role_policy = <<-EOT", "\"aws:CurrentTime\": \"2099-01-31T00:00:00Z\"");
        assertThat(CodeExports.cloudFormation(run).files())
                .filteredOn(file -> file.path().contains("destination"))
                .singleElement()
                .satisfies(file ->
                        assertThat(file.content()).contains("DateLessThan", "aws:CurrentTime", "2099-01-31T00:00:00Z"));
    }
}
