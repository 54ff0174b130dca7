package org.shelfline.web.admin.stores;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationService;
import org.shelfline.store.VerificationStatus;

/** Backs admin/stores/queue.xhtml?status=...: the stores that applied to the brand, by status. */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VerificationService verification;

    /** Waiting applications unless another status (or "ALL") is asked for. */
    private String status = VerificationStatus.APPLIED.name();

    private List<StoreBrandStanding> stores;

    public void load() {
        stores = verification.queue(parse(status));
    }

    private static VerificationStatus parse(String value) {
        try {
            return value == null ? null : VerificationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public VerificationStatus[] getStatuses() {
        return VerificationStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<StoreBrandStanding> getStores() {
        return stores;
    }
}
