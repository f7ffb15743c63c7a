package uk.gov.pfe.relocation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.pfe.market.BedType;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;

/**
 * Plans the moves of a case. The first person who needs a proposal triggers one global assignment for
 * everyone of the case still without a place (so no two are proposed the same last bed); each
 * proposed place is then held for that person. Eligible providers only: never the failing provider, a
 * suspended one or one rated Inadequate, and only places that fit the person's needs.
 */
@Service
public class RelocationPlanner {

    /** The place proposed to a person, and the next best alternatives (provider ids). */
    public record Proposal(String providerId, BedType bedType, List<Option> options) {
    }

    /** One choice for the placement form. */
    public record Option(String providerId, String label) {
    }

    private record Person(String personId, String providerId, boolean nursing, boolean dementia, Integer hours,
            Double lat, Double lon, String group, ServiceType serviceType) {
    }

    private static final Logger log = LoggerFactory.getLogger(RelocationPlanner.class);

    private final JdbcTemplate jdbc;
    private final ProviderRegister providers;
    private final MatchingProperties weights;

    RelocationPlanner(JdbcTemplate jdbc, ProviderRegister providers, MatchingProperties weights) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.weights = weights;
    }

    @Transactional
    public Proposal propose(String caseReference, String personId) {
        // one planner per case at a time: concurrent relocations of a case wait for each other here
        jdbc.query("select case_reference from pfe_case where case_reference = ? for update", rs -> { }, caseReference);
        if (held(caseReference, personId) == null) {
            planEveryoneWithoutAPlace(caseReference, personId);
        }
        var holding = held(caseReference, personId);
        var person = person(personId);
        var options = new ArrayList<Option>();
        if (holding != null) {
            options.add(option(holding.getKey(), "proposed"));
        }
        for (var alternative : alternatives(person, holding == null ? null : holding.getKey())) {
            options.add(option(alternative, "alternative"));
        }
        return holding == null ? new Proposal(null, null, options)
                : new Proposal(holding.getKey(), holding.getValue(), options);
    }

    /** The person chose a place (proposed or another): hold that one for them instead. */
    @Transactional
    public void choose(String caseReference, String personId, String providerId) {
        var person = person(personId);
        var provider = providers.find(providerId).orElse(null);
        var type = provider == null ? null : allowedTypes(person).stream()
                .filter(t -> t.offeredBy(provider.serviceType())).findFirst().orElse(null);
        jdbc.update("delete from pfe_placement_plan where case_reference = ? and person_id = ?", caseReference, personId);
        if (type != null) {
            jdbc.update("insert into pfe_placement_plan (case_reference, person_id, provider_id, bed_type, units, cost, "
                            + "status, planned_at) values (?, ?, ?, ?, ?, 0, 'AGREED', ?)",
                    caseReference, personId, providerId, type.name(), units(person), now());
        }
    }

    private void planEveryoneWithoutAPlace(String caseReference, String personId) {
        var person = person(personId);
        var waiting = jdbc.query("select p.*, pr.service_type from pfe_person p join pfe_provider pr "
                        + "on pr.provider_id = p.provider_id where p.provider_id = ? and p.status = 'ACTIVE' and not exists "
                        + "(select 1 from pfe_placement_plan x where x.case_reference = ? and x.person_id = p.person_id)",
                (rs, i) -> toPerson(rs), person.providerId(), caseReference);
        var needs = new ArrayList<PlacementMatcher.Need>();
        for (var p : waiting) {
            needs.add(new PlacementMatcher.Need(p.personId(), p.group(), allowedTypes(p), units(p)));
        }
        var slots = freeSlots(person.providerId());
        var byId = new HashMap<String, Person>();
        waiting.forEach(p -> byId.put(p.personId(), p));
        var result = new PlacementMatcher().match(needs, slots, (who, where) -> cost(byId.get(who), where));
        for (var placement : result.placements().values()) {
            jdbc.update("insert into pfe_placement_plan (case_reference, person_id, provider_id, bed_type, units, cost, "
                            + "status, planned_at) values (?, ?, ?, ?, ?, ?, 'PROPOSED', ?)",
                    caseReference, placement.personId(), placement.providerId(), placement.bedType().name(),
                    units(byId.get(placement.personId())), placement.cost(), now());
        }
        log.info("Case {}: placement plan for {} people: {} placed, {} without a suitable place (optimal: {})",
                caseReference, needs.size(), result.placements().size(), result.unplaced().size(), result.provenOptimal());
    }

    /** Vacancies of eligible providers less the places already held for people of any case. */
    private List<PlacementMatcher.Slot> freeSlots(String failingProvider) {
        var held = new HashMap<String, Integer>();
        jdbc.query("select provider_id, bed_type, sum(units) from pfe_placement_plan where status in ('PROPOSED', 'AGREED') "
                + "group by provider_id, bed_type", rs -> {
                    held.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                });
        return jdbc.query("select v.provider_id, v.bed_type, v.vacancies from pfe_vacancy v join pfe_provider p "
                        + "on p.provider_id = v.provider_id where v.provider_id <> ? and p.placements_suspended = false "
                        + "and p.cqc_rating <> 'INADEQUATE' and v.vacancies > 0 order by v.provider_id, v.bed_type",
                (rs, i) -> new PlacementMatcher.Slot(rs.getString(1), BedType.valueOf(rs.getString(2)),
                        Math.max(0, rs.getInt(3) - held.getOrDefault(rs.getString(1) + "/" + rs.getString(2), 0))),
                failingProvider).stream().filter(s -> s.capacity() > 0).toList();
    }

    private List<String> alternatives(Person person, String except) {
        var types = allowedTypes(person);
        var slots = freeSlots(person.providerId());
        var seen = new java.util.LinkedHashSet<String>();
        slots.stream()
                .filter(s -> types.contains(s.bedType()) && s.capacity() >= units(person) && !s.providerId().equals(except))
                .map(PlacementMatcher.Slot::providerId)
                .distinct()
                .sorted((a, b) -> Double.compare(cost(person, a), cost(person, b)))
                .limit(weights.alternatives())
                .forEach(seen::add);
        return List.copyOf(seen);
    }

    public static Set<BedType> allowedTypes(boolean homeCare, boolean nursing, boolean dementia) {
        if (homeCare) {
            return EnumSet.of(BedType.HOME_CARE_HOURS);
        }
        if (nursing) {
            return dementia ? EnumSet.of(BedType.NURSING_DEMENTIA) : EnumSet.of(BedType.NURSING, BedType.NURSING_DEMENTIA);
        }
        return dementia ? EnumSet.of(BedType.RESIDENTIAL_DEMENTIA, BedType.NURSING_DEMENTIA) : EnumSet.of(BedType.RESIDENTIAL);
    }

    private static Set<BedType> allowedTypes(Person p) {
        return allowedTypes(p.serviceType() == ServiceType.HOME_CARE, p.nursing(), p.dementia());
    }

    private int units(Person p) {
        return p.serviceType() == ServiceType.HOME_CARE
                ? (p.hours() == null || p.hours() < 1 ? weights.defaultHomeCareHours() : p.hours()) : 1;
    }

    private double cost(Person person, String providerId) {
        var provider = providers.find(providerId).orElseThrow();
        var from = providers.find(person.providerId()).orElseThrow();
        double lat = person.lat() != null ? person.lat() : coordinate(from.latitude());
        double lon = person.lon() != null ? person.lon() : coordinate(from.longitude());
        double km = provider.latitude() == null ? 0 : kilometres(lat, lon, provider.latitude(), provider.longitude());
        double retainer = weights.homeCareRetainer().isHeldBy(providerId) ? weights.homeCareRetainer().extraCost() : 0;
        return weights.costPerKm() * km + weights.ratingCost(provider.cqcRating().name()) + retainer;
    }

    private Option option(String providerId, String kind) {
        var provider = providers.find(providerId).orElse(null);
        var contract = weights.homeCareRetainer().isHeldBy(providerId) ? ", home care retainer contract" : "";
        var label = provider == null ? providerId : "%s (%s, %s%s) - %s".formatted(provider.name(), providerId,
                rating(provider), contract, kind);
        return new Option(providerId, label);
    }

    private static String rating(Provider provider) {
        return provider.cqcRating() == CqcRating.NOT_YET_RATED ? "not yet rated"
                : provider.cqcRating().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    private Map.Entry<String, BedType> held(String caseReference, String personId) {
        return jdbc.query("select provider_id, bed_type from pfe_placement_plan where case_reference = ? and person_id = ? "
                        + "and status in ('PROPOSED', 'AGREED')",
                (rs, i) -> Map.entry(rs.getString(1), BedType.valueOf(rs.getString(2))), caseReference, personId)
                .stream().findFirst().orElse(null);
    }

    private Person person(String personId) {
        return jdbc.query("select p.*, pr.service_type from pfe_person p join pfe_provider pr on pr.provider_id = p.provider_id "
                        + "where p.person_id = ?", (rs, i) -> toPerson(rs), personId)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("Person " + personId + " is not in the register"));
    }

    private static Person toPerson(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Person(rs.getString("person_id"), rs.getString("provider_id"), rs.getBoolean("nursing_need"),
                rs.getBoolean("dementia_care"), (Integer) rs.getObject("home_care_hours_per_week", Integer.class),
                rs.getObject("preferred_latitude", Double.class), rs.getObject("preferred_longitude", Double.class),
                rs.getString("keep_together_group"), ServiceType.valueOf(rs.getString("service_type")));
    }

    private static double coordinate(Double value) {
        return value == null ? 0 : value;
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
