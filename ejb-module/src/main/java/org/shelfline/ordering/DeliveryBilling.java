package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.credit.Billing;
import org.shelfline.credit.CreditExposure;
import org.shelfline.credit.DocumentLine;

/**
 * Billing a delivery, whoever reports it (the distributor or the shop). The first report bills the order
 * (invoice for credit, receipt for cash) for what arrived in good order, giving back the credit of the rest; a
 * later, lower report becomes a credit note. Runs in the caller's transaction.
 */
@Stateless
public class DeliveryBilling {

    @Inject
    CreditExposure credit;

    @Inject
    Billing billing;

    /** Records what arrived, per line id {delivered, damaged}, and bills it. */
    public void record(PurchaseOrder order, Map<Long, int[]> deliveredAndDamaged, String actor, Instant at) {
        boolean firstReport = order.getStatus() == OrderStatus.SHIPPED;
        Map<OrderLine, Integer> goodBefore = new LinkedHashMap<>();
        order.getLines().forEach(line -> goodBefore.put(line, line.goodCases()));
        BigDecimal drop = order.recordDelivery(deliveredAndDamaged, actor, at);
        boolean onCredit = order.getPayment() == Payment.CREDIT;
        long storeId = order.getStore().getId();
        long brandId = order.getBrand().getId();
        if (firstReport) {
            if (onCredit) {
                credit.giveBack(storeId, brandId, drop, actor, order.getReference());
            }
            billing.issue(
                    order.getId(),
                    order.getReference(),
                    storeId,
                    brandId,
                    onCredit,
                    order.getLines().stream()
                            .map(line -> documentLine(line, line.goodCases()))
                            .toList(),
                    actor);
        } else {
            billing.creditNote(order.getId(), lowered(goodBefore), actor);
        }
    }

    /** The cases each line lost against what it stood at before (only the lines that lost some). */
    static List<DocumentLine> lowered(Map<OrderLine, Integer> casesBefore) {
        return casesBefore.entrySet().stream()
                .filter(line -> line.getValue() > line.getKey().goodCases())
                .map(line -> documentLine(
                        line.getKey(), line.getValue() - line.getKey().goodCases()))
                .toList();
    }

    static DocumentLine documentLine(OrderLine line, int cases) {
        return new DocumentLine(line.getLineNo(), line.getSkuCode(), line.getSkuName(), cases, line.getCasePrice());
    }
}
