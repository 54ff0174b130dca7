package org.shelfline.ordering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shelfline.distribution.Warehouse;
import org.shelfline.ordering.DistributorRouting.Allocation;
import org.shelfline.shared.BusinessException;

/**
 * The routing rule itself, on what the warehouses have free: no database, so it is tested on its own
 * ({@code RoutingPlanTest}). {@link DistributorRouting} reads the candidates and their stock and asks here.
 */
final class RoutingPlan {

    private RoutingPlan() {}

    /**
     * The first candidate (in the brand's priority order) that can fill every line; else one part per
     * warehouse, each line from the first that can fill it; else a refusal naming what nobody can fill.
     *
     * @param free cases free to promise per SKU id, for every candidate; the split consumes it
     */
    static List<Allocation> decide(
            List<Warehouse> candidates,
            Map<Warehouse, Map<Long, Integer>> free,
            Map<Long, Integer> casesBySku,
            Map<Long, String> codes) {
        List<String> passedOver = new ArrayList<>();
        for (Warehouse candidate : candidates) {
            List<Long> shortSkus = shortAt(free.get(candidate), casesBySku);
            if (shortSkus.isEmpty()) {
                boolean firstChoice = passedOver.isEmpty()
                        && candidate.getDistributor().equals(candidates.get(0).getDistributor());
                return List.of(new Allocation(
                        candidate,
                        casesBySku,
                        firstChoice ? RoutingOutcome.FIRST_CHOICE : RoutingOutcome.FALLBACK,
                        passedOver.isEmpty()
                                ? describe(candidate) + " is the first choice for the district and can fill all "
                                        + casesBySku.size() + " line(s)"
                                : describe(candidate) + " can fill all lines; passed over: "
                                        + String.join("; ", passedOver)));
            }
            passedOver.add(describe(candidate) + " short of " + codesOf(shortSkus, codes));
        }
        return split(candidates, free, casesBySku, codes);
    }

    /** The first candidate that can fill the whole order, for a re-routing (which never splits). */
    static Optional<Allocation> firstToFillAll(
            List<Warehouse> candidates, Map<Warehouse, Map<Long, Integer>> free, Map<Long, Integer> casesBySku) {
        return candidates.stream()
                .filter(candidate -> shortAt(free.get(candidate), casesBySku).isEmpty())
                .findFirst()
                .map(candidate -> new Allocation(
                        candidate,
                        casesBySku,
                        RoutingOutcome.REROUTED,
                        describe(candidate) + " is the next choice that can fill all lines"));
    }

    private static List<Allocation> split(
            List<Warehouse> candidates,
            Map<Warehouse, Map<Long, Integer>> free,
            Map<Long, Integer> casesBySku,
            Map<Long, String> codes) {
        Map<Warehouse, Map<Long, Integer>> parts = new LinkedHashMap<>();
        List<Long> nobody = new ArrayList<>();
        for (Map.Entry<Long, Integer> line : casesBySku.entrySet()) {
            Optional<Warehouse> filler = candidates.stream()
                    .filter(candidate -> free.get(candidate).getOrDefault(line.getKey(), 0) >= line.getValue())
                    .findFirst();
            if (filler.isEmpty()) {
                nobody.add(line.getKey());
                continue;
            }
            free.get(filler.get()).merge(line.getKey(), -line.getValue(), Integer::sum);
            parts.computeIfAbsent(filler.get(), w -> new LinkedHashMap<>()).put(line.getKey(), line.getValue());
        }
        if (!nobody.isEmpty()) {
            throw new BusinessException("order.cannotFill", codesOf(nobody, codes));
        }
        return parts.entrySet().stream()
                .map(part -> new Allocation(
                        part.getKey(),
                        part.getValue(),
                        RoutingOutcome.SPLIT,
                        "no single distributor can fill all lines; " + describe(part.getKey()) + " fills "
                                + codesOf(new ArrayList<>(part.getValue().keySet()), codes)))
                .toList();
    }

    private static List<Long> shortAt(Map<Long, Integer> free, Map<Long, Integer> casesBySku) {
        return casesBySku.entrySet().stream()
                .filter(line -> free.getOrDefault(line.getKey(), 0) < line.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String describe(Warehouse warehouse) {
        return warehouse.getDistributor().getCode() + "/" + warehouse.getCode();
    }

    private static String codesOf(List<Long> skuIds, Map<Long, String> codes) {
        List<String> named = new ArrayList<>(skuIds.stream().map(codes::get).toList());
        Collections.sort(named);
        return String.join(", ", named);
    }
}
