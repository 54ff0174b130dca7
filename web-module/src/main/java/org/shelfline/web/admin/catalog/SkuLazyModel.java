package org.shelfline.web.admin.catalog;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuSearch;
import org.shelfline.catalog.SkuStatus;

/** Feeds the SKU table one page at a time; sorting and filtering happen in the database. */
public class SkuLazyModel extends LazyDataModel<Sku> {

    private static final long serialVersionUID = 1L;

    private final transient CatalogService catalog;

    SkuLazyModel(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, catalog.countSkus(search(0, 1, Map.of(), filterBy)));
    }

    @Override
    public List<Sku> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return catalog.findSkus(search(first, pageSize, sortBy, filterBy));
    }

    @Override
    public String getRowKey(Sku sku) {
        return String.valueOf(sku.getId());
    }

    private static SkuSearch search(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new SkuSearch(
                first,
                pageSize,
                sort == null ? "code" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                text(filterBy, "code"),
                text(filterBy, "name"),
                status(text(filterBy, "status")));
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        Object value = filter == null ? null : filter.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static SkuStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return SkuStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
