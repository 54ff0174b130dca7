package org.shelfline.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.ordering.DeliveryDispute;
import org.shelfline.ordering.DeliveryDisputes;
import org.shelfline.web.Messages;

/** Backs admin/disputes.xhtml: deliveries the brand's shops disputed, and the brand's decision on each. */
@Named
@RequestScoped
public class DisputesView {

    @Inject
    DeliveryDisputes disputes;

    @Inject
    Messages messages;

    private List<DeliveryDisputes.Row> rows;
    /** The note typed for each open dispute, by its id. */
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        rows = disputes.mine();
    }

    public void shopCountStands(long disputeId, long version) {
        settle(disputeId, version, DeliveryDispute.Settlement.SHOP_COUNT, "page.admin.disputes.shopCountStood");
    }

    public void rebill(long disputeId, long version) {
        settle(disputeId, version, DeliveryDispute.Settlement.REBILLED, "page.admin.disputes.rebilled");
    }

    private void settle(long disputeId, long version, DeliveryDispute.Settlement how, String doneKey) {
        if (messages.attempt(() -> disputes.settle(disputeId, version, how, notes.get(disputeId)))) {
            messages.info(doneKey);
            notes.remove(disputeId);
        }
        load();
    }

    public List<DeliveryDisputes.Row> getRows() {
        return rows;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
