package org.shelfline.web.admin.credit;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.credit.CreditAccounts;

/** Backs admin/credit/receivables.xhtml: every store on credit with the brand, what is open and overdue. */
@Named
@RequestScoped
public class ReceivablesView {

    @Inject
    CreditAccounts accounts;

    private List<CreditAccounts.Receivable> receivables;

    @PostConstruct
    void load() {
        receivables = accounts.receivables();
    }

    public List<CreditAccounts.Receivable> getReceivables() {
        return receivables;
    }
}
