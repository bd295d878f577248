package io.rolewire.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HclWriterTest {

    @Test
    void quotedStringsEscapeEverythingThatCouldEndThemOrStartATemplate() {
        assertThat(HclWriter.quoted("a\"b")).isEqualTo("\"a\\\"b\"");
        assertThat(HclWriter.quoted("back\\slash")).isEqualTo("\"back\\\\slash\"");
        assertThat(HclWriter.quoted("line\nbreak\r\ttab")).isEqualTo("\"line\\nbreak\\r\\ttab\"");
        assertThat(HclWriter.quoted("${var.secret}")).isEqualTo("\"$${var.secret}\"");
        assertThat(HclWriter.quoted("%{ if true }x%{ endif }")).isEqualTo("\"%%{ if true }x%%{ endif }\"");
        assertThat(HclWriter.quoted("bell\u0007")).isEqualTo("\"bell\\u0007\"");
    }

    @Test
    void anAlreadyDoubledTemplateMarkerStaysLiteral() {
        // "$${" in the value must come back as "$${": one more "$" in front of the escaped "$${"
        assertThat(HclWriter.quoted("$${x}")).isEqualTo("\"$$${x}\"");
    }

    @Test
    void labelsAndAttributeNamesMustBeIdentifiers() {
        assertThatThrownBy(() -> new HclWriter().open("resource", "aws_iam_role", "my role\" {"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HclWriter().string("name = \"x\"\nevil", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HclWriter().open("resource", "aws_iam_role", "1source"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new HclWriter()
                        .open("resource", "aws_iam_role", "source_1-a")
                        .close()
                        .text())
                .isEqualTo("resource \"aws_iam_role\" \"source_1-a\" {\n}\n");
    }

    @Test
    void aCommentWithLineBreaksStaysAComment() {
        String text =
                new HclWriter().comment("role x\nresource \"evil\" \"x\" {}").text();

        assertThat(text.lines()).allSatisfy(line -> assertThat(line).startsWith("#"));
    }

    @Test
    void heredocsDoubleTemplateMarkersAndRefuseTheirOwnDelimiter() {
        String text = new HclWriter()
                .heredoc("policy", "{\"Resource\": \"arn:aws:s3:::b/${aws:username}/%{x}\"}")
                .text();

        assertThat(text)
                .isEqualTo("policy = <<-EOT\n  {\"Resource\": \"arn:aws:s3:::b/$${aws:username}/%%{x}\"}\nEOT\n");
        assertThatThrownBy(() -> new HclWriter().heredoc("policy", "[\nEOT\n]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapKeysAreQuoted() {
        String text = new HclWriter()
                .stringMap("tags", Map.of("rolewire:run-id", "4\"2"))
                .text();

        assertThat(text).isEqualTo("tags = {\n  \"rolewire:run-id\" = \"4\\\"2\"\n}\n");
    }
}
