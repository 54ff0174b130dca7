package org.shelfline.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The part of a payment, or of the account's credit (over-payments, credit notes: no payment), that settles an invoice. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", updatable = false)
    private Long paymentId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 16, updatable = false)
    private String kind;

    protected PaymentAllocation() {}

    PaymentAllocation(Long paymentId, long invoiceId, BigDecimal amount) {
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.kind = paymentId == null ? "CREDIT" : "PAYMENT";
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
