package io.rolewire.web.api;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/plans}: the documents in display order (a JSON object for JSON documents,
 * the text for INI and shell ones), the findings most severe first, and the plan hash.
 */
record PlanResponse(Map<String, Object> documents, List<FindingResponse> findings, String planHash) {}
