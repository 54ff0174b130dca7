package org.shelfline.pricing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.catalog.Sku;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;

/** The signed-in brand's price lists and their prices. Another brand's list or SKU is "not found". */
@Stateless
public class PriceListService {

    static final String AUDIT_SUBJECT = "PRICE_LIST";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<PriceList> lists() {
        return em.createQuery("SELECT l FROM PriceList l WHERE l.brandId = :brand ORDER BY l.name", PriceList.class)
                .setParameter("brand", currentUser.brandId())
                .getResultList();
    }

    public PriceList list(long id) {
        PriceList list = em.find(PriceList.class, id);
        if (list == null || list.getBrandId() != currentUser.brandId()) {
            throw new NotFoundException("price list", id);
        }
        return list;
    }

    public long create(@NotNull @Valid PriceListDraft draft) {
        long brandId = currentUser.brandId();
        if (draft.getValidFrom() != null
                && draft.getValidUntil() != null
                && !draft.getValidFrom().isBefore(draft.getValidUntil())) {
            throw new BusinessException("pricelist.window");
        }
        boolean taken = em.createQuery(
                                "SELECT COUNT(l) FROM PriceList l WHERE l.brandId = :brand AND l.name = :name",
                                Long.class)
                        .setParameter("brand", brandId)
                        .setParameter("name", draft.getName().strip())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new BusinessException("pricelist.nameTaken", draft.getName().strip());
        }
        PriceList list = new PriceList(brandId, draft, clock.instant());
        em.persist(list);
        em.flush();
        record(list, "CREATED", list.describe());
        return list.getId();
    }

    public List<ListedPrice> prices(long listId) {
        PriceList list = list(listId);
        return em.createQuery(
                        "SELECT NEW org.shelfline.pricing.ListedPrice(p.id, s.code, p.minCases, p.casePrice) "
                                + "FROM PriceListPrice p, Sku s WHERE s.id = p.skuId AND p.priceList = :list "
                                + "ORDER BY s.code, p.minCases",
                        ListedPrice.class)
                .setParameter("list", list)
                .getResultList();
    }

    /** Sets the price of a SKU (by code) from a number of cases in the list; replaces an existing one. */
    public void setPrice(
            long listId,
            @NotBlank String skuCode,
            @Min(1) @Max(100_000) int minCases,
            @NotNull @DecimalMin("0.00") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2)
                    BigDecimal casePrice) {
        PriceList list = list(listId);
        Sku sku = em.createQuery("SELECT s FROM Sku s WHERE s.brandId = :brand AND UPPER(s.code) = :code", Sku.class)
                .setParameter("brand", list.getBrandId())
                .setParameter("code", skuCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SKU", skuCode));
        em.createQuery(
                        "SELECT p FROM PriceListPrice p WHERE p.priceList = :list AND p.skuId = :sku AND p.minCases = :min",
                        PriceListPrice.class)
                .setParameter("list", list)
                .setParameter("sku", sku.getId())
                .setParameter("min", minCases)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        price -> price.reprice(casePrice),
                        () -> em.persist(new PriceListPrice(list, sku.getId(), minCases, casePrice)));
        record(list, "PRICED", sku.getCode() + " from " + minCases + ": " + casePrice.toPlainString());
    }

    public void removePrice(long listId, long priceId) {
        PriceList list = list(listId);
        PriceListPrice price = em.find(PriceListPrice.class, priceId);
        if (price == null || !price.getPriceList().getId().equals(list.getId())) {
            throw new NotFoundException("price", priceId);
        }
        em.remove(price);
        record(list, "UNPRICED", "sku " + price.getSkuId() + " from " + price.getMinCases());
    }

    public void delete(long listId) {
        PriceList list = list(listId);
        em.createQuery("DELETE FROM PriceListPrice p WHERE p.priceList = :list")
                .setParameter("list", list)
                .executeUpdate();
        em.remove(list);
        record(list, "DELETED", list.describe());
    }

    private void record(PriceList list, String action, String detail) {
        audit.record(
                currentUser.caller().username(),
                AuditScope.brand(list.getBrandId()),
                AUDIT_SUBJECT,
                list.getId(),
                action,
                detail);
    }
}
