package org.shelfline.web.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.catalog.Category;
import org.shelfline.ordering.CartService;
import org.shelfline.ordering.ShopCatalog;
import org.shelfline.ordering.ShopItem;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.web.Messages;

/** Backs shop/catalog.xhtml: search a brand's catalogue at the shop's prices and add to the cart. */
@Named("shopCatalogView")
@ViewScoped
public class CatalogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopCatalog catalog;

    @Inject
    CartService carts;

    @Inject
    Messages messages;

    @Inject
    CartCount cartCount;

    private Long brandId;
    private Long categoryId;
    private List<Category> categories = List.of();
    private String query;
    private int first;
    private List<StoreBrandStanding> brands;
    private List<ShopItem> items = List.of();
    private final Map<Long, Integer> quantities = new HashMap<>();

    public void load() {
        brands = catalog.orderableBrands();
        if (brandId == null
                || brands.stream().noneMatch(b -> b.getBrand().getId().equals(brandId))) {
            brandId = brands.isEmpty() ? null : brands.get(0).getBrand().getId();
        }
        search();
    }

    public void search() {
        if (brandId == null) {
            items = List.of();
            categories = List.of();
            return;
        }
        categories = catalog.categories(brandId);
        if (categoryId != null && categories.stream().noneMatch(c -> c.getId().equals(categoryId))) {
            categoryId = null; // another brand's category: the whole catalogue
        }
        first = Math.max(0, first);
        items = catalog.search(brandId, query, categoryId, first);
        items.forEach(
                item -> quantities.putIfAbsent(item.sku().getId(), item.sku().getMinOrderCases()));
    }

    public void find() {
        first = 0;
        search();
    }

    public void next() {
        first += ShopCatalog.PAGE_SIZE;
        search();
    }

    public void previous() {
        first -= ShopCatalog.PAGE_SIZE;
        search();
    }

    /**
     * Adds the row's cases to the cart. What happened is said at the top of the page and beside the row's button
     * too: the shop may have scrolled far from the top, and the page does not reload.
     */
    public void add(ShopItem item, int row) {
        String rowField = "results:items:" + row + ":cases";
        Integer cases = quantities.get(item.sku().getId());
        if (cases == null) {
            messages.error("order.casesPositive", item.sku().getCode());
            messages.errorOn(rowField, "order.casesPositive", item.sku().getCode());
            return;
        }
        try {
            carts.add(item.sku().getId(), cases);
            messages.info("page.shop.catalog.added", cases, item.sku().getCode());
            messages.infoOn(
                    rowField, "page.shop.catalog.added", cases, item.sku().getCode());
            cartCount.changed();
        } catch (org.shelfline.shared.BusinessException e) {
            messages.error(e);
            messages.errorOn(rowField, e.messageKey(), e.arguments());
        }
    }

    public List<ShopItem> getVisibleItems() {
        return items.size() > ShopCatalog.PAGE_SIZE ? items.subList(0, ShopCatalog.PAGE_SIZE) : items;
    }

    public boolean isHasNext() {
        return items.size() > ShopCatalog.PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public List<StoreBrandStanding> getBrands() {
        return brands;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }
}
