/**
 * The wiring core: inputs, validation with AWS's own rules, rendering of every document, the
 * trust-policy merge and findings. Pure Java (Jackson for canonical JSON only): no Spring, no AWS
 * SDK, no JDBC, no servlet API.
 */
package io.rolewire.wiring;
