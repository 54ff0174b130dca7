package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shelfline.catalog.Sku;
import org.shelfline.identity.CurrentUser;
import org.shelfline.pricing.PricingService;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.store.StoreBrandStanding;

/**
 * The signed-in shop's carts, one per brand, kept on the server. Every quantity put in a cart passes the
 * ordering rules; quick order, reorder and saved lists add what passes and say why the rest did not.
 */
@Stateless
public class CartService {

    /** "CODE 12", "CODE,12", "CODE\t12", "CODE x12". */
    private static final Pattern QUICK_LINE =
            Pattern.compile("^\\s*(\\S+?)\\s*(?:[,;\\t ]+|\\s*[xX×*]\\s*)\\s*(\\S+)\\s*$");

    /** A paste longer than this is not an order; refusing it keeps the line parser from long inputs. */
    public static final int QUICK_ORDER_MAX_CHARS = 20_000;

    /** A "code cases" line is short; a longer one is unreadable. */
    static final int QUICK_LINE_MAX_CHARS = 100;

    /** Lines one paste may hold. */
    public static final int QUICK_ORDER_MAX_LINES = OrderRules.MAX_LINES;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ShopCatalog catalog;

    @Inject
    PricingService pricing;

    @Inject
    ShopOrders orders;

    @Inject
    Clock clock;

    public List<BrandCart> carts() {
        long storeId = currentUser.storeId();
        Instant now = clock.instant();
        Map<Long, List<CartLine>> byBrand = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT c FROM CartLine c JOIN FETCH c.sku WHERE c.storeId = :store ORDER BY c.sku.code",
                        CartLine.class)
                .setParameter("store", storeId)
                .getResultStream()
                .forEach(line -> byBrand.computeIfAbsent(line.getSku().getBrandId(), b -> new ArrayList<>())
                        .add(line));
        List<BrandCart> carts = new ArrayList<>();
        for (StoreBrandStanding standing : catalog.orderableBrands()) {
            List<CartLine> lines = byBrand.get(standing.getBrand().getId());
            if (lines == null) {
                continue;
            }
            Map<Long, Integer> cases = new LinkedHashMap<>();
            lines.forEach(line -> cases.put(line.getSku().getId(), line.getCases()));
            Map<Long, Optional<Quote>> quotes = pricing.quotes(storeId, cases, now);
            List<BrandCart.Item> items = lines.stream()
                    .map(line -> new BrandCart.Item(
                            line.getSku(),
                            line.getCases(),
                            quotes.get(line.getSku().getId()).orElse(null)))
                    .toList();
            BigDecimal total = items.stream()
                    .map(BrandCart.Item::quote)
                    .filter(q -> q != null)
                    .map(Quote::lineTotal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            carts.add(new BrandCart(standing, items, total));
        }
        return carts;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM CartLine c WHERE c.storeId = :store", Long.class)
                .setParameter("store", currentUser.storeId())
                .getSingleResult();
    }

    /** Adds cases of a SKU (to what the cart already holds). */
    public void add(long skuId, int cases) {
        long storeId = currentUser.storeId();
        Sku sku = orderableSku(storeId, skuId);
        Optional<CartLine> existing = line(storeId, skuId);
        long total = (long) cases + existing.map(CartLine::getCases).orElse(0);
        put(storeId, sku, existing, (int) Math.min(total, Integer.MAX_VALUE));
    }

    /** Sets the cases of a SKU in the cart. */
    public void change(long skuId, int cases) {
        long storeId = currentUser.storeId();
        put(storeId, orderableSku(storeId, skuId), line(storeId, skuId), cases);
    }

    public void remove(long skuId) {
        em.createQuery("DELETE FROM CartLine c WHERE c.storeId = :store AND c.sku.id = :sku")
                .setParameter("store", currentUser.storeId())
                .setParameter("sku", skuId)
                .executeUpdate();
    }

    /**
     * Adds "code quantity" lines of one brand, as typed or pasted. Good lines go in, even when others do
     * not; the problems come back with their line numbers.
     */
    public List<LineProblem> quickOrder(long brandId, String text) {
        long storeId = currentUser.storeId();
        catalog.requireOrderable(storeId, brandId);
        if (text != null && text.length() > QUICK_ORDER_MAX_CHARS) {
            throw new BusinessException("cart.quickTooLong", QUICK_ORDER_MAX_CHARS);
        }
        List<LineProblem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        if (lines.length > QUICK_ORDER_MAX_LINES) {
            throw new BusinessException("cart.quickTooManyLines", QUICK_ORDER_MAX_LINES);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher parts = QUICK_LINE.matcher(line.length() > QUICK_LINE_MAX_CHARS ? "" : line);
            try {
                if (!parts.matches()) {
                    throw new BusinessException("cart.quickUnreadable");
                }
                int cases = parseCases(parts.group(2));
                Sku sku = em.createQuery("SELECT s FROM Sku s WHERE s.brandId = :brand AND s.code = :code", Sku.class)
                        .setParameter("brand", brandId)
                        .setParameter("code", parts.group(1))
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("order.unknownSku", parts.group(1)));
                addChecked(storeId, sku, cases);
            } catch (BusinessException refusal) {
                problems.add(LineProblem.of(i + 1, abbreviate(line), refusal));
            }
        }
        return problems;
    }

    /** Puts a past order's lines in the cart again (at today's prices). */
    public List<LineProblem> reorder(long orderId) {
        PurchaseOrder order = orders.myOrder(orderId);
        long storeId = currentUser.storeId();
        List<LineProblem> problems = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            try {
                addChecked(storeId, orderableSku(storeId, line.getSkuId()), line.getCases());
            } catch (BusinessException refusal) {
                problems.add(LineProblem.of(line.getLineNo(), line.getSkuCode() + " " + line.getCases(), refusal));
            }
        }
        return problems;
    }

    public List<LineProblem> addAll(List<SavedListLine> lines) {
        long storeId = currentUser.storeId();
        List<LineProblem> problems = new ArrayList<>();
        int lineNo = 1;
        for (SavedListLine line : lines) {
            try {
                addChecked(storeId, orderableSku(storeId, line.getSku().getId()), line.getCases());
            } catch (BusinessException refusal) {
                problems.add(LineProblem.of(lineNo, line.getSku().getCode() + " " + line.getCases(), refusal));
            }
            lineNo++;
        }
        return problems;
    }

    public List<CartLine> linesOf(long storeId, long brandId) {
        return em.createQuery(
                        "SELECT c FROM CartLine c JOIN FETCH c.sku WHERE c.storeId = :store AND c.sku.brandId = :brand "
                                + "ORDER BY c.sku.code",
                        CartLine.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultList();
    }

    private void addChecked(long storeId, Sku sku, int cases) {
        Optional<CartLine> existing = line(storeId, sku.getId());
        long total = (long) cases + existing.map(CartLine::getCases).orElse(0);
        put(storeId, sku, existing, (int) Math.min(total, Integer.MAX_VALUE));
    }

    private void put(long storeId, Sku sku, Optional<CartLine> existing, int cases) {
        OrderRules.check(sku, cases);
        if (existing.isPresent()) {
            existing.get().setCases(cases);
        } else {
            em.persist(new CartLine(storeId, sku, cases, clock.instant()));
        }
    }

    private Optional<CartLine> line(long storeId, long skuId) {
        return em.createQuery("SELECT c FROM CartLine c WHERE c.storeId = :store AND c.sku.id = :sku", CartLine.class)
                .setParameter("store", storeId)
                .setParameter("sku", skuId)
                .getResultStream()
                .findFirst();
    }

    /** A SKU of a brand that verified the shop; anything else (another brand's, unknown) is "unknown". */
    private Sku orderableSku(long storeId, long skuId) {
        Sku sku = em.find(Sku.class, skuId);
        if (sku == null) {
            throw new BusinessException("order.unknownSku", String.valueOf(skuId));
        }
        try {
            catalog.requireOrderable(storeId, sku.getBrandId());
        } catch (BusinessException notMine) {
            throw new BusinessException("order.unknownSku", String.valueOf(skuId));
        }
        return sku;
    }

    private static int parseCases(String text) {
        if (!text.matches("-?\\d{1,9}")) {
            throw new BusinessException(
                    "cart.quickNotANumber", text.length() > 20 ? text.substring(0, 20) + "…" : text);
        }
        return Integer.parseInt(text);
    }

    private static String abbreviate(String line) {
        String stripped = line.strip();
        return stripped.length() > 60 ? stripped.substring(0, 59) + "…" : stripped;
    }
}
