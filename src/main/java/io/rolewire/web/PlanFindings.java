package io.rolewire.web;

import io.rolewire.apply.PlanFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A live plan's findings grouped for display: Rolewire's own first, then Access Analyzer's, then any other. */
public final class PlanFindings {

    private PlanFindings() {}

    public static Map<String, List<PlanFinding>> byOrigin(List<PlanFinding> findings) {
        Map<String, List<PlanFinding>> groups = new LinkedHashMap<>();
        groups.put(PlanFinding.ROLEWIRE, new ArrayList<>());
        groups.put(PlanFinding.ACCESS_ANALYZER, new ArrayList<>());
        findings.forEach(
                f -> groups.computeIfAbsent(f.origin(), o -> new ArrayList<>()).add(f));
        groups.values().removeIf(List::isEmpty);
        return groups;
    }
}
