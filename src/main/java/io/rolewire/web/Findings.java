package io.rolewire.web;

import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Findings as pages show them: grouped by severity, most severe first, empty groups left out. */
public final class Findings {

    private Findings() {}

    public static Map<Severity, List<Finding>> bySeverity(List<Finding> findings) {
        Map<Severity, List<Finding>> groups = findings.stream()
                .collect(Collectors.groupingBy(
                        Finding::severity, () -> new EnumMap<>(Severity.class), Collectors.toList()));
        return Collections.unmodifiableMap(groups);
    }
}
