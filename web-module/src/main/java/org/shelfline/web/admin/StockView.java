package org.shelfline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shelfline.stock.Stock;
import org.shelfline.stock.StockService;

/** Backs admin/stock.xhtml: distributors' stock of the brand's SKUs. */
@Named("brandStockView")
@ViewScoped
public class StockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockService stock;

    private String filter;
    private List<Stock> rows;

    @PostConstruct
    void load() {
        rows = stock.brandStock(filter);
    }

    public void search() {
        load();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public List<Stock> getRows() {
        return rows;
    }
}
