package org.shelfline.web.admin.credit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shelfline.credit.AccountSummary;
import org.shelfline.credit.Billing;
import org.shelfline.credit.CreditAccounts;
import org.shelfline.credit.PaymentMethod;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;

/** Backs admin/credit/account.xhtml?store=...: one store's account; record a payment, hold, change the limit. */
@Named("creditAccountView")
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditAccounts accounts;

    @Inject
    Messages messages;

    private String store;
    private AccountSummary account;

    private BigDecimal amount;
    private LocalDate paidOn = LocalDate.now(Billing.BUSINESS_ZONE);
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
    private String reference;
    private String holdReason;
    private BigDecimal limit;
    private List<Long> chosenInvoices = new java.util.ArrayList<>();

    public void load() {
        account = accounts.account(storeId());
        limit = account.standing().getCreditLimit();
    }

    public void recordPayment() {
        if (messages.attempt(
                () -> accounts.recordPayment(storeId(), amount, paidOn, method, reference, chosenInvoices))) {
            messages.info("page.admin.credit.account.paymentRecorded", amount);
            amount = null;
            reference = null;
            chosenInvoices = new java.util.ArrayList<>();
        }
        load();
    }

    public void placeHold() {
        if (messages.attempt(() -> accounts.placeHold(storeId(), holdReason))) {
            messages.info("audit.HOLD_PLACED");
            holdReason = null;
        }
        load();
    }

    public void liftHold() {
        if (messages.attempt(() -> accounts.liftHold(storeId(), holdReason))) {
            messages.info("audit.HOLD_LIFTED");
            holdReason = null;
        }
        load();
    }

    public void changeLimit() {
        if (messages.attempt(() -> accounts.changeLimit(storeId(), limit))) {
            messages.info("audit.LIMIT_CHANGED");
        }
        load();
    }

    private long storeId() {
        return Ids.parse("store", store);
    }

    /** The open invoices a payment can be aimed at. */
    public List<org.shelfline.credit.Invoice> getOpenInvoices() {
        return account.invoices().stream()
                .filter(invoice -> account.open(invoice).signum() > 0)
                .toList();
    }

    public List<Long> getChosenInvoices() {
        return chosenInvoices;
    }

    public void setChosenInvoices(List<Long> chosenInvoices) {
        this.chosenInvoices = chosenInvoices == null ? new java.util.ArrayList<>() : chosenInvoices;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    public AccountSummary getAccount() {
        return account;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public void setLimit(BigDecimal limit) {
        this.limit = limit;
    }
}
