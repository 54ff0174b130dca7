package org.shelfline.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import org.shelfline.shared.TestIds;

/** SKUs for plain unit tests, made the way the catalogue makes them. */
public final class TestSkus {

    private TestSkus() {}

    /** A published SKU of 12 units a case, one price break at the minimum. */
    public static Sku published(long id, String code, int minCases, int incrementCases, String casePrice) {
        Sku sku = draft(id, code, minCases, incrementCases, casePrice);
        sku.moveTo(SkuStatus.PUBLISHED, Instant.EPOCH);
        return sku;
    }

    public static Sku draft(long id, String code, int minCases, int incrementCases, String casePrice) {
        SkuDraft draft = new SkuDraft();
        draft.setNameEn(code + " (English)");
        draft.setNameZh(code + "（中文）");
        draft.setUnit("bottle");
        draft.setCasePack(12);
        draft.setMinOrderCases(minCases);
        draft.setOrderIncrementCases(incrementCases);
        draft.getTiers().set(0, new TierDraft(minCases, new BigDecimal(casePrice)));
        Sku sku = new Sku(1, code, Instant.EPOCH);
        sku.apply(draft, code, null, Instant.EPOCH);
        return TestIds.assign(sku, id);
    }

    public static Sku withdrawn(long id, String code) {
        Sku sku = published(id, code, 1, 1, "10.00");
        sku.moveTo(SkuStatus.WITHDRAWN, Instant.EPOCH);
        return sku;
    }
}
