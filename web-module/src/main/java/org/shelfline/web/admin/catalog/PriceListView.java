package org.shelfline.web.admin.catalog;

import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.shelfline.pricing.ListedPrice;
import org.shelfline.pricing.PriceList;
import org.shelfline.pricing.PriceListService;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs admin/catalog/pricelist.xhtml?id=...: one price list and its prices. */
@Named
@ViewScoped
public class PriceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriceListService priceLists;

    @Inject
    Messages messages;

    private String id;
    private PriceList list;
    private List<ListedPrice> prices;

    private String skuCode;
    private Integer minCases = 1;
    private BigDecimal casePrice;

    public void load() {
        long listId = Ids.parse("price list", id);
        list = priceLists.list(listId);
        prices = priceLists.prices(listId);
    }

    public void setPrice() {
        act(
                () -> priceLists.setPrice(list.getId(), skuCode, minCases, casePrice),
                "page.admin.catalog.pricelist.priced");
    }

    public void removePrice(long priceId) {
        act(() -> priceLists.removePrice(list.getId(), priceId), "page.admin.catalog.pricelist.removed");
    }

    public void delete() throws IOException {
        priceLists.delete(list.getId());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/catalog/pricelists.xhtml");
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            messages.info(doneKey);
            skuCode = null;
            casePrice = null;
        } catch (BusinessException e) {
            messages.error(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof jakarta.validation.ConstraintViolationException)) {
                throw e;
            }
            messages.error("page.admin.catalog.pricelist.invalid");
        }
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PriceList getList() {
        return list;
    }

    public List<ListedPrice> getPrices() {
        return prices;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public void setSkuCode(String skuCode) {
        this.skuCode = skuCode;
    }

    public Integer getMinCases() {
        return minCases;
    }

    public void setMinCases(Integer minCases) {
        this.minCases = minCases;
    }

    public BigDecimal getCasePrice() {
        return casePrice;
    }

    public void setCasePrice(BigDecimal casePrice) {
        this.casePrice = casePrice;
    }
}
