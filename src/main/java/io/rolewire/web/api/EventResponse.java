package io.rolewire.web.api;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One event of a run; {@code detail} is the stored JSON, parsed (null when there is none). */
record EventResponse(String type, String actor, Instant at, JsonNode detail) {}
