package org.shelfline.web.admin.fairs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.shelfline.catalog.CatalogService;
import org.shelfline.fair.FairAnnouncement;
import org.shelfline.fair.FairService;
import org.shelfline.web.Formats;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;
import org.shelfline.web.shop.FairFeed;

/**
 * Backs admin/fairs/fair.xhtml?id=...: one fair: its offers, publishing, the invitation link and QR
 * code, announcements (pushed to the shops' open pages) and the live dashboard.
 */
@Named
@ViewScoped
public class FairView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    org.shelfline.fair.FairInvitations invitations;

    private transient org.shelfline.fair.FairInvitations.Visits invitationVisits;

    @Inject
    FairService fairs;

    @Inject
    CatalogService catalog;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    @Inject
    java.time.Clock clock;

    @Inject
    FairFeed feed;

    private String id;
    private FairService.Dashboard dashboard;
    private List<FairAnnouncement> announcements;
    private org.shelfline.fair.FairSummary summary;
    private String skuCode;
    private BigDecimal fairPrice;
    private BigDecimal earlyBirdPrice;
    private Integer allocation;
    private Integer storeCap;
    /** The offer (SKU and prices) the admin was asked to confirm because it is above the list price. */
    private String confirmedAboveList;

    private String announcement;
    private FairForm form;
    /** The version the session form was filled from: a save over someone else's change is refused. */
    private long formVersion;

    public void load() {
        dashboard = fairs.dashboard(fairId());
        announcements = fairs.announcements(fairId());
        summary = fairs.summary(fairId());
        if (form == null) {
            form = FairForm.of(dashboard.fair(), formats);
            formVersion = dashboard.fair().getVersion();
        }
    }

    /** Saves the session's own fields (title, window, invitations, terms). */
    public void save() {
        var draft = form.draft(formats);
        if (draft == null) {
            messages.error("fair.windowInvalid");
            return;
        }
        if (messages.attempt(() -> fairs.update(fairId(), formVersion, draft))) {
            messages.info("page.admin.fairs.fair.saved");
            form = null;
        }
        load();
    }

    public FairForm getForm() {
        return form;
    }

    /** An ended fair reads "Ended" and its offers can no longer change. */
    public boolean isEnded() {
        return dashboard != null && dashboard.fair().isEndedAt(clock.instant());
    }

    public org.shelfline.fair.FairSummary getSummary() {
        return summary;
    }

    public void offer() {
        if (skuCode == null || skuCode.isBlank()) {
            messages.error("fair.skuRequired");
            return;
        }
        var found = catalog.skuByCode(skuCode);
        if (found.isEmpty()) {
            messages.error("order.unknownSku", skuCode);
            return;
        }
        if (allocation == null || storeCap == null) {
            messages.error("fair.allocationInvalid");
            return;
        }
        BigDecimal listPrice = found.get().getListPrice();
        String confirmation = found.get().getCode() + " " + fairPrice + " " + earlyBirdPrice;
        boolean above = listPrice != null
                && ((fairPrice != null && fairPrice.compareTo(listPrice) > 0)
                        || (earlyBirdPrice != null && earlyBirdPrice.compareTo(listPrice) > 0));
        if (above && !confirmation.equals(confirmedAboveList)) {
            // Asked once: a fair price above the list price is usually a typing slip. The same offer again confirms it.
            confirmedAboveList = confirmation;
            messages.warn(
                    "page.admin.fairs.fair.aboveList",
                    found.get().getCode(),
                    formats.money(
                            listPrice,
                            jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getViewRoot()
                                    .getLocale()));
            return;
        }
        confirmedAboveList = null;
        if (messages.attempt(
                () -> fairs.offer(fairId(), found.get().getId(), fairPrice, earlyBirdPrice, allocation, storeCap))) {
            messages.info("page.admin.fairs.fair.offered", found.get().getCode());
            skuCode = null;
            fairPrice = null;
            earlyBirdPrice = null;
            allocation = null;
            storeCap = null;
        }
        load();
    }

    /** Fills the offer form with an offer, to change it. */
    public void edit(org.shelfline.fair.FairOffer offer) {
        skuCode = offer.getSku().getCode();
        fairPrice = offer.getFairPrice();
        earlyBirdPrice = offer.getEarlyBirdPrice();
        allocation = offer.getAllocation();
        storeCap = offer.getStoreCap();
        confirmedAboveList = null;
    }

    public void removeOffer(long offerId) {
        if (messages.attempt(() -> fairs.removeOffer(fairId(), offerId))) {
            messages.info("page.admin.fairs.fair.offerRemoved");
        }
        load();
    }

    public void publish() {
        if (messages.attempt(() -> fairs.publish(fairId()))) {
            messages.info("page.admin.fairs.fair.published");
            form = null;
        }
        load();
    }

    public void announce() {
        if (messages.attempt(() -> fairs.announce(fairId(), announcement))) {
            feed.announced(fairId());
            messages.info("page.admin.fairs.fair.announced");
            announcement = null;
        }
        load();
    }

    /** Called by the dashboard's poll: the figures it re-renders only (the summary by shop is read on load). */
    public void refresh() {
        dashboard = fairs.dashboard(fairId());
    }

    private long fairId() {
        return Ids.parse("fair", id);
    }

    /** How far the invitation travelled: the link's visits. */
    public org.shelfline.fair.FairInvitations.Visits getInvitationVisits() {
        if (invitationVisits == null) {
            invitationVisits = invitations.visits(dashboard.fair().getId());
        }
        return invitationVisits;
    }

    public String getInvitationLink() {
        var request = (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest();
        return InvitationQrServlet.invitationLink(request, dashboard.fair());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FairService.Dashboard getDashboard() {
        return dashboard;
    }

    public List<FairAnnouncement> getAnnouncements() {
        return announcements;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public void setSkuCode(String skuCode) {
        this.skuCode = skuCode;
    }

    public BigDecimal getFairPrice() {
        return fairPrice;
    }

    public void setFairPrice(BigDecimal fairPrice) {
        this.fairPrice = fairPrice;
    }

    public BigDecimal getEarlyBirdPrice() {
        return earlyBirdPrice;
    }

    public void setEarlyBirdPrice(BigDecimal earlyBirdPrice) {
        this.earlyBirdPrice = earlyBirdPrice;
    }

    public Integer getAllocation() {
        return allocation;
    }

    public void setAllocation(Integer allocation) {
        this.allocation = allocation;
    }

    public Integer getStoreCap() {
        return storeCap;
    }

    public void setStoreCap(Integer storeCap) {
        this.storeCap = storeCap;
    }

    public String getAnnouncement() {
        return announcement;
    }

    public void setAnnouncement(String announcement) {
        this.announcement = announcement;
    }
}
