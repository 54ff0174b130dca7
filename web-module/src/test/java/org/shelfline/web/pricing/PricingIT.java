package org.shelfline.web.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.pricing.PricingService;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** The pricing service on Payara Micro against MariaDB: tiers, price lists, scheduling, standing. */
@ExtendWith(ArquillianExtension.class)
class PricingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PricingIT.class);
    }

    @Inject
    PricingService pricing;

    private Tenants tenants;
    private final Instant now = Instant.now();

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        // Base price of A's SKU: 36.50 from 1 case (fixture), 34.00 from 10 cases.
        TestDatabase.execute(
                "INSERT INTO sku_price_tier (sku_id, min_cases, case_price) VALUES (?, 10, 34.00)", tenants.skuOfA());
    }

    @Test
    void basePriceFollowsTheQuantityBreaks() {
        assertThat(quote(9).casePrice()).isEqualByComparingTo("36.50");
        Quote ten = quote(10);
        assertThat(ten.casePrice()).isEqualByComparingTo("34.00");
        assertThat(ten.lineTotal()).isEqualByComparingTo("340.00");
        assertThat(ten.priceList()).isNull();
    }

    @Test
    void aTierListAppliesOnlyToStoresVerifiedWithThatTier() {
        priceList("Gold", "GOLD", null, null, null, "30.00");
        assertThat(quote(1).casePrice()).isEqualByComparingTo("36.50");

        TestDatabase.execute(
                "UPDATE store_brand SET tier = 'GOLD' WHERE store_id = ? AND brand_id = ?",
                tenants.storeId(),
                tenants.brandIdA());
        assertThat(quote(1).casePrice()).isEqualByComparingTo("30.00");
        assertThat(quote(1).priceList()).isEqualTo("Gold");

        TestDatabase.execute(
                "UPDATE store_brand SET status = 'SUSPENDED' WHERE store_id = ? AND brand_id = ?",
                tenants.storeId(),
                tenants.brandIdA());
        assertThat(quote(1).casePrice())
                .as("a suspended store has no tier price")
                .isEqualByComparingTo("36.50");
    }

    @Test
    void aRegionListAppliesToStoresInItsDistricts() {
        priceList("Our district", null, tenants.districtCode(), null, null, "33.00");
        priceList("Elsewhere", null, "ZZ", null, null, "1.00");

        assertThat(quote(1).casePrice()).isEqualByComparingTo("33.00");
    }

    @Test
    void aScheduledListAppliesOnlyInItsWindow() {
        priceList("Next week", null, null, now.plus(7, ChronoUnit.DAYS), now.plus(14, ChronoUnit.DAYS), "25.00");
        priceList("Ended", null, null, now.minus(14, ChronoUnit.DAYS), now.minus(7, ChronoUnit.DAYS), "20.00");

        assertThat(quote(1).casePrice()).isEqualByComparingTo("36.50");
        assertThat(pricing.quote(tenants.storeId(), tenants.skuOfA(), 1, now.plus(8, ChronoUnit.DAYS))
                        .orElseThrow()
                        .casePrice())
                .isEqualByComparingTo("25.00");
    }

    @Test
    void anotherBrandsListsNeverPriceThisSku() {
        TestDatabase.execute(
                "INSERT INTO price_list (brand_id, name, created_at) VALUES (?, 'B list', UTC_TIMESTAMP(6))",
                tenants.brandIdB());

        assertThat(quote(1).priceList()).isNull();
    }

    @Test
    void unknownSkuOrStoreIsNotFound() {
        assertThatThrownBy(() -> pricing.quote(tenants.storeId(), -1, 1, now)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pricing.quote(-1, tenants.skuOfA(), 1, now)).isInstanceOf(NotFoundException.class);
    }

    private Quote quote(int cases) {
        return pricing.quote(tenants.storeId(), tenants.skuOfA(), cases, now).orElseThrow();
    }

    private void priceList(String name, String tier, String region, Instant from, Instant until, String price) {
        long list = TestDatabase.execute(
                "INSERT INTO price_list (brand_id, name, store_tier, region_code, valid_from, valid_until, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
                tenants.brandIdA(),
                name,
                tier,
                region,
                from == null
                        ? null
                        : java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC)),
                until == null
                        ? null
                        : java.sql.Timestamp.valueOf(
                                java.time.LocalDateTime.ofInstant(until, java.time.ZoneOffset.UTC)));
        TestDatabase.execute(
                "INSERT INTO price_list_price (price_list_id, sku_id, min_cases, case_price) VALUES (?, ?, 1, ?)",
                list,
                tenants.skuOfA(),
                new java.math.BigDecimal(price));
    }
}
