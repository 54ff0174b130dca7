package org.shelfline.web.admin.credit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.credit.CreditAccounts;

/** Backs admin/credit/receivables.xhtml: every store on credit with the brand, what is open and overdue. */
@Named
@RequestScoped
public class ReceivablesView {

    @Inject
    CreditAccounts accounts;

    @Inject
    org.shelfline.web.Messages messages;

    private List<CreditAccounts.Receivable> receivables;
    private Integer graceDays;

    @PostConstruct
    void load() {
        receivables = accounts.receivables();
        graceDays = accounts.graceDays();
    }

    public void saveGraceDays() {
        Integer days = graceDays;
        if (messages.attempt(() -> accounts.changeGraceDays(days))) {
            messages.info("audit.GRACE_CHANGED");
        }
        load();
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public List<CreditAccounts.Receivable> getReceivables() {
        return receivables;
    }
}
