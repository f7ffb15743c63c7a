package uk.gov.pfe.staffing;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates partner staff to a failing provider from the pools in pfe_staff_pool, source by source
 * (NHS bank first, then other providers, then the home care retainer contract; agency only when asked).
 * A request is identified by its key: asking again with the same key returns what was allocated and
 * allocates nothing more, so a retried job never takes staff twice.
 */
@Service
public class MutualAidService {

    private final JdbcTemplate jdbc;

    MutualAidService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Allocation allocate(String caseReference, String requestKey, Map<StaffRole, Integer> needed,
            List<StaffSource> sources) {
        var existing = linesOf(caseReference, requestKey);
        if (!existing.isEmpty()) {
            return new Allocation(existing, uncovered(needed, existing));
        }
        var lines = new ArrayList<Allocation.Line>();
        for (var role : StaffRole.values()) {
            int stillNeeded = needed.getOrDefault(role, 0);
            for (var source : sources) {
                if (stillNeeded <= 0) {
                    break;
                }
                for (var pool : freePools(source, role)) {
                    if (stillNeeded <= 0) {
                        break;
                    }
                    int take = Math.min(stillNeeded, pool.free());
                    jdbc.update("insert into pfe_staff_allocation (allocation_id, case_reference, request_key, pool_id, "
                                    + "role, shifts_per_day, allocated_at) values (?, ?, ?, ?, ?, ?, ?)",
                            UUID.randomUUID().toString(), caseReference, requestKey, pool.poolId(), role.name(), take,
                            new Timestamp(ClockUtil.getCurrentTime().getTime()));
                    lines.add(new Allocation.Line(pool.poolId(), source, role, take));
                    stillNeeded -= take;
                }
            }
        }
        return new Allocation(lines, uncovered(needed, lines));
    }

    /** Releases every allocation of the case still held; releasing twice changes nothing. */
    @Transactional
    public int releaseAll(String caseReference) {
        return jdbc.update("update pfe_staff_allocation set released_at = ? where case_reference = ? and released_at is null",
                new Timestamp(ClockUtil.getCurrentTime().getTime()), caseReference);
    }

    /** Shifts per day the case holds now, by source. */
    public Map<StaffSource, Integer> heldBy(String caseReference) {
        var held = new EnumMap<StaffSource, Integer>(StaffSource.class);
        jdbc.query("select p.source_type, sum(a.shifts_per_day) from pfe_staff_allocation a join pfe_staff_pool p "
                        + "on p.pool_id = a.pool_id where a.case_reference = ? and a.released_at is null group by p.source_type",
                rs -> {
                    held.put(StaffSource.valueOf(rs.getString(1)), rs.getInt(2));
                }, caseReference);
        return held;
    }

    private record FreePool(String poolId, int free) {
    }

    private List<FreePool> freePools(StaffSource source, StaffRole role) {
        return jdbc.query("select p.pool_id, p.shifts_per_day - coalesce((select sum(a.shifts_per_day) "
                        + "from pfe_staff_allocation a where a.pool_id = p.pool_id and a.released_at is null), 0) as free "
                        + "from pfe_staff_pool p where p.source_type = ? and p.role = ? order by p.cost_per_shift, p.pool_id",
                (rs, i) -> new FreePool(rs.getString(1), rs.getInt(2)), source.name(), role.name())
                .stream().filter(p -> p.free() > 0).toList();
    }

    private List<Allocation.Line> linesOf(String caseReference, String requestKey) {
        return jdbc.query("select a.pool_id, p.source_type, a.role, a.shifts_per_day from pfe_staff_allocation a "
                        + "join pfe_staff_pool p on p.pool_id = a.pool_id where a.case_reference = ? and a.request_key = ?",
                (rs, i) -> new Allocation.Line(rs.getString(1), StaffSource.valueOf(rs.getString(2)),
                        StaffRole.valueOf(rs.getString(3)), rs.getInt(4)),
                caseReference, requestKey);
    }

    private static Map<StaffRole, Integer> uncovered(Map<StaffRole, Integer> needed, List<Allocation.Line> lines) {
        var uncovered = new EnumMap<StaffRole, Integer>(StaffRole.class);
        for (var role : StaffRole.values()) {
            int got = lines.stream().filter(l -> l.role() == role).mapToInt(Allocation.Line::shiftsPerDay).sum();
            uncovered.put(role, Math.max(0, needed.getOrDefault(role, 0) - got));
        }
        return uncovered;
    }
}
