package io.rolewire.runs.internal;

import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the runs tables. Deliberately not a {@code JsonMapper} bean: that would
 * replace the web layer's auto-configured mapper. Stored JSON must stay readable after the input
 * records grow or lose a field, hence the lenient reading.
 */
class RunJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    <T> List<T> readList(String json, Class<T> elementType) {
        return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    }
}
