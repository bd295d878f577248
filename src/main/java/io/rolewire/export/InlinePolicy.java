package io.rolewire.export;

import tools.jackson.databind.JsonNode;

/**
 * An inline policy put on a role, under the name Rolewire's apply gives it (so applying both ways
 * replaces one policy instead of adding a second).
 */
record InlinePolicy(String label, RoleResource role, String name, JsonNode document) {}
