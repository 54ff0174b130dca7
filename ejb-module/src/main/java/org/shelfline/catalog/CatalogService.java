package org.shelfline.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shelfline.audit.AuditEvent;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.ImageFiles;
import org.shelfline.shared.NotFoundException;

/**
 * The signed-in brand's catalogue: finding, creating, editing and publishing SKUs. Another brand's SKU
 * or category is "not found"; every change is audited.
 */
@Stateless
public class CatalogService {

    static final String AUDIT_SUBJECT = "SKU";

    /** Sortable columns of the SKU table, by the names the page uses. */
    private static final Set<String> SORTABLE = Set.of("code", "name", "status", "casePack", "updatedAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ImageFiles images;

    public Sku sku(long id) {
        return em.createQuery(
                        "SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers LEFT JOIN FETCH s.category "
                                + "WHERE s.id = :id AND s.brandId = :brand",
                        Sku.class)
                .setParameter("id", id)
                .setParameter("brand", currentUser.brandId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SKU", id));
    }

    /**
     * My brand's SKU with this code, with its price breaks, if there is one. Surrounding spaces are ignored and
     * case does not matter (the column compares case-insensitively, as the unique key does).
     */
    public java.util.Optional<Sku> skuByCode(String code) {
        if (code == null || code.isBlank()) {
            return java.util.Optional.empty();
        }
        return em.createQuery(
                        "SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers "
                                + "WHERE s.code = :code AND s.brandId = :brand",
                        Sku.class)
                .setParameter("code", code.strip())
                .setParameter("brand", currentUser.brandId())
                .getResultStream()
                .findFirst();
    }

    /** Most recently changed SKUs first. */
    public List<Sku> recentlyChangedSkus(int max) {
        return em.createQuery(
                        "SELECT s FROM Sku s WHERE s.brandId = :brand ORDER BY s.updatedAt DESC, s.code", Sku.class)
                .setParameter("brand", currentUser.brandId())
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    /** One page of the SKU table. */
    public List<Sku> findSkus(@NotNull SkuSearch search) {
        long brandId = currentUser.brandId();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Sku> query = cb.createQuery(Sku.class);
        Root<Sku> sku = query.from(Sku.class);
        query.where(filters(cb, sku, brandId, search));
        Expression<?> sortColumn = sortColumn(sku, search.sortBy());
        query.orderBy(search.ascending() ? cb.asc(sortColumn) : cb.desc(sortColumn), cb.asc(sku.get("id")));
        return em.createQuery(query)
                .setFirstResult(search.first())
                .setMaxResults(search.pageSize())
                .getResultList();
    }

    /** How many SKUs match the search's filters. */
    public long countSkus(@NotNull SkuSearch search) {
        long brandId = currentUser.brandId();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Sku> sku = count.from(Sku.class);
        count.select(cb.count(sku)).where(filters(cb, sku, brandId, search));
        return em.createQuery(count).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Sku> sku, long brandId, SkuSearch search) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(sku.get("brandId"), brandId));
        if (search.code() != null && !search.code().isBlank()) {
            where.add(
                    cb.like(cb.upper(sku.get("code")), containing(search.code().toUpperCase(Locale.ROOT)), '\\'));
        }
        if (search.name() != null && !search.name().isBlank()) {
            String pattern = containing(search.name().toLowerCase(Locale.ROOT));
            where.add(cb.or(
                    cb.like(cb.lower(sku.get("name").get("english")), pattern, '\\'),
                    cb.like(sku.get("name").get("chinese"), pattern, '\\')));
        }
        if (search.status() != null) {
            where.add(cb.equal(sku.get("status"), search.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Expression<?> sortColumn(Root<Sku> sku, String sortBy) {
        String column = SORTABLE.contains(sortBy) ? sortBy : "code";
        return "name".equals(column) ? sku.get("name").get("english") : sku.get(column);
    }

    /** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
    private static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public SkuDraft draft(long id) {
        return SkuDraft.of(sku(id));
    }

    public List<Category> categories() {
        return em.createQuery(
                        "SELECT c FROM Category c WHERE c.brandId = :brand ORDER BY c.name.english", Category.class)
                .setParameter("brand", currentUser.brandId())
                .getResultList();
    }

    /**
     * Creates or updates a SKU from the form.
     *
     * @return the SKU's id
     * @throws ConcurrentEditException if the SKU changed since the draft was taken
     */
    public long save(@NotNull @Valid SkuDraft draft) {
        long brandId = currentUser.brandId();
        String code = draft.getCode().strip().toUpperCase(Locale.ROOT);
        draft.tierProblem().ifPresent(problem -> {
            throw problem;
        });
        Category category = draft.getCategoryId() == null ? null : category(brandId, draft.getCategoryId());
        boolean codeTaken = !em.createQuery(
                        "SELECT s.id FROM Sku s WHERE s.brandId = :brand AND s.code = :code "
                                + "AND (:id IS NULL OR s.id <> :id)",
                        Long.class)
                .setParameter("brand", brandId)
                .setParameter("code", code)
                .setParameter("id", draft.getId())
                .getResultList()
                .isEmpty();
        if (codeTaken) {
            throw new BusinessException("sku.code.taken", code);
        }

        Sku sku;
        String action;
        if (draft.isNew()) {
            sku = new Sku(brandId, code, clock.instant());
            sku.apply(draft, code, category, clock.instant());
            em.persist(sku);
            action = "CREATED";
        } else {
            sku = sku(draft.getId());
            if (sku.getVersion() != draft.getVersion()) {
                throw new ConcurrentEditException();
            }
            sku.apply(draft, code, category, clock.instant());
            action = "UPDATED";
        }
        flush();
        audit.record(
                currentUser.caller().username(),
                AuditScope.brand(brandId),
                AUDIT_SUBJECT,
                sku.getId(),
                action,
                sku.describe());
        return sku.getId();
    }

    /** Publishes (needs a price) or withdraws a SKU. */
    public void changeStatus(long id, long expectedVersion, @NotNull SkuStatus target) {
        Sku sku = sku(id);
        if (sku.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        sku.moveTo(target, clock.instant());
        flush();
        audit.record(
                currentUser.caller().username(),
                AuditScope.brand(sku.getBrandId()),
                AUDIT_SUBJECT,
                id,
                target.name(),
                sku.describe());
    }

    /** Sets the SKU's picture (JPEG or PNG, at most 5 MB). */
    public void setImage(long id, byte[] content) {
        Sku sku = sku(id);
        String stored = images.store(ImageFiles.Kind.SKUS, content);
        String previous;
        try {
            previous = sku.picture(stored, clock.instant());
            flush();
        } catch (RuntimeException e) {
            images.delete(ImageFiles.Kind.SKUS, stored);
            throw e;
        }
        if (previous != null) {
            images.delete(ImageFiles.Kind.SKUS, previous);
        }
        audit.record(
                currentUser.caller().username(),
                AuditScope.brand(sku.getBrandId()),
                AUDIT_SUBJECT,
                id,
                "PICTURED",
                stored);
    }

    /** Where the picture of one of the brand's SKUs is kept. */
    public java.nio.file.Path imagePath(long id) {
        Sku sku = sku(id);
        if (sku.getImage() == null) {
            throw new NotFoundException("SKU image", id);
        }
        return images.path(ImageFiles.Kind.SKUS, sku.getImage());
    }

    /** Who changed the SKU, when and how, newest first. */
    public List<AuditEvent> history(long id) {
        return audit.of(AUDIT_SUBJECT, sku(id).getId());
    }

    private Category category(long brandId, long categoryId) {
        Category category = em.find(Category.class, categoryId);
        if (category == null || category.getBrandId() != brandId) {
            throw new NotFoundException("category", categoryId);
        }
        return category;
    }

    /** Turns a lost race with another save into the same clear refusal as a stale version. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        } catch (PersistenceException e) {
            if (String.valueOf(e.getMessage()).contains("uk_sku_code")) {
                throw new BusinessException("sku.code.taken");
            }
            throw e;
        }
    }
}
