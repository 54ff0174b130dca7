package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.credit.AccountSummary;
import org.shelfline.credit.CreditAccounts;
import org.shelfline.ordering.ShopCatalog;

/** Backs shop/invoices.xhtml: the shop's account with each brand that verified it, invoices and ledger. */
@Named
@RequestScoped
public class InvoicesView {

    @Inject
    CreditAccounts accounts;

    @Inject
    ShopCatalog catalog;

    @Inject
    org.shelfline.credit.StatementRuns statements;

    private List<AccountSummary> brandAccounts;

    @PostConstruct
    void load() {
        brandAccounts = catalog.orderableBrands().stream()
                .map(standing -> accounts.myAccount(standing.getBrand().getId()))
                .toList();
    }

    public List<org.shelfline.credit.Statement> statementsOf(AccountSummary account) {
        return statements.myStatements(account.standing().getBrand().getId());
    }

    public List<AccountSummary> getAccounts() {
        return brandAccounts;
    }
}
