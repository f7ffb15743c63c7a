package uk.gov.pfe.relocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.pfe.market.BedType;
import uk.gov.pfe.relocation.PlacementMatcher.Need;
import uk.gov.pfe.relocation.PlacementMatcher.Slot;

class PlacementMatcherTest {

    private final PlacementMatcher matcher = new PlacementMatcher();

    record Instance(List<Need> needs, List<Slot> slots, Map<String, Double> costs) {
        double cost(String person, String provider) {
            return costs.get(person + "@" + provider);
        }
    }

    static List<Long> seeds() {
        var seeds = new ArrayList<Long>();
        for (long s = 1; s <= 300; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_assignment_is_as_good_as_the_best_of_all_assignments(long seed) {
        var instance = randomInstance(new Random(seed));

        var result = matcher.match(instance.needs(), instance.slots(), instance::cost);

        assertFeasible(instance, result);
        assertThat(result.provenOptimal()).isTrue();
        double found = result.unplaced().size() * PlacementMatcher.UNPLACED_COST + result.totalCost();
        assertThat(found).as("seed %d", seed).isCloseTo(bruteForce(instance), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void two_people_are_never_given_the_same_last_bed() {
        var needs = List.of(new Need("A", null, Set.of(BedType.NURSING), 1), new Need("B", null, Set.of(BedType.NURSING), 1));
        var slots = List.of(new Slot("NEAR", BedType.NURSING, 1), new Slot("FAR", BedType.NURSING, 1));
        Map<String, Double> costs = Map.of("A@NEAR", 1.0, "A@FAR", 10.0, "B@NEAR", 2.0, "B@FAR", 3.0);

        var result = matcher.match(needs, slots, (p, q) -> costs.get(p + "@" + q));

        // A alone would take NEAR (1) and B FAR (3) = 4; B taking NEAR (2) and A FAR (10) = 12
        assertThat(result.placements().get("A").providerId()).isEqualTo("NEAR");
        assertThat(result.placements().get("B").providerId()).isEqualTo("FAR");
        assertThat(result.totalCost()).isEqualTo(4.0);
    }

    @Test
    void a_couple_goes_together_even_when_each_alone_would_go_nearer() {
        var needs = List.of(new Need("H", "COUPLE", Set.of(BedType.NURSING), 1),
                new Need("W", "COUPLE", Set.of(BedType.RESIDENTIAL), 1));
        var slots = List.of(new Slot("X", BedType.NURSING, 1), new Slot("Y", BedType.RESIDENTIAL, 1),
                new Slot("Z", BedType.NURSING, 1), new Slot("Z", BedType.RESIDENTIAL, 1));
        Map<String, Double> costs = Map.of("H@X", 1.0, "W@Y", 1.0, "H@Z", 5.0, "W@Z", 5.0);

        var result = matcher.match(needs, slots, (p, q) -> costs.getOrDefault(p + "@" + q, 0.0));

        assertThat(result.placements().get("H").providerId()).isEqualTo("Z");
        assertThat(result.placements().get("W").providerId()).isEqualTo("Z");
    }

    @Test
    void a_home_care_package_is_never_split_between_providers() {
        var needs = List.of(new Need("C", null, Set.of(BedType.HOME_CARE_HOURS), 10));
        var slots = List.of(new Slot("P", BedType.HOME_CARE_HOURS, 6), new Slot("Q", BedType.HOME_CARE_HOURS, 6),
                new Slot("R", BedType.HOME_CARE_HOURS, 12));
        Map<String, Double> costs = Map.of("C@P", 1.0, "C@Q", 1.0, "C@R", 9.0);

        var result = matcher.match(needs, slots, (p, q) -> costs.get(p + "@" + q));

        assertThat(result.placements().get("C").providerId()).isEqualTo("R");
    }

    @Test
    void people_nobody_can_take_are_reported_unplaced() {
        var needs = List.of(new Need("A", null, Set.of(BedType.NURSING_DEMENTIA), 1));
        var result = matcher.match(needs, List.of(new Slot("P", BedType.NURSING, 3)), (p, q) -> 1.0);
        assertThat(result.unplaced()).containsExactly("A");
        assertThat(result.placements()).isEmpty();
    }

    @Test
    void a_thousand_people_are_placed_within_every_hard_constraint() {
        var random = new Random(1000);
        var needs = new ArrayList<Need>();
        for (int i = 0; i < 1000; i++) {
            var group = i % 25 == 0 && i + 1 < 1000 ? "G" + i : i % 25 == 1 ? "G" + (i - 1) : null;
            needs.add(i < 700 ? new Need("P" + i, group, careHomeNeed(random), 1)
                    : new Need("P" + i, null, Set.of(BedType.HOME_CARE_HOURS), 2 + random.nextInt(20)));
        }
        var slots = new ArrayList<Slot>();
        for (int p = 0; p < 60; p++) {
            for (var type : List.of(BedType.NURSING, BedType.NURSING_DEMENTIA, BedType.RESIDENTIAL, BedType.RESIDENTIAL_DEMENTIA)) {
                slots.add(new Slot("H" + p, type, random.nextInt(6)));
            }
        }
        for (int p = 0; p < 50; p++) {
            slots.add(new Slot("D" + p, BedType.HOME_CARE_HOURS, 80 + random.nextInt(200)));
        }
        var costs = new HashMap<String, Double>();
        for (var need : needs) {
            for (var slot : slots) {
                costs.computeIfAbsent(need.personId() + "@" + slot.providerId(), k -> (double) random.nextInt(1000) / 10);
            }
        }
        var instance = new Instance(needs, slots, costs);

        long started = System.nanoTime();
        var result = matcher.match(needs, slots, instance::cost);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertFeasible(instance, result);
        assertThat(result.placements().size() + result.unplaced().size()).isEqualTo(1000);
        assertThat(result.placements().size()).isGreaterThan(800);
        System.out.printf("1000-person match: %d placed, %d unplaced, cost %.1f, %d ms, proven optimal %s%n",
                result.placements().size(), result.unplaced().size(), result.totalCost(), millis, result.provenOptimal());
    }

    // ---- checking ----

    private static void assertFeasible(Instance instance, PlacementMatcher.Result result) {
        var used = new HashMap<String, Integer>();
        var byPerson = new HashMap<String, Need>();
        instance.needs().forEach(n -> byPerson.put(n.personId(), n));
        for (var placement : result.placements().values()) {
            var need = byPerson.get(placement.personId());
            assertThat(need.bedTypes()).as("bed type fits %s", need.personId()).contains(placement.bedType());
            assertThat(instance.slots()).as("a slot exists").anyMatch(s -> s.providerId().equals(placement.providerId())
                    && s.bedType() == placement.bedType());
            used.merge(placement.providerId() + "/" + placement.bedType(), need.size(), Integer::sum);
        }
        for (var slot : instance.slots()) {
            assertThat(used.getOrDefault(slot.providerId() + "/" + slot.bedType(), 0))
                    .as("capacity of %s %s", slot.providerId(), slot.bedType()).isLessThanOrEqualTo(slot.capacity());
        }
        var groups = new HashMap<String, String>();
        for (var need : instance.needs()) {
            assertThat(result.placements().containsKey(need.personId()) ^ result.unplaced().contains(need.personId()))
                    .as("%s placed or unplaced, once", need.personId()).isTrue();
            if (need.keepTogetherGroup() != null) {
                var placement = result.placements().get(need.personId());
                var where = placement == null ? "unplaced" : placement.providerId();
                var other = groups.putIfAbsent(need.keepTogetherGroup(), where);
                assertThat(other == null || other.equals(where)).as("group %s together", need.keepTogetherGroup()).isTrue();
            }
        }
    }

    /** Every assignment of each person to a slot or to unplaced; the least objective that keeps the rules. */
    private static double bruteForce(Instance instance) {
        var needs = instance.needs();
        var slots = instance.slots();
        int[] choice = new int[needs.size()];
        double best = Double.MAX_VALUE;
        while (true) {
            best = Math.min(best, objective(instance, choice));
            int i = 0;
            while (i < needs.size() && ++choice[i] > slots.size()) {
                choice[i] = 0;
                i++;
            }
            if (i == needs.size()) {
                return best;
            }
        }
    }

    /** choice 0 = unplaced, k = slot k-1; MAX_VALUE when a rule is broken. */
    private static double objective(Instance instance, int[] choice) {
        var used = new int[instance.slots().size()];
        var groups = new HashMap<String, String>();
        double total = 0;
        for (int n = 0; n < choice.length; n++) {
            var need = instance.needs().get(n);
            String where;
            if (choice[n] == 0) {
                total += PlacementMatcher.UNPLACED_COST;
                where = "unplaced";
            } else {
                var slot = instance.slots().get(choice[n] - 1);
                if (!need.bedTypes().contains(slot.bedType())) {
                    return Double.MAX_VALUE;
                }
                used[choice[n] - 1] += need.size();
                if (used[choice[n] - 1] > slot.capacity()) {
                    return Double.MAX_VALUE;
                }
                total += instance.cost(need.personId(), slot.providerId());
                where = slot.providerId();
            }
            if (need.keepTogetherGroup() != null) {
                var other = groups.putIfAbsent(need.keepTogetherGroup(), where);
                if (other != null && !other.equals(where)) {
                    return Double.MAX_VALUE;
                }
            }
        }
        return total;
    }

    private static Instance randomInstance(Random random) {
        int people = 1 + random.nextInt(6);
        int providers = 1 + random.nextInt(3);
        var types = List.of(BedType.NURSING, BedType.NURSING_DEMENTIA, BedType.RESIDENTIAL, BedType.HOME_CARE_HOURS);
        var slots = new ArrayList<Slot>();
        for (int p = 0; p < providers; p++) {
            for (var type : types) {
                if (random.nextInt(3) == 0 && slots.size() < 6) {
                    slots.add(new Slot("Q" + p, type, type == BedType.HOME_CARE_HOURS ? random.nextInt(12) : random.nextInt(3)));
                }
            }
        }
        var needs = new ArrayList<Need>();
        for (int i = 0; i < people; i++) {
            boolean homeCare = random.nextInt(4) == 0;
            String group = !homeCare && random.nextInt(3) == 0 ? "G" + random.nextInt(2) : null;
            needs.add(homeCare ? new Need("P" + i, null, Set.of(BedType.HOME_CARE_HOURS), 1 + random.nextInt(7))
                    : new Need("P" + i, group, careHomeNeed(random), 1));
        }
        var costs = new HashMap<String, Double>();
        for (var need : needs) {
            for (int p = 0; p < providers; p++) {
                costs.put(need.personId() + "@Q" + p, (double) random.nextInt(20));
            }
        }
        return new Instance(needs, slots, costs);
    }

    private static Set<BedType> careHomeNeed(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> EnumSet.of(BedType.NURSING, BedType.NURSING_DEMENTIA);
            case 1 -> EnumSet.of(BedType.NURSING_DEMENTIA);
            case 2 -> EnumSet.of(BedType.RESIDENTIAL_DEMENTIA, BedType.NURSING_DEMENTIA);
            default -> EnumSet.of(BedType.RESIDENTIAL);
        };
    }
}
