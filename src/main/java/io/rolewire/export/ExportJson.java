package io.rolewire.export;

import io.rolewire.wiring.Json;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for people, in the order it was built: the project's mapper ({@link Json}) with its sorting
 * turned off, so a template reads AWSTemplateFormatVersion, Description, Resources, Outputs and a policy
 * Version, Statement, as stored. Two-space indent, "\n" line ends, as the run's documents are shown.
 */
final class ExportJson {

    private static final JsonMapper MAPPER = Json.mapper()
            .rebuild()
            .disable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(twoSpacePrinter());

    private ExportJson() {}

    static String pretty(JsonNode node) {
        return PRETTY.writeValueAsString(node) + "\n";
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    private static DefaultPrettyPrinter twoSpacePrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
