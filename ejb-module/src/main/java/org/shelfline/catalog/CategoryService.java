package org.shelfline.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BilingualName;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;

/** The signed-in brand's category tree. */
@Stateless
public class CategoryService {

    static final String AUDIT_SUBJECT = "CATEGORY";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The tree in reading order: each category followed by its children, by English name. */
    public List<Category> tree() {
        return inReadingOrder(em.createQuery("SELECT c FROM Category c WHERE c.brandId = :brand", Category.class)
                .setParameter("brand", currentUser.brandId())
                .getResultList());
    }

    /** A brand's categories in reading order: each followed by its children, by English name. */
    public static List<Category> inReadingOrder(List<Category> all) {
        Map<Long, List<Category>> children = all.stream()
                .filter(c -> c.getParent() != null)
                .collect(Collectors.groupingBy(c -> c.getParent().getId()));
        List<Category> ordered = new ArrayList<>();
        all.stream().filter(c -> c.getParent() == null).sorted(byName()).forEach(root -> add(root, children, ordered));
        return ordered;
    }

    private static void add(Category category, Map<Long, List<Category>> children, List<Category> ordered) {
        ordered.add(category);
        children.getOrDefault(category.getId(), List.of()).stream()
                .sorted(byName())
                .forEach(child -> add(child, children, ordered));
    }

    private static Comparator<Category> byName() {
        return Comparator.comparing(c -> c.getName().english());
    }

    public long create(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{sku.code.pattern}")
                    String code,
            @NotBlank @Size(max = 80) String nameEn,
            @NotBlank @Size(max = 80) String nameZh,
            Long parentId) {
        long brandId = currentUser.brandId();
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        boolean taken = em.createQuery(
                                "SELECT COUNT(c) FROM Category c WHERE c.brandId = :brand AND c.code = :code",
                                Long.class)
                        .setParameter("brand", brandId)
                        .setParameter("code", normalised)
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new BusinessException("category.codeTaken", normalised);
        }
        Category parent = null;
        if (parentId != null) {
            parent = em.find(Category.class, parentId);
            if (parent == null || parent.getBrandId() != brandId) {
                throw new NotFoundException("category", parentId);
            }
        }
        Category category = new Category(brandId, parent, normalised, new BilingualName(nameEn, nameZh));
        em.persist(category);
        em.flush();
        audit.record(
                currentUser.caller().username(),
                AuditScope.brand(brandId),
                AUDIT_SUBJECT,
                category.getId(),
                "CREATED",
                normalised + " " + nameEn.strip() + " / " + nameZh.strip()
                        + (parent == null ? "" : " under " + parent.getCode()));
        return category.getId();
    }
}
