package org.shelfline.web.admin.stores;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.shelfline.audit.AuditEvent;
import org.shelfline.shared.BusinessException;
import org.shelfline.store.CreditTerms;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.StoreTier;
import org.shelfline.store.VerificationService;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs admin/stores/store.xhtml?id=...: one store's application to the brand, and the decisions on it. */
@Named
@ViewScoped
public class StoreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VerificationService verification;

    @Inject
    Messages messages;

    private String id;
    private StoreBrandStanding standing;
    private List<AuditEvent> history;
    private VerificationService.SameLicence sameLicence;

    private StoreTier tier = StoreTier.STANDARD;
    private CreditTerms terms = CreditTerms.PAY_NOW;
    private BigDecimal creditLimit;
    private String reason;

    public void load() {
        long storeId = Ids.parse("store", id);
        standing = verification.standing(storeId);
        history = verification.history(storeId);
        sameLicence = verification.sameLicence(storeId);
    }

    public VerificationService.SameLicence getSameLicence() {
        return sameLicence;
    }

    public void approve() {
        decide(
                () -> verification.approve(storeId(), standing.getVersion(), tier, terms, creditLimit),
                "page.admin.stores.store.approved");
    }

    public void reject() {
        decide(() -> verification.reject(storeId(), standing.getVersion(), reason), "page.admin.stores.store.rejected");
    }

    public void suspend() {
        decide(
                () -> verification.suspend(storeId(), standing.getVersion(), reason),
                "page.admin.stores.store.suspended");
    }

    public void reinstate() {
        decide(() -> verification.reinstate(storeId(), standing.getVersion()), "page.admin.stores.store.reinstated");
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            messages.info(doneKey, standing.getStore().getName());
            reason = null;
        } catch (BusinessException e) {
            messages.error(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            messages.error("page.admin.stores.store.invalidDecision");
        }
        load();
    }

    private long storeId() {
        return standing.getStore().getId();
    }

    public StoreTier[] getTiers() {
        return StoreTier.values();
    }

    public CreditTerms[] getAllTerms() {
        return CreditTerms.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public StoreBrandStanding getStanding() {
        return standing;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public StoreTier getTier() {
        return tier;
    }

    public void setTier(StoreTier tier) {
        this.tier = tier;
    }

    public CreditTerms getTerms() {
        return terms;
    }

    public void setTerms(CreditTerms terms) {
        this.terms = terms;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
