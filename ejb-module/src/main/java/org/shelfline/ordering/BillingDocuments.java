package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.shelfline.credit.CreditAccounts;
import org.shelfline.credit.CreditNote;
import org.shelfline.credit.Invoice;

/**
 * A billing document with the order it bills, for the PDF. Credit decides whose document it is; the
 * order is read here, since ordering builds on credit and credit knows orders only by their id.
 */
@Stateless
public class BillingDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CreditAccounts accounts;

    /** An invoice or receipt with its order. */
    public record InvoiceDocument(Invoice invoice, PurchaseOrder order) {}

    /** A credit note with the document it corrects and its order. */
    public record CreditNoteDocument(CreditNote note, Invoice corrected, PurchaseOrder order) {}

    /** Only the shop's own, or the brand's own; anyone else is told it does not exist. */
    public InvoiceDocument invoice(long invoiceId) {
        Invoice invoice = accounts.document(invoiceId);
        return new InvoiceDocument(invoice, orderOf(invoice.getOrderId()));
    }

    /** Only the shop's own, or the brand's own; anyone else is told it does not exist. */
    public CreditNoteDocument creditNote(long creditNoteId) {
        CreditNote note = accounts.creditNoteDocument(creditNoteId);
        return new CreditNoteDocument(note, accounts.corrected(note), orderOf(note.getOrderId()));
    }

    private PurchaseOrder orderOf(long orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        order.getLines().size();
        order.getBrand().getName();
        order.getStore().getName();
        return order;
    }
}
