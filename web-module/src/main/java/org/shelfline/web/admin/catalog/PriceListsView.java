package org.shelfline.web.admin.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.shelfline.pricing.PriceList;
import org.shelfline.pricing.PriceListDraft;
import org.shelfline.pricing.PriceListService;
import org.shelfline.shared.BusinessException;
import org.shelfline.store.StoreTier;
import org.shelfline.web.Formats;
import org.shelfline.web.Messages;

/** Backs admin/catalog/pricelists.xhtml: the brand's price lists, and creating one. */
@Named
@ViewScoped
public class PriceListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriceListService priceLists;

    @Inject
    Formats formats;

    @Inject
    Messages messages;

    private List<PriceList> lists;
    private PriceListDraft draft = new PriceListDraft();
    /** Typed in the display time zone. */
    private LocalDateTime validFrom;

    private LocalDateTime validUntil;

    @PostConstruct
    void load() {
        lists = priceLists.lists();
    }

    public void create() throws IOException {
        draft.setValidFrom(formats.toInstant(validFrom));
        draft.setValidUntil(formats.toInstant(validUntil));
        try {
            long id = priceLists.create(draft);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/catalog/pricelist.xhtml?id=" + id);
        } catch (BusinessException e) {
            messages.error(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof jakarta.validation.ConstraintViolationException)) {
                throw e;
            }
            messages.error("page.admin.catalog.pricelists.invalid");
        }
    }

    public StoreTier[] getTiers() {
        return StoreTier.values();
    }

    public List<PriceList> getLists() {
        return lists;
    }

    public PriceListDraft getDraft() {
        return draft;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDateTime validUntil) {
        this.validUntil = validUntil;
    }
}
