package org.shelfline.web.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.credit.AccountSummary;
import org.shelfline.credit.AgeingBucket;
import org.shelfline.credit.AgeingReport;
import org.shelfline.credit.AgeingWorkbook;
import org.shelfline.credit.Billing;
import org.shelfline.credit.CreditAccounts;
import org.shelfline.credit.CreditHolds;
import org.shelfline.credit.DueDates;
import org.shelfline.credit.HoldSchedule;
import org.shelfline.credit.Invoice;
import org.shelfline.credit.InvoiceKind;
import org.shelfline.credit.PaymentMethod;
import org.shelfline.credit.Statement;
import org.shelfline.credit.StatementRuns;
import org.shelfline.ordering.DeliveryDispute;
import org.shelfline.ordering.FulfilmentService;
import org.shelfline.ordering.OrderLine;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderPlacement;
import org.shelfline.ordering.OrderRequest;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.CreditTerms;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/**
 * Credit billing on Payara Micro and MariaDB: invoices on delivery for what arrived, receipts for cash
 * orders, payments allocated oldest first with over-payments kept as credit, automatic and manual holds,
 * limit changes, tenant isolation, bad input, and the ledger invariant under concurrent activity.
 */
@ExtendWith(ArquillianExtension.class)
class CreditIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CreditIT.class);
    }

    @Inject
    OrderPlacement placement;

    @Inject
    FulfilmentService fulfilment;

    @Inject
    org.shelfline.ordering.ShopOrders orders;

    @Inject
    CreditAccounts accounts;

    @Inject
    org.shelfline.ordering.BillingDocuments documents;

    @Inject
    org.shelfline.ordering.DeliveryDisputes disputes;

    @Inject
    HoldSchedule holds;

    @Inject
    CreditHolds creditHolds;

    @Inject
    StatementRuns statements;

    @Inject
    org.shelfline.web.Formats formats;

    @Resource
    ManagedExecutorService executor;

    private Tenants tenants;
    private String colaCode;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        long warehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id " + "WHERE d.name = ?",
                tenants.distributorName());
        colaCode = "COLA-" + UUID.randomUUID().toString().substring(0, 8);
        long cola = TestDatabase.skuWithRules(tenants.brandIdA(), colaCode, 1, 1, Map.of(1, "50.00"));
        TestDatabase.stock(warehouse, cola, 1000);
        TestDatabase.stock(warehouse, tenants.skuOfA(), 1000);
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'NET_30', credit_limit = 100000 WHERE store_id = ?",
                tenants.storeId());
    }

    /**
     * Who may buy on credit is decided twice by necessity: in Java before placing (to refuse with a reason)
     * and in the guarded UPDATE that takes the credit. Every combination of the columns it reads must get
     * the same answer from both.
     */
    @Test
    void whoMayBuyOnCreditIsOneRuleInJavaAndInTheGuardedUpdate() {
        long standing = TestDatabase.count(
                "SELECT id FROM store_brand WHERE store_id = ? AND brand_id = ?",
                tenants.storeId(),
                tenants.brandIdA());
        int allowed = 0;
        for (String status : List.of("APPLIED", "VERIFIED", "REJECTED", "SUSPENDED")) {
            for (String terms : java.util.Arrays.asList(null, "PAY_NOW", "NET_15", "NET_30", "MONTHLY")) {
                for (String limit : java.util.Arrays.asList(null, "0", "5000.00")) {
                    for (String hold : java.util.Arrays.asList(null, "AUTO", "MANUAL")) {
                        TestDatabase.execute(
                                "UPDATE store_brand SET status = ?, credit_terms = ?, credit_limit = ?, "
                                        + "hold_kind = ?, hold_reason = ? WHERE id = ?",
                                status,
                                terms,
                                limit == null ? null : new BigDecimal(limit),
                                hold,
                                hold == null ? null : "test",
                                standing);
                        boolean inJava = as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()))
                                .standing()
                                .maySpendCredit();
                        boolean inSql = TestDatabase.count(
                                        "SELECT COUNT(*) FROM store_brand WHERE id = ? AND "
                                                + org.shelfline.store.StoreBrandStanding.MAY_SPEND_CREDIT_SQL,
                                        standing)
                                == 1;
                        assertThat(inJava)
                                .as("%s, %s, limit %s, hold %s", status, terms, limit, hold)
                                .isEqualTo(inSql);
                        allowed += inSql ? 1 : 0;
                    }
                }
            }
        }
        // Verified, with one of the three credit terms and either limit, and no hold.
        assertThat(allowed).isEqualTo(3 * 2);
    }

    @Test
    void aDeliveredCreditOrderIsInvoicedForWhatArrivedInGoodOrder() {
        PurchaseOrder order = place(Payment.CREDIT, 4);
        deliver(order, 4, 1);

        Invoice invoice = as(tenants.storeOwner(), () -> accounts.myInvoices()).get(0);
        assertThat(invoice.getKind()).isEqualTo(InvoiceKind.INVOICE);
        assertThat(invoice.getNumber()).isEqualTo("INV-" + order.getReference());
        assertThat(invoice.getAmount()).as("3 good cases at 50").isEqualByComparingTo("150.00");
        LocalDate today = LocalDate.now(Billing.BUSINESS_ZONE);
        assertThat(invoice.getDueDate())
                .isIn(DueDates.due(CreditTerms.NET_30, today), DueDates.due(CreditTerms.NET_30, today.minusDays(1)));
        AccountSummary account = as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()));
        assertThat(account.balance()).isEqualByComparingTo("150.00");
        assertThat(account.openInvoices()).isEqualByComparingTo("150.00");
        assertThat(creditUsed()).isEqualByComparingTo("150.00");

        PurchaseOrder cash = place(Payment.CASH_ON_DELIVERY, 2);
        deliver(cash, 2, 0);
        assertThat(as(tenants.storeOwner(), () -> accounts.myInvoices()))
                .extracting(Invoice::getKind)
                .containsExactlyInAnyOrder(InvoiceKind.INVOICE, InvoiceKind.RECEIPT);
        assertThat(as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()))
                        .balance())
                .as("a receipt is paid already: not on the ledger")
                .isEqualByComparingTo("150.00");
    }

    @Test
    void aLaterShortReportIsACreditNoteAndTheIssuedInvoiceNeverChanges() throws Exception {
        PurchaseOrder order = place(Payment.CREDIT, 4);
        deliver(order, 4, 0);
        long invoiceId = TestDatabase.count("SELECT id FROM invoice WHERE order_id = ?", order.getId());
        byte[] issued = org.shelfline.web.documents.InvoicePdf.render(
                org.shelfline.web.documents.InvoicePdf.Sheet.of(
                        as(tenants.storeOwner(), () -> documents.invoice(invoiceId))),
                java.util.Locale.ENGLISH,
                formats);

        as(tenants.storeOwner(), () -> orders.confirmDelivery(order.getId(), report(order, 4, 1)));

        var invoice =
                as(tenants.storeOwner(), () -> documents.invoice(invoiceId)).invoice();
        assertThat(invoice.getAmount()).as("the invoice stays as issued").isEqualByComparingTo("200.00");
        assertThat(invoice.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getCases()).isEqualTo(4);
            assertThat(line.getAmount()).isEqualByComparingTo("200.00");
        });
        assertThat(pdfText(org.shelfline.web.documents.InvoicePdf.Sheet.of(
                        as(tenants.storeOwner(), () -> documents.invoice(invoiceId)))))
                .as("the same PDF as when it was issued")
                .isEqualTo(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(issued))
                        .getTextFromPage(1));

        var notes = as(tenants.storeOwner(), () -> accounts.myCreditNotesForOrder(order.getId()));
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.getNumber()).isEqualTo("CN-" + order.getReference() + "-1");
            assertThat(note.getAmount()).isEqualByComparingTo("50.00");
            assertThat(note.getLines())
                    .singleElement()
                    .satisfies(line -> assertThat(line.getCases()).isEqualTo(1));
        });
        String notePdf = pdfText(org.shelfline.web.documents.InvoicePdf.Sheet.of(
                as(tenants.storeOwner(), () -> documents.creditNote(notes.get(0).getId()))));
        assertThat(notePdf)
                .contains("CN-" + order.getReference() + "-1")
                .contains("INV-" + order.getReference())
                .contains("50.00");
        assertThatThrownBy(() -> as(
                        tenants.brandAdminB(),
                        () -> documents.creditNote(notes.get(0).getId())))
                .isInstanceOf(NotFoundException.class);

        AccountSummary account = as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()));
        assertThat(account.balance()).isEqualByComparingTo("150.00");
        assertThat(account.creditNotes()).hasSize(1);
        assertThat(account.ledger())
                .anyMatch(entry -> entry.getKind() == org.shelfline.credit.LedgerKind.CREDIT_NOTE
                        && notes.get(0).getId().equals(entry.getCreditNoteId()));
        assertThat(creditUsed()).isEqualByComparingTo("150.00");
        assertThat(as(tenants.storeOwner(), () -> orders.myOrder(order.getId())).getPayable())
                .isEqualByComparingTo("150.00");
    }

    @Test
    void aShopThatDeniesADeliveryIsCreditedAndOnlyItsBrandSettlesTheDispute() {
        PurchaseOrder order = place(Payment.CREDIT, 4);
        as(tenants.distributor(), () -> fulfilment.accept(order.getId()));
        as(tenants.distributor(), () -> fulfilment.ship(order.getId()));
        as(tenants.storeOwner(), () -> orders.confirmDelivery(order.getId(), report(order, 0, 0)));

        assertThat(creditUsed())
                .as("credited at once: the complaint stands until the brand decides")
                .isEqualByComparingTo("0.00");
        DeliveryDispute dispute =
                as(tenants.distributor(), () -> disputes.ofOrder(order.getId())).orElseThrow();
        assertThat(dispute.isOpen()).isTrue();
        assertThat(dispute.getCases()).isEqualTo(4);
        assertThat(dispute.getAmount()).isEqualByComparingTo("200.00");
        assertThat(as(tenants.storeOwner(), () -> disputes.ofOrder(order.getId())))
                .isPresent();
        assertThat(as(tenants.brandAdminB(), () -> disputes.ofOrder(order.getId())))
                .isEmpty();
        assertThat(as(tenants.brandAdminA(), () -> disputes.mine()))
                .extracting(row -> row.dispute().getId())
                .contains(dispute.getId());
        assertThat(as(tenants.brandAdminB(), () -> disputes.mine()))
                .extracting(row -> row.dispute().getId())
                .doesNotContain(dispute.getId());

        long version = dispute.getVersion();
        assertThatThrownBy(() -> as(
                        tenants.brandAdminB(),
                        () -> disputes.settle(
                                dispute.getId(), version, DeliveryDispute.Settlement.REBILLED, "not mine")))
                .isInstanceOf(NotFoundException.class);
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> disputes.settle(dispute.getId(), version, DeliveryDispute.Settlement.REBILLED, "  ")),
                "dispute.noteRequired");
        as(
                tenants.brandAdminA(),
                () -> disputes.settle(
                        dispute.getId(),
                        version,
                        DeliveryDispute.Settlement.REBILLED,
                        "Delivery note signed by the shop for 4 cases"));
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> disputes.settle(dispute.getId(), version, DeliveryDispute.Settlement.SHOP_COUNT, null)),
                "error.concurrentEdit");

        Invoice rebill = as(tenants.storeOwner(), () -> accounts.myInvoices()).stream()
                .filter(invoice -> invoice.getNumber().equals("INV-" + order.getReference() + "-R1"))
                .findFirst()
                .orElseThrow();
        assertThat(rebill.getAmount()).isEqualByComparingTo("200.00");
        assertThat(rebill.getKind()).isEqualTo(InvoiceKind.INVOICE);
        assertThat(as(tenants.storeOwner(), () -> accounts.myInvoiceForOrder(order.getId()))
                        .orElseThrow()
                        .getNumber())
                .as("the order's own invoice is still the first")
                .isEqualTo("INV-" + order.getReference());
        assertThat(creditUsed()).isEqualByComparingTo("200.00");
        assertThat(as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()))
                        .balance())
                .isEqualByComparingTo("200.00");
        DeliveryDispute settled =
                as(tenants.storeOwner(), () -> disputes.ofOrder(order.getId())).orElseThrow();
        assertThat(settled.getSettlement()).isEqualTo(DeliveryDispute.Settlement.REBILLED);
        assertThat(settled.getRebillInvoiceId()).isEqualTo(rebill.getId());
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'DELIVERY_DISPUTE' AND subject_id = ?",
                        dispute.getId()))
                .as("opened, settled")
                .isEqualTo(2);
    }

    @Test
    void aShopThatReportsDamageTheDistributorDidNotSeeIsADisputeItsCountCanStand() {
        PurchaseOrder cash = place(Payment.CASH_ON_DELIVERY, 2);
        deliver(cash, 2, 0);
        as(tenants.storeOwner(), () -> orders.confirmDelivery(cash.getId(), report(cash, 2, 2)));
        DeliveryDispute dispute =
                as(tenants.brandAdminA(), () -> disputes.ofOrder(cash.getId())).orElseThrow();
        assertThat(dispute.getAmount()).isEqualByComparingTo("100.00");

        as(
                tenants.brandAdminA(),
                () -> disputes.settle(
                        dispute.getId(), dispute.getVersion(), DeliveryDispute.Settlement.SHOP_COUNT, null));

        assertThat(as(tenants.distributor(), () -> disputes.ofOrder(cash.getId()))
                        .orElseThrow()
                        .getSettlement())
                .isEqualTo(DeliveryDispute.Settlement.SHOP_COUNT);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM invoice WHERE order_id = ?", cash.getId()))
                .as("no new invoice")
                .isEqualTo(1);
        // A distributor's own short report is no dispute: it says itself what did not arrive.
        PurchaseOrder shortOne = place(Payment.CASH_ON_DELIVERY, 2);
        deliver(shortOne, 1, 0);
        assertThat(as(tenants.brandAdminA(), () -> disputes.ofOrder(shortOne.getId())))
                .isEmpty();
    }

    @Test
    void aShortReportAfterAReceiptIsACreditNoteTooAndTheReceiptStaysAsIssued() {
        PurchaseOrder cash = place(Payment.CASH_ON_DELIVERY, 2);
        assertThat(cash.getPayable()).as("cash to collect before delivery").isEqualByComparingTo("100.00");
        deliver(cash, 2, 0);
        as(tenants.storeOwner(), () -> orders.confirmDelivery(cash.getId(), report(cash, 2, 1)));

        Invoice receipt = as(tenants.storeOwner(), () -> accounts.myInvoiceForOrder(cash.getId()))
                .orElseThrow();
        assertThat(receipt.getAmount()).isEqualByComparingTo("100.00");
        assertThat(org.shelfline.credit.DocumentLine.total(
                        as(tenants.storeOwner(), () -> documents.invoice(receipt.getId()))
                                .invoice()
                                .getLines()))
                .isEqualByComparingTo("100.00");
        assertThat(as(tenants.storeOwner(), () -> accounts.myCreditNotesForOrder(cash.getId())))
                .singleElement()
                .satisfies(note -> assertThat(note.getAmount()).isEqualByComparingTo("50.00"));
        assertThat(as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()))
                        .balance())
                .as("the brand owes the shop the damaged case it was paid for")
                .isEqualByComparingTo("-50.00");
        assertThat(as(tenants.storeOwner(), () -> orders.myOrder(cash.getId())).getPayable())
                .isEqualByComparingTo("50.00");
    }

    private Map<Long, int[]> report(PurchaseOrder order, int delivered, int damaged) {
        Map<Long, int[]> report = new HashMap<>();
        for (OrderLine line :
                as(tenants.storeOwner(), () -> orders.myOrder(order.getId())).getLines()) {
            report.put(line.getId(), new int[] {delivered, damaged});
        }
        return report;
    }

    private String pdfText(org.shelfline.web.documents.InvoicePdf.Sheet sheet) throws java.io.IOException {
        byte[] pdf = org.shelfline.web.documents.InvoicePdf.render(sheet, java.util.Locale.ENGLISH, formats);
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                .getTextFromPage(1);
    }

    @Test
    void paymentsSettleTheOldestInvoicesFirstAndAnOverpaymentStaysAsCredit() {
        PurchaseOrder first = place(Payment.CREDIT, 2);
        deliver(first, 2, 0);
        PurchaseOrder second = place(Payment.CREDIT, 3);
        deliver(second, 3, 0);
        TestDatabase.execute(
                "UPDATE invoice SET due_date = due_date - INTERVAL 1 DAY WHERE order_id = ?", first.getId());

        as(
                tenants.brandAdminA(),
                () -> accounts.recordPayment(
                        tenants.storeId(),
                        new BigDecimal("120.00"),
                        today(),
                        PaymentMethod.BANK_TRANSFER,
                        "TX-1",
                        List.of()));
        assertThat(open(first)).isEqualByComparingTo("0");
        assertThat(open(second)).isEqualByComparingTo("130.00");
        assertThat(creditUsed()).isEqualByComparingTo("130.00");

        long secondInvoice = TestDatabase.count("SELECT id FROM invoice WHERE order_id = ?", second.getId());
        as(
                tenants.brandAdminA(),
                () -> accounts.recordPayment(
                        tenants.storeId(),
                        new BigDecimal("200.00"),
                        today(),
                        PaymentMethod.WECHAT_PAY,
                        null,
                        List.of(secondInvoice)));
        AccountSummary account = as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()));
        assertThat(account.balance()).isEqualByComparingTo("-70.00");
        assertThat(account.unallocatedCredit()).isEqualByComparingTo("70.00");
        assertThat(creditUsed()).isEqualByComparingTo("0");

        PurchaseOrder third = place(Payment.CREDIT, 2);
        deliver(third, 2, 0);
        assertThat(open(third)).as("the credit pays most of the next invoice").isEqualByComparingTo("30.00");
        assertThat(creditUsed()).isEqualByComparingTo("30.00");
        assertThat(as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()))
                        .ledger())
                .as("three invoices, two payments")
                .hasSize(5);
    }

    @Test
    void anOverdueStoreGoesOnHoldAutomaticallyAndComesOffWhenItPays() {
        PurchaseOrder order = place(Payment.CREDIT, 2);
        deliver(order, 2, 0);
        TestDatabase.execute(
                "UPDATE invoice SET due_date = ? WHERE order_id = ?", today().minusDays(30), order.getId());
        assertThat(creditHolds.accountsToReview())
                .as("accounts the hourly review looks at")
                .anyMatch(this::isTheStoresWithBrandA);

        holds.reviewAll();

        assertThat(TestDatabase.text("SELECT hold_kind FROM store_brand WHERE store_id = ?", tenants.storeId()))
                .isEqualTo("AUTO");
        assertRefused(() -> place(Payment.CREDIT, 1), "order.creditHold");
        assertThat(place(Payment.CASH_ON_DELIVERY, 1))
                .as("pay on delivery still works")
                .isNotNull();

        as(
                tenants.brandAdminA(),
                () -> accounts.recordPayment(
                        tenants.storeId(), new BigDecimal("100.00"), today(), PaymentMethod.CASH, null, List.of()));

        assertThat(TestDatabase.text("SELECT hold_kind FROM store_brand WHERE store_id = ?", tenants.storeId()))
                .isNull();
        assertThat(creditHolds.accountsToReview())
                .as("a paid invoice, however late, is not reviewed again")
                .noneMatch(this::isTheStoresWithBrandA);
        assertThat(place(Payment.CREDIT, 1)).isNotNull();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE store_id = ? AND action IN ('HOLD_PLACED', 'HOLD_LIFTED') "
                                + "AND actor = 'system'",
                        tenants.storeId()))
                .isEqualTo(2);
    }

    @Test
    void theBrandsGraceDaysDecideWhenOverdueMeansOnHold() {
        PurchaseOrder order = place(Payment.CREDIT, 2);
        deliver(order, 2, 0);
        TestDatabase.execute(
                "UPDATE invoice SET due_date = ? WHERE order_id = ?", today().minusDays(30), order.getId());
        as(tenants.brandAdminA(), () -> accounts.changeGraceDays(45));

        holds.reviewAll();
        assertThat(TestDatabase.text("SELECT hold_kind FROM store_brand WHERE store_id = ?", tenants.storeId()))
                .isNull();

        as(tenants.brandAdminA(), () -> accounts.changeGraceDays(10));
        holds.reviewAll();
        assertThat(TestDatabase.text("SELECT hold_kind FROM store_brand WHERE store_id = ?", tenants.storeId()))
                .isEqualTo("AUTO");
        assertThat(as(tenants.brandAdminA(), () -> accounts.graceDays())).isEqualTo(10);
        assertRefused(() -> as(tenants.brandAdminA(), () -> accounts.changeGraceDays(-1)), "credit.graceInvalid");
        assertRefused(() -> as(tenants.brandAdminA(), () -> accounts.changeGraceDays(1000)), "credit.graceInvalid");
        assertThat(TestDatabase.text(
                        "SELECT detail FROM audit_event WHERE action = 'GRACE_CHANGED' AND brand_id = ? ORDER BY id DESC LIMIT 1",
                        tenants.brandIdA()))
                .isEqualTo("45 -> 10");
    }

    @Test
    void theBrandPlacesAndLiftsHoldsAndChangesLimitsOnTheRecord() {
        as(tenants.brandAdminA(), () -> accounts.placeHold(tenants.storeId(), "cheque bounced"));
        assertRefused(() -> place(Payment.CREDIT, 1), "order.creditHold");
        holds.reviewAll();
        assertThat(TestDatabase.text("SELECT hold_kind FROM store_brand WHERE store_id = ?", tenants.storeId()))
                .as("the review leaves a manual hold alone")
                .isEqualTo("MANUAL");
        as(tenants.brandAdminA(), () -> accounts.liftHold(tenants.storeId(), "paid in cash"));
        long versionBefore = TestDatabase.count(
                "SELECT version FROM store_brand WHERE store_id = ? AND brand_id = ?",
                tenants.storeId(),
                tenants.brandIdA());
        as(tenants.brandAdminA(), () -> accounts.changeLimit(tenants.storeId(), new BigDecimal("80.00")));
        assertThat(TestDatabase.count(
                        "SELECT version FROM store_brand WHERE store_id = ? AND brand_id = ?",
                        tenants.storeId(),
                        tenants.brandIdA()))
                .as("a limit change is a new version of the standing")
                .isEqualTo(versionBefore + 1);

        assertRefused(() -> place(Payment.CREDIT, 2), "order.creditLimit");
        assertThat(place(Payment.CREDIT, 1)).isNotNull();
        assertThat(TestDatabase.text(
                        "SELECT detail FROM audit_event WHERE store_id = ? AND action = 'LIMIT_CHANGED'",
                        tenants.storeId()))
                .isEqualTo("100000.00 -> 80.00");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE store_id = ? AND action IN ('HOLD_PLACED', 'HOLD_LIFTED') "
                                + "AND actor = ?",
                        tenants.storeId(),
                        tenants.brandAdminA()))
                .isEqualTo(2);
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> accounts.changeLimit(tenants.storeId(), new BigDecimal("-1"))),
                "credit.limitInvalid");
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> accounts.placeHold(tenants.storeId(), " ")),
                "order.reasonRequired");
    }

    @Test
    void theAgeingReportBucketsOpenInvoicesByDaysOverdueAndExportsThem() throws Exception {
        PurchaseOrder current = place(Payment.CREDIT, 2);
        deliver(current, 2, 0);
        PurchaseOrder late = place(Payment.CREDIT, 3);
        deliver(late, 3, 0);
        PurchaseOrder veryLate = place(Payment.CREDIT, 1);
        deliver(veryLate, 1, 0);
        TestDatabase.execute("UPDATE invoice SET due_date = ? WHERE order_id = ?", today().minusDays(45), late.getId());
        TestDatabase.execute(
                "UPDATE invoice SET due_date = ? WHERE order_id = ?", today().minusDays(120), veryLate.getId());

        AgeingReport report = as(tenants.brandAdminA(), () -> accounts.ageing());

        AgeingReport.Row row = report.rows().stream()
                .filter(r -> r.storeId() == tenants.storeId())
                .findFirst()
                .orElseThrow();
        assertThat(row.amount(AgeingBucket.CURRENT)).isEqualByComparingTo("100.00");
        assertThat(row.amount(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("150.00");
        assertThat(row.amount(AgeingBucket.OVER_90)).isEqualByComparingTo("50.00");
        assertThat(row.total()).isEqualByComparingTo("300.00");
        assertThat(report.grandTotal()).isEqualByComparingTo("300.00");
        assertThat(as(tenants.brandAdminB(), () -> accounts.ageing()).rows())
                .noneMatch(r -> r.storeId() == tenants.storeId());

        Map<String, String> headings = new HashMap<>(Map.of("store", "Store", "total", "Total"));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            headings.put(bucket.name(), bucket.name());
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(AgeingWorkbook.write(report, headings)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("DAYS_31_60");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(150.0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(6).getNumericCellValue())
                    .isEqualTo(300.0);
        }

        // Oldest due first: the 120-day invoice is paid off and 70.00 of the 45-day one; only what is open remains.
        pay("120.00");
        AgeingReport afterPayment = as(tenants.brandAdminA(), () -> accounts.ageing());
        AgeingReport.Row rowAfter = afterPayment.rows().stream()
                .filter(r -> r.storeId() == tenants.storeId())
                .findFirst()
                .orElseThrow();
        assertThat(rowAfter.amount(AgeingBucket.OVER_90)).isEqualByComparingTo("0");
        assertThat(rowAfter.amount(AgeingBucket.DAYS_31_60)).isEqualByComparingTo("80.00");
        assertThat(rowAfter.total()).isEqualByComparingTo("180.00");
        assertThat(open(veryLate)).isEqualByComparingTo("0");
        assertThat(open(late)).isEqualByComparingTo("80.00");
    }

    @Test
    void monthlyStatementsSumTheLedgerAndARerunReplacesThem() throws Exception {
        deliver(place(Payment.CREDIT, 2), 2, 0);
        deliver(place(Payment.CREDIT, 3), 3, 0);
        as(
                tenants.brandAdminA(),
                () -> accounts.recordPayment(
                        tenants.storeId(),
                        new BigDecimal("120.00"),
                        today(),
                        PaymentMethod.BANK_TRANSFER,
                        null,
                        List.of()));
        String month = java.time.YearMonth.from(today()).toString();

        for (int run = 0; run < 2; run++) {
            long execution = as(tenants.brandAdminA(), () -> statements.start(month));
            StatementRuns.StatementProgress progress = awaitEnd(execution);
            assertThat(progress.status()).isEqualTo("COMPLETED");
            assertThat(progress.written()).isGreaterThanOrEqualTo(1);
        }

        List<Statement> mine = as(tenants.brandAdminA(), () -> statements.statements(month)).stream()
                .filter(statement -> statement.getStore().getId() == tenants.storeId())
                .toList();
        assertThat(mine)
                .as("one statement per account and month, however often it runs")
                .hasSize(1);
        assertThat(mine.get(0).getOpening()).isEqualByComparingTo("0");
        assertThat(mine.get(0).getInvoiced()).isEqualByComparingTo("250.00");
        assertThat(mine.get(0).getPaid()).isEqualByComparingTo("120.00");
        assertThat(mine.get(0).getClosing()).isEqualByComparingTo("130.00");
        assertThat(as(tenants.storeOwner(), () -> statements.myStatements(tenants.brandIdA())))
                .hasSize(1);
        assertThat(as(tenants.brandAdminB(), () -> statements.statements(month)))
                .noneMatch(statement -> statement.getStore().getId() == tenants.storeId());
        long execution = as(tenants.brandAdminA(), () -> statements.start(month));
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> statements.progress(execution)))
                .isInstanceOf(NotFoundException.class);
        awaitEnd(execution);
        assertRefused(() -> as(tenants.brandAdminA(), () -> statements.start("2026-13")), "statement.monthInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> statements.start(
                                java.time.YearMonth.from(today()).plusMonths(1).toString())),
                "statement.monthInvalid");
    }

    private StatementRuns.StatementProgress awaitEnd(long execution) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(1))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(
                        () -> as(tenants.brandAdminA(), () -> statements.progress(execution)),
                        progress -> !progress.isRunning());
    }

    @Test
    void invoicesAndReceiptsArePdfsForTheirShopAndBrandOnly() throws Exception {
        PurchaseOrder order = place(Payment.CREDIT, 4);
        deliver(order, 4, 1);
        long invoiceId = TestDatabase.count("SELECT id FROM invoice WHERE order_id = ?", order.getId());

        byte[] english = org.shelfline.web.documents.InvoicePdf.render(
                org.shelfline.web.documents.InvoicePdf.Sheet.of(
                        as(tenants.storeOwner(), () -> documents.invoice(invoiceId))),
                java.util.Locale.ENGLISH,
                formats);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(english))
                .getTextFromPage(1);
        assertThat(text)
                .contains("INV-" + order.getReference())
                .contains("150.00")
                .contains(colaCode)
                .contains("Due");
        byte[] chinese = org.shelfline.web.documents.InvoicePdf.render(
                org.shelfline.web.documents.InvoicePdf.Sheet.of(
                        as(tenants.brandAdminA(), () -> documents.invoice(invoiceId))),
                java.util.Locale.SIMPLIFIED_CHINESE,
                formats);
        assertThat(new String(chinese, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        Tenants other = TestDatabase.twoBrands();
        assertThatThrownBy(() -> as(other.storeOwner(), () -> documents.invoice(invoiceId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> documents.invoice(invoiceId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.distributor(), () -> documents.invoice(invoiceId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachTenantSeesOnlyItsOwnReceivables() {
        PurchaseOrder order = place(Payment.CREDIT, 2);
        deliver(order, 2, 0);
        long invoiceId = TestDatabase.count("SELECT id FROM invoice WHERE order_id = ?", order.getId());
        Tenants other = TestDatabase.twoBrands();

        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> accounts.account(tenants.storeId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        tenants.brandAdminB(),
                        () -> accounts.recordPayment(
                                tenants.storeId(), BigDecimal.TEN, today(), PaymentMethod.CASH, null, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        other.brandAdminA(),
                        () -> accounts.recordPayment(
                                other.storeId(),
                                BigDecimal.TEN,
                                today(),
                                PaymentMethod.CASH,
                                null,
                                List.of(invoiceId))))
                .as("another store's invoice")
                .isInstanceOf(NotFoundException.class);
        assertThat(as(other.storeOwner(), () -> accounts.myInvoices())).isEmpty();
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> accounts.account(tenants.storeId())))
                .isInstanceOf(org.shelfline.shared.AccessDeniedException.class);
        assertThat(as(tenants.storeOwner(), () -> accounts.myAccount(tenants.brandIdA()))
                        .openInvoices())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void badPaymentsAreRefusedAndStoreNothing() {
        assertRefused(() -> pay("0"), "payment.amountInvalid");
        assertRefused(() -> pay("-5"), "payment.amountInvalid");
        assertRefused(() -> pay("10.005"), "payment.amountInvalid");
        assertRefused(() -> pay("99999999999"), "payment.amountInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> accounts.recordPayment(
                                tenants.storeId(),
                                BigDecimal.TEN,
                                today().plusDays(2),
                                PaymentMethod.CASH,
                                null,
                                List.of())),
                "payment.dateInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> accounts.recordPayment(
                                tenants.storeId(), BigDecimal.TEN, today(), null, null, List.of())),
                "payment.methodRequired");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> accounts.recordPayment(
                                tenants.storeId(),
                                BigDecimal.TEN,
                                today(),
                                PaymentMethod.CASH,
                                "x".repeat(65),
                                List.of())),
                "payment.referenceTooLong");
        assertThatThrownBy(() -> as(
                        tenants.brandAdminA(),
                        () -> accounts.recordPayment(
                                tenants.storeId(),
                                BigDecimal.TEN,
                                today(),
                                PaymentMethod.CASH,
                                null,
                                List.of(999_999_999L))))
                .isInstanceOf(NotFoundException.class);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM payment WHERE store_id = ?", tenants.storeId()))
                .isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE store_id = ?", tenants.storeId()))
                .isZero();
    }

    @Test
    void theLedgerAndTheCreditInUseAgreeAfterConcurrentActivity() throws Exception {
        List<PurchaseOrder> delivered = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PurchaseOrder order = place(Payment.CREDIT, 2);
            deliver(order, 2, 0);
            delivered.add(order);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int index = i;
            work.add(executor.submit(() -> {
                start.await();
                if (index % 3 == 0) {
                    return place(Payment.CREDIT, 1);
                }
                return as(
                        tenants.brandAdminA(),
                        () -> accounts.recordPayment(
                                tenants.storeId(),
                                new BigDecimal("35.00"),
                                today(),
                                PaymentMethod.ALIPAY,
                                "P" + index,
                                List.of()));
            }));
        }
        start.countDown();
        for (Future<?> future : work) {
            future.get(120, TimeUnit.SECONDS);
        }

        AccountSummary account = as(tenants.brandAdminA(), () -> accounts.account(tenants.storeId()));
        BigDecimal invoiced = new BigDecimal(TestDatabase.text(
                "SELECT COALESCE(SUM(amount), 0) FROM invoice WHERE store_id = ? AND kind = 'INVOICE'",
                tenants.storeId()));
        BigDecimal paid = new BigDecimal(TestDatabase.text(
                "SELECT COALESCE(SUM(amount), 0) FROM payment WHERE store_id = ?", tenants.storeId()));
        BigDecimal openOrders = new BigDecimal(TestDatabase.text(
                "SELECT COALESCE(SUM(total), 0) FROM purchase_order WHERE store_id = ? "
                        + "AND payment = 'CREDIT' AND status IN ('PLACED', 'ACCEPTED', 'PICKING', 'SHIPPED')",
                tenants.storeId()));
        assertThat(invoiced).isEqualByComparingTo("400.00");
        assertThat(paid).isEqualByComparingTo("280.00");
        assertThat(account.balance()).isEqualByComparingTo(invoiced.subtract(paid));
        assertThat(account.openInvoices().subtract(account.unallocatedCredit()))
                .isEqualByComparingTo(account.balance());
        assertThat(account.openInvoices()).isEqualByComparingTo("120.00");
        assertThat(creditUsed())
                .as("credit in use = open invoices + open credit orders")
                .isEqualByComparingTo(account.openInvoices().add(openOrders));
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM (SELECT i.id FROM invoice i JOIN payment_allocation a ON a.invoice_id = i.id "
                                + "WHERE i.store_id = ? GROUP BY i.id, i.amount HAVING SUM(a.amount) > i.amount) over_allocated",
                        tenants.storeId()))
                .as("no invoice settled twice")
                .isZero();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM invoice i WHERE i.store_id = ? AND i.open_amount <> CASE "
                                + "WHEN i.kind = 'INVOICE' THEN i.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a "
                                + "WHERE a.invoice_id = i.id), 0) ELSE 0 END",
                        tenants.storeId()))
                .as("every invoice's open amount = amount less what settled it")
                .isZero();
    }

    private PurchaseOrder place(Payment payment, int cases) {
        return as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.ofLines(
                                tenants.brandIdA(),
                                List.of(new OrderLineRequest(colaCode, cases)),
                                payment,
                                UUID.randomUUID().toString())))
                .orders()
                .get(0);
    }

    private boolean isTheStoresWithBrandA(long[] account) {
        return account[0] == tenants.storeId() && account[1] == tenants.brandIdA();
    }

    private void deliver(PurchaseOrder order, int delivered, int damaged) {
        as(tenants.distributor(), () -> fulfilment.accept(order.getId()));
        as(tenants.distributor(), () -> fulfilment.ship(order.getId()));
        Map<Long, int[]> report = new HashMap<>();
        for (OrderLine line :
                as(tenants.distributor(), () -> fulfilment.order(order.getId())).getLines()) {
            report.put(line.getId(), new int[] {delivered, damaged});
        }
        as(tenants.distributor(), () -> fulfilment.recordDelivery(order.getId(), report));
    }

    private void pay(String amount) {
        as(
                tenants.brandAdminA(),
                () -> accounts.recordPayment(
                        tenants.storeId(), new BigDecimal(amount), today(), PaymentMethod.CASH, null, List.of()));
    }

    private static LocalDate today() {
        return LocalDate.now(Billing.BUSINESS_ZONE);
    }

    /** What is open on the order's invoice by its allocations, checked against the open amount kept on it. */
    private BigDecimal open(PurchaseOrder order) {
        BigDecimal byAllocations = new BigDecimal(TestDatabase.text(
                "SELECT i.amount - COALESCE((SELECT SUM(a.amount) "
                        + "FROM payment_allocation a WHERE a.invoice_id = i.id), 0) FROM invoice i WHERE i.order_id = ?",
                order.getId()));
        assertThat(new BigDecimal(
                        TestDatabase.text("SELECT open_amount FROM invoice WHERE order_id = ?", order.getId())))
                .as("open amount kept on the invoice")
                .isEqualByComparingTo(byAllocations);
        return byAllocations;
    }

    private BigDecimal creditUsed() {
        return new BigDecimal(TestDatabase.text(
                "SELECT credit_used FROM store_brand WHERE store_id = ? AND brand_id = ?",
                tenants.storeId(),
                tenants.brandIdA()));
    }
}
