package uk.gov.pfe.relocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import uk.gov.pfe.market.BedType;

/**
 * One assignment of every person of a case to the free places at once, so that two people are never
 * proposed the same last bed. It places as many people as possible, then minimises the total cost
 * (distance to where each wants to be, and rating).
 *
 * <p>The core is a minimum-cost flow (JGraphT): people supply their size (1 bed, or a client's home
 * care hours a week), slots (a provider's free places of one bed type) take up to their capacity, and
 * an "unplaced" outlet with a very high cost keeps every problem feasible. The flow may split a home
 * care package over two providers, or place the members of a keep-together group apart; the flow's
 * cost is then a lower bound, and branch and bound fixes such a person or group to one provider (or
 * to unplaced) at a time until no split is left. The result is optimal; only if the search exceeds
 * its node budget is the best found so far returned, marked not proven optimal.
 */
public final class PlacementMatcher {

    /** What one person needs: allowed bed types, size (1, or home care hours), where they want to be. */
    public record Need(String personId, String keepTogetherGroup, Set<BedType> bedTypes, int size) {
        public Need {
            if (size < 1) {
                throw new IllegalArgumentException("size of " + personId + " must be at least 1");
            }
        }
    }

    /** Free places of one bed type at one (eligible) provider. */
    public record Slot(String providerId, BedType bedType, int capacity) {
    }

    /** Where one person goes. */
    public record Placement(String personId, String providerId, BedType bedType, double cost) {
    }

    public record Result(Map<String, Placement> placements, Set<String> unplaced, double totalCost, boolean provenOptimal) {
    }

    /** The cost of placing a person with a provider; must be finite and not negative. */
    @FunctionalInterface
    public interface CostModel {
        double cost(String personId, String providerId);
    }

    static final double UNPLACED_COST = 1_000_000;
    private static final double EPSILON = 1e-7;
    private static final String UNPLACED = "";

    private final int nodeBudget;
    private final long timeBudgetMillis;

    public PlacementMatcher() {
        this(20_000, 3_000);
    }

    /** Stops searching after this many branch-and-bound nodes or milliseconds (the best found is kept). */
    public PlacementMatcher(int nodeBudget, long timeBudgetMillis) {
        this.nodeBudget = nodeBudget;
        this.timeBudgetMillis = timeBudgetMillis;
    }

    public Result match(List<Need> needs, List<Slot> slots, CostModel costs) {
        var search = new Search(needs, slots, costs, System.nanoTime() + timeBudgetMillis * 1_000_000);
        search.explore(new HashMap<>());
        if (search.best == null) {
            throw new IllegalStateException("No assignment found for " + needs.size() + " people");
        }
        return search.best.toResult(!search.stopped);
    }

    /** Search state; a unit is a person, or a keep-together group of people. */
    private final class Search {
        final List<Need> needs;
        final List<Slot> slots;
        final double[][] cost;          // [need][slot]
        final boolean[][] allowed;      // [need][slot]
        final Map<String, List<Integer>> groups = new LinkedHashMap<>();
        final long deadline;
        Relaxed best;
        int nodes;
        boolean stopped;

        Search(List<Need> needs, List<Slot> slots, CostModel model, long deadline) {
            this.deadline = deadline;
            this.needs = needs;
            this.slots = slots;
            cost = new double[needs.size()][slots.size()];
            allowed = new boolean[needs.size()][slots.size()];
            var providerCost = new HashMap<String, Double>();
            for (int n = 0; n < needs.size(); n++) {
                var need = needs.get(n);
                for (int s = 0; s < slots.size(); s++) {
                    var slot = slots.get(s);
                    allowed[n][s] = need.bedTypes().contains(slot.bedType()) && slot.capacity() > 0;
                    if (allowed[n][s]) {
                        var key = need.personId() + "\u0000" + slot.providerId();
                        var c = providerCost.computeIfAbsent(key, k -> model.cost(need.personId(), slot.providerId()));
                        if (c < 0 || Double.isNaN(c) || Double.isInfinite(c)) {
                            throw new IllegalArgumentException("cost of " + need.personId() + " at " + slot.providerId()
                                    + " must be finite and not negative, was " + c);
                        }
                        cost[n][s] = c;
                    }
                }
                var group = need.keepTogetherGroup();
                groups.computeIfAbsent(group == null || group.isBlank() ? "person:" + need.personId() : "group:" + group,
                        k -> new ArrayList<>()).add(n);
            }
        }

        /** restrictions: unit key -> provider id, or UNPLACED */
        void explore(Map<String, String> restrictions) {
            if (best != null && (++nodes > nodeBudget || System.nanoTime() > deadline)) {
                stopped = true;
                return;
            }
            var relaxed = relax(restrictions);
            if (relaxed == null || (best != null && relaxed.objective >= best.objective - EPSILON)) {
                return;
            }
            var split = firstSplitUnit(relaxed);
            if (split == null) {
                best = relaxed;
                return;
            }
            var repaired = repair(relaxed);
            if (best == null || repaired.objective < best.objective - EPSILON) {
                best = repaired;
            }
            // most promising first: providers the relaxation already uses for this unit, then the rest
            var candidates = new LinkedHashSet<String>(relaxed.providersOf(groups.get(split)));
            for (int n : groups.get(split)) {
                for (int s = 0; s < slots.size(); s++) {
                    if (allowed[n][s]) {
                        candidates.add(slots.get(s).providerId());
                    }
                }
            }
            candidates.add(UNPLACED);
            for (var candidate : candidates) {
                if (!UNPLACED.equals(candidate) && !everyMemberCanGo(split, candidate)) {
                    continue;
                }
                var next = new HashMap<>(restrictions);
                next.put(split, candidate);
                explore(next);
            }
        }

        /**
         * A feasible assignment near the relaxation: units it placed whole keep their place, each split
         * unit goes whole to its cheapest provider with room for every member, else unplaced.
         */
        Relaxed repair(Relaxed relaxed) {
            var left = new int[slots.size()];
            for (int s = 0; s < slots.size(); s++) {
                left[s] = slots.get(s).capacity();
            }
            var amounts = new ArrayList<Map<Integer, Integer>>();
            for (int n = 0; n < needs.size(); n++) {
                amounts.add(null);
            }
            var splitUnits = new ArrayList<List<Integer>>();
            for (var unit : groups.entrySet()) {
                if (isWhole(relaxed, unit.getValue())) {
                    for (int n : unit.getValue()) {
                        var place = relaxed.amounts.get(n);
                        amounts.set(n, place);
                        place.forEach((slot, amount) -> {
                            if (slot >= 0) {
                                left[slot] -= amount;
                            }
                        });
                    }
                } else {
                    splitUnits.add(unit.getValue());
                }
            }
            for (var members : splitUnits) {
                var providers = new ArrayList<String>();
                for (int s = 0; s < slots.size(); s++) {
                    if (!providers.contains(slots.get(s).providerId())) {
                        providers.add(slots.get(s).providerId());
                    }
                }
                Map<Integer, Integer> chosen = null;
                double chosenCost = Double.MAX_VALUE;
                for (var provider : providers) {
                    var trial = left.clone();
                    var picks = new HashMap<Integer, Integer>();
                    double total = 0;
                    boolean fits = true;
                    for (int n : members) {
                        int pick = -1;
                        for (int s = 0; s < slots.size(); s++) {
                            if (allowed[n][s] && slots.get(s).providerId().equals(provider) && trial[s] >= needs.get(n).size()
                                    && (pick < 0 || cost[n][s] < cost[n][pick])) {
                                pick = s;
                            }
                        }
                        if (pick < 0) {
                            fits = false;
                            break;
                        }
                        trial[pick] -= needs.get(n).size();
                        picks.put(n, pick);
                        total += cost[n][pick];
                    }
                    if (fits && total < chosenCost) {
                        chosenCost = total;
                        chosen = picks;
                    }
                }
                for (int n : members) {
                    if (chosen == null) {
                        amounts.set(n, Map.of(-1, needs.get(n).size()));
                    } else {
                        int slot = chosen.get(n);
                        left[slot] -= needs.get(n).size();
                        amounts.set(n, Map.of(slot, needs.get(n).size()));
                    }
                }
            }
            double objective = 0;
            for (int n = 0; n < needs.size(); n++) {
                int slot = amounts.get(n).keySet().iterator().next();
                objective += slot < 0 ? UNPLACED_COST : cost[n][slot];
            }
            return new Relaxed(objective, amounts);
        }

        boolean isWhole(Relaxed relaxed, List<Integer> members) {
            String where = null;
            for (int n : members) {
                var places = relaxed.placesOf(n);
                if (places.size() != 1 || relaxed.amounts.get(n).size() != 1) {
                    return false;
                }
                var place = places.iterator().next();
                if (where != null && !where.equals(place)) {
                    return false;
                }
                where = place;
            }
            return true;
        }

        boolean everyMemberCanGo(String unit, String providerId) {
            for (int n : groups.get(unit)) {
                boolean any = false;
                for (int s = 0; s < slots.size() && !any; s++) {
                    any = allowed[n][s] && slots.get(s).providerId().equals(providerId);
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }

        /** A unit whose people are not each wholly in one place, all at one provider (or all unplaced). */
        String firstSplitUnit(Relaxed relaxed) {
            for (var unit : groups.entrySet()) {
                String where = null;
                for (int n : unit.getValue()) {
                    var places = relaxed.placesOf(n);
                    if (places.size() != 1 || relaxed.amounts.get(n).size() != 1) {
                        return unit.getKey();
                    }
                    var place = places.iterator().next();
                    if (where == null) {
                        where = place;
                    } else if (!where.equals(place)) {
                        return unit.getKey();
                    }
                }
            }
            return null;
        }

        Relaxed relax(Map<String, String> restrictions) {
            var forced = new HashMap<Integer, String>();
            restrictions.forEach((unit, provider) -> groups.get(unit).forEach(n -> forced.put(n, provider)));
            var graph = new SimpleDirectedWeightedGraph<Integer, Arc>(Arc.class);
            int sink = needs.size() + slots.size();
            int unplaced = sink + 1;
            for (int v = 0; v <= unplaced; v++) {
                graph.addVertex(v);
            }
            int total = 0;
            var needArcs = new ArrayList<List<Arc>>();
            for (int n = 0; n < needs.size(); n++) {
                int size = needs.get(n).size();
                total += size;
                var arcs = new ArrayList<Arc>();
                var only = forced.get(n);
                for (int s = 0; s < slots.size(); s++) {
                    if (allowed[n][s] && (only == null || only.equals(slots.get(s).providerId()))) {
                        var arc = new Arc(n, s, size, cost[n][s] / size);
                        graph.addEdge(n, needs.size() + s, arc);
                        graph.setEdgeWeight(arc, arc.unitCost());
                        arcs.add(arc);
                    }
                }
                if (only == null || UNPLACED.equals(only)) {
                    var arc = new Arc(n, -1, size, UNPLACED_COST / size);
                    graph.addEdge(n, unplaced, arc);
                    graph.setEdgeWeight(arc, arc.unitCost());
                    arcs.add(arc);
                }
                if (arcs.isEmpty()) {
                    return null;
                }
                needArcs.add(arcs);
            }
            for (int s = 0; s < slots.size(); s++) {
                var arc = new Arc(-1, s, slots.get(s).capacity(), 0);
                graph.addEdge(needs.size() + s, sink, arc);
                graph.setEdgeWeight(arc, 0);
            }
            var outlet = new Arc(-1, -1, total, 0);
            graph.addEdge(unplaced, sink, outlet);
            graph.setEdgeWeight(outlet, 0);
            final int demand = total;
            Function<Integer, Integer> supplies = v -> v < needs.size() ? needs.get(v).size() : v == sink ? -demand : 0;
            // costs are the graph's edge weights
            var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, supplies, Arc::capacity);
            try {
                var flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem);
                var amounts = new ArrayList<Map<Integer, Integer>>();
                for (var arcs : needArcs) {
                    var used = new LinkedHashMap<Integer, Integer>();
                    for (var arc : arcs) {
                        int amount = (int) Math.round(flow.getFlow(arc));
                        if (amount > 0) {
                            used.put(arc.slot(), amount);
                        }
                    }
                    amounts.add(used);
                }
                return new Relaxed(flow.getCost(), amounts);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return null; // no feasible flow under these restrictions
            }
        }

        /** A flow: for each need, amount by slot index (-1 = unplaced). */
        final class Relaxed {
            final double objective;
            final List<Map<Integer, Integer>> amounts;

            Relaxed(double objective, List<Map<Integer, Integer>> amounts) {
                this.objective = objective;
                this.amounts = amounts;
            }

            Set<String> placesOf(int need) {
                var places = new LinkedHashSet<String>();
                amounts.get(need).forEach((slot, amount) -> places.add(slot < 0 ? UNPLACED : slots.get(slot).providerId()));
                return places;
            }

            Set<String> providersOf(List<Integer> members) {
                var providers = new LinkedHashSet<String>();
                for (int n : members) {
                    amounts.get(n).keySet().stream().filter(s -> s >= 0).forEach(s -> providers.add(slots.get(s).providerId()));
                }
                return providers;
            }

            Result toResult(boolean proven) {
                var placements = new LinkedHashMap<String, Placement>();
                var unplacedPeople = new LinkedHashSet<String>();
                double total = 0;
                for (int n = 0; n < needs.size(); n++) {
                    var need = needs.get(n);
                    int slot = amounts.get(n).keySet().iterator().next();
                    if (slot < 0) {
                        unplacedPeople.add(need.personId());
                    } else {
                        var s = slots.get(slot);
                        placements.put(need.personId(), new Placement(need.personId(), s.providerId(), s.bedType(), cost[n][slot]));
                        total += cost[n][slot];
                    }
                }
                return new Result(placements, unplacedPeople, total, proven);
            }
        }
    }

    /** An arc of the flow network; identity matters (one object per arc). */
    record Arc(int need, int slot, int capacity, double unitCost) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
