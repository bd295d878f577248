package io.rolewire.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code rolewire.web.max-request-size} (default 1MB): the largest request body any endpoint
 * accepts. Nothing Rolewire takes in comes near it (a full wiring request is a few KB); larger
 * bodies are refused with 413 before they are read, so they cannot exhaust the heap.
 */
@ConfigurationProperties("rolewire.web")
public record WebLimits(@DefaultValue("1MB") DataSize maxRequestSize) {}
