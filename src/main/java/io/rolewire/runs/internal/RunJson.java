package io.rolewire.runs.internal;

import io.rolewire.wiring.Json;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the runs tables, in the application's one configuration ({@link Json}): canonical when
 * written, so the stored bytes are what the record digests; lenient when read, so stored JSON
 * stays readable after the input records grow a field.
 */
class RunJson {

    private final JsonMapper mapper = Json.mapper();

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
