package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfline.ordering.BrandCart;
import org.shelfline.ordering.CartService;
import org.shelfline.ordering.LineProblem;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderPlacement;
import org.shelfline.ordering.OrderRequest;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.Placement;
import org.shelfline.ordering.SavedListService;
import org.shelfline.ordering.ShopCatalog;
import org.shelfline.shared.BusinessException;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.web.Messages;

/**
 * Backs shop/cart.xhtml: the carts per brand, quick order, saving a list, and checkout. The checkout key
 * lives as long as this view, so a double click or a back-and-resubmit of the same page places once.
 */
@Named
@ViewScoped
public class CartView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CartService carts;

    @Inject
    ShopCatalog catalog;

    @Inject
    OrderPlacement placement;

    @Inject
    SavedListService lists;

    @Inject
    Messages messages;

    private final String checkoutKey = UUID.randomUUID().toString();
    private List<BrandCart> brandCarts;
    private List<StoreBrandStanding> brands;
    private final Map<Long, Integer> quantities = new HashMap<>();
    /** Payment per brand, as the radio buttons post it (enum names). */
    private final Map<Long, String> payments = new HashMap<>();

    private final Map<Long, String> listNames = new HashMap<>();
    private Long quickBrandId;
    private String quickLines;
    private List<LineProblem> problems = List.of();

    @PostConstruct
    void init() {
        brands = catalog.orderableBrands();
        if (!brands.isEmpty()) {
            quickBrandId = brands.get(0).getBrand().getId();
        }
        reload();
    }

    private void reload() {
        brandCarts = carts.carts();
        quantities.clear();
        brandCarts.forEach(
                cart -> cart.items().forEach(item -> quantities.put(item.sku().getId(), item.cases())));
        brandCarts.forEach(cart -> payments.putIfAbsent(
                cart.brandId(), (offersCredit(cart) ? Payment.CREDIT : Payment.CASH_ON_DELIVERY).name()));
    }

    public void update(BrandCart cart) {
        for (BrandCart.Item item : cart.items()) {
            Integer cases = quantities.get(item.sku().getId());
            if (cases == null) {
                messages.error("order.casesPositive", item.sku().getCode());
            } else if (cases != item.cases()) {
                messages.attempt(() -> carts.change(item.sku().getId(), cases));
            }
        }
        reload();
    }

    public void remove(long skuId) {
        carts.remove(skuId);
        reload();
    }

    public void quickOrder() {
        if (quickBrandId == null) {
            return;
        }
        if (messages.attempt(() -> problems = carts.quickOrder(quickBrandId, quickLines))) {
            if (problems.isEmpty()) {
                quickLines = null;
                messages.info("page.shop.cart.quickAdded");
            } else {
                // The good lines are in the cart now: only the refused ones stay in the box to be fixed,
                // so sending it again cannot add the good ones twice.
                int added =
                        (int) quickLines.lines().filter(line -> !line.isBlank()).count() - problems.size();
                String[] submitted = quickLines.split("\\R");
                quickLines = problems.stream()
                        .map(problem -> submitted[problem.lineNo() - 1])
                        .collect(java.util.stream.Collectors.joining("\n"));
                messages.info("page.shop.cart.quickPartlyAdded", added);
                messages.lineProblems(problems);
            }
        }
        reload();
    }

    public void saveList(BrandCart cart) {
        if (messages.attempt(() -> lists.saveCart(cart.brandId(), listNames.get(cart.brandId())))) {
            messages.info("page.shop.cart.listSaved", listNames.get(cart.brandId()));
            listNames.remove(cart.brandId());
        }
    }

    /** Places the brand's cart as it is on the server (the quantities shown were saved when changed). */
    public String place(BrandCart cart) {
        List<OrderLineRequest> lines = carts.carts().stream()
                .filter(current -> current.brandId() == cart.brandId())
                .flatMap(current -> current.items().stream())
                .map(item -> new OrderLineRequest(item.sku().getCode(), item.cases()))
                .toList();
        try {
            Placement placed = placement.place(OrderRequest.fromCart(
                    cart.brandId(), lines, payment(cart.brandId()), checkoutKey + "-" + cart.brandId()));
            return "/shop/placed?faces-redirect=true&checkout=" + placed.checkoutId();
        } catch (BusinessException e) {
            messages.error(e);
            reload();
            return null;
        }
    }

    private Payment payment(long brandId) {
        String chosen = payments.get(brandId);
        return java.util.Arrays.stream(Payment.values())
                .filter(p -> p.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    /** Credit on hold is not offered: the page says why beside the payment choice, not refused after choosing it. */
    private static boolean offersCredit(BrandCart cart) {
        return cart.standing().maySpendCredit();
    }

    public Payment[] paymentsFor(BrandCart cart) {
        return offersCredit(cart)
                ? new Payment[] {Payment.CASH_ON_DELIVERY, Payment.CREDIT}
                : new Payment[] {Payment.CASH_ON_DELIVERY};
    }

    public List<BrandCart> getBrandCarts() {
        return brandCarts;
    }

    public List<StoreBrandStanding> getBrands() {
        return brands;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public Map<Long, String> getPayments() {
        return payments;
    }

    public Map<Long, String> getListNames() {
        return listNames;
    }

    public Long getQuickBrandId() {
        return quickBrandId;
    }

    public void setQuickBrandId(Long quickBrandId) {
        this.quickBrandId = quickBrandId;
    }

    public String getQuickLines() {
        return quickLines;
    }

    public void setQuickLines(String quickLines) {
        this.quickLines = quickLines;
    }
}
