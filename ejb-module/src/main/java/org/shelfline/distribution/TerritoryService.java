package org.shelfline.distribution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.brand.Brand;
import org.shelfline.geography.District;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.NotFoundException;

/**
 * The signed-in brand's territories: for each district, which distributors deliver, in priority order
 * (1 = first choice). Priorities stay 1..n without holes; every change is audited.
 */
@Stateless
public class TerritoryService {

    static final String AUDIT_SUBJECT = "TERRITORY";
    static final String BRAND_AUDIT_SUBJECT = "BRAND";

    /** Limits of the acceptance time a brand may set: at least a few minutes, at most a week. */
    public static final int ACCEPTANCE_MIN_MINUTES = 5;

    public static final int ACCEPTANCE_MAX_MINUTES = 7 * 24 * 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** Every district with its distributors for this brand; districts nobody serves are gaps. */
    public List<DistrictCoverage> coverage() {
        long brandId = currentUser.brandId();
        Map<Long, List<TerritoryAssignment>> byDistrict = em.createQuery(
                        "SELECT t FROM TerritoryAssignment t JOIN FETCH t.distributor WHERE t.brand.id = :brand "
                                + "ORDER BY t.priority",
                        TerritoryAssignment.class)
                .setParameter("brand", brandId)
                .getResultStream()
                .collect(Collectors.groupingBy(t -> t.getDistrict().getId()));
        return em.createQuery("SELECT d FROM District d ORDER BY d.code", District.class)
                .getResultStream()
                .map(district -> new DistrictCoverage(district, byDistrict.getOrDefault(district.getId(), List.of())))
                .toList();
    }

    /** The distributors that serve the signed-in brand somewhere, with their warehouses and its districts. */
    public List<ServingDistributor> servingMe() {
        long brandId = currentUser.brandId();
        Map<Distributor, List<District>> districts = em.createQuery(
                        "SELECT t FROM TerritoryAssignment t JOIN FETCH t.distributor "
                                + "JOIN FETCH t.district WHERE t.brand.id = :brand ORDER BY t.district.code",
                        TerritoryAssignment.class)
                .setParameter("brand", brandId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        TerritoryAssignment::getDistributor,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(TerritoryAssignment::getDistrict, Collectors.toList())));
        return districts.entrySet().stream()
                .sorted(java.util.Comparator.comparing(entry -> entry.getKey().getCode()))
                .map(entry -> new ServingDistributor(
                        entry.getKey(),
                        em.createQuery(
                                        "SELECT w FROM Warehouse w JOIN FETCH w.district WHERE w.distributor = :distributor "
                                                + "ORDER BY w.code",
                                        Warehouse.class)
                                .setParameter("distributor", entry.getKey())
                                .getResultList(),
                        entry.getValue()))
                .toList();
    }

    /** Distributor companies a brand can assign. */
    public List<Distributor> distributors() {
        currentUser.brandId();
        return em.createQuery("SELECT d FROM Distributor d ORDER BY d.name.english", Distributor.class)
                .getResultList();
    }

    /**
     * The distributors that serve a district for a brand, first choice first. For routing, which runs as
     * the system on behalf of an order, so it takes the brand explicitly.
     */
    public List<Distributor> servingDistributors(long brandId, long districtId) {
        return em.createQuery(
                        "SELECT t.distributor FROM TerritoryAssignment t WHERE t.brand.id = :brand "
                                + "AND t.district.id = :district ORDER BY t.priority",
                        Distributor.class)
                .setParameter("brand", brandId)
                .setParameter("district", districtId)
                .getResultList();
    }

    /** Adds a distributor as the lowest-priority choice for a district. */
    public void assign(long districtId, long distributorId) {
        long brandId = currentUser.brandId();
        District district = find(District.class, districtId, "district");
        Distributor distributor = find(Distributor.class, distributorId, "distributor");
        List<TerritoryAssignment> current = assignments(brandId, districtId);
        if (current.stream().anyMatch(t -> t.getDistributor().getId() == distributorId)) {
            throw new BusinessException("territory.alreadyAssigned");
        }
        em.persist(new TerritoryAssignment(
                em.getReference(Brand.class, brandId), district, distributor, current.size() + 1));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another admin took the same place in the same moment (unique brand, district, priority).
            throw new ConcurrentEditException();
        }
        record(brandId, districtId, "ASSIGNED", distributor.getCode() + " as choice " + (current.size() + 1));
    }

    /** Removes a distributor from a district; those after it move up one place. */
    public void remove(long assignmentId) {
        TerritoryAssignment assignment = own(assignmentId);
        long brandId = assignment.getBrand().getId();
        long districtId = assignment.getDistrict().getId();
        int removedPriority = assignment.getPriority();
        em.remove(assignment);
        em.flush();
        // In priority order, so the unique (brand, district, priority) key holds after every row.
        em.createNativeQuery("UPDATE territory SET priority = priority - 1 WHERE brand_id = ? AND district_id = ? "
                        + "AND priority > ? ORDER BY priority")
                .setParameter(1, brandId)
                .setParameter(2, districtId)
                .setParameter(3, removedPriority)
                .executeUpdate();
        record(brandId, districtId, "REMOVED", assignment.getDistributor().getCode());
    }

    /** Swaps a distributor with the one before it (it becomes the earlier choice). */
    public void moveUp(long assignmentId) {
        TerritoryAssignment assignment = own(assignmentId);
        int priority = assignment.getPriority();
        if (priority == 1) {
            return;
        }
        long brandId = assignment.getBrand().getId();
        long districtId = assignment.getDistrict().getId();
        em.flush();
        // Through a free number, because the key forbids two assignments with the same priority even briefly.
        int parked = Integer.MAX_VALUE;
        setPriority(brandId, districtId, priority, parked);
        setPriority(brandId, districtId, priority - 1, priority);
        setPriority(brandId, districtId, parked, priority - 1);
        em.clear();
        record(
                brandId,
                districtId,
                "REORDERED",
                assignment.getDistributor().getCode() + " to choice " + (priority - 1));
    }

    private void setPriority(long brandId, long districtId, int from, int to) {
        em.createNativeQuery(
                        "UPDATE territory SET priority = ? WHERE brand_id = ? AND district_id = ? AND priority = ?")
                .setParameter(1, to)
                .setParameter(2, brandId)
                .setParameter(3, districtId)
                .setParameter(4, from)
                .executeUpdate();
    }

    private List<TerritoryAssignment> assignments(long brandId, long districtId) {
        return em.createQuery(
                        "SELECT t FROM TerritoryAssignment t WHERE t.brand.id = :brand AND t.district.id = :district "
                                + "ORDER BY t.priority",
                        TerritoryAssignment.class)
                .setParameter("brand", brandId)
                .setParameter("district", districtId)
                .getResultList();
    }

    private TerritoryAssignment own(long assignmentId) {
        TerritoryAssignment assignment = em.find(TerritoryAssignment.class, assignmentId);
        if (assignment == null || assignment.getBrand().getId() != currentUser.brandId()) {
            throw new NotFoundException("territory", assignmentId);
        }
        return assignment;
    }

    private <T> T find(Class<T> type, long id, String what) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }

    /** How long my distributors have to accept an order before it goes to the next one. */
    public int acceptanceMinutes() {
        return em.find(Brand.class, currentUser.brandId()).getOrderAcceptanceMinutes();
    }

    public void changeAcceptanceMinutes(Integer minutes) {
        if (minutes == null || minutes < ACCEPTANCE_MIN_MINUTES || minutes > ACCEPTANCE_MAX_MINUTES) {
            throw new BusinessException("territory.acceptanceInvalid", ACCEPTANCE_MIN_MINUTES, ACCEPTANCE_MAX_MINUTES);
        }
        Brand brand = em.find(Brand.class, currentUser.brandId());
        int old = brand.getOrderAcceptanceMinutes();
        if (old == minutes) {
            return;
        }
        brand.changeOrderAcceptanceMinutes(minutes);
        audit.record(
                currentUser.caller().username(),
                AuditScope.brand(brand.getId()),
                BRAND_AUDIT_SUBJECT,
                brand.getId(),
                "ACCEPTANCE_CHANGED",
                old + " -> " + minutes);
    }

    private void record(long brandId, long districtId, String action, String detail) {
        audit.record(
                currentUser.caller().username(), AuditScope.brand(brandId), AUDIT_SUBJECT, districtId, action, detail);
    }
}
