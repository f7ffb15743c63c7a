package uk.gov.pfe.staffing;

import java.util.List;
import java.util.Map;

/** What one staffing request got: shifts per day from each pool, and what is still uncovered per role. */
public record Allocation(List<Line> lines, Map<StaffRole, Integer> uncovered) {

    public record Line(String poolId, StaffSource source, StaffRole role, int shiftsPerDay) {
    }

    public int uncoveredTotal() {
        return uncovered.values().stream().mapToInt(Integer::intValue).sum();
    }
}
