package org.shelfline.web.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.pricing.PriceListDraft;
import org.shelfline.pricing.PriceListService;
import org.shelfline.pricing.PricingService;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.StoreTier;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** Managing price lists, and the pricing service honouring them, on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PriceListIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PriceListIT.class);
    }

    @Inject
    PriceListService priceLists;

    @Inject
    PricingService pricing;

    private Tenants tenants;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
    }

    @Test
    void aTierListCreatedOnScreenPricesTheStoresOfThatTier() {
        long list = as(
                tenants.brandAdminA(),
                () -> priceLists.create(draft("Standard deal", StoreTier.STANDARD, null, null, null)));
        as(
                tenants.brandAdminA(),
                () -> priceLists.setPrice(list, tenants.skuCodeOfA().toLowerCase(), 1, new BigDecimal("31.00")));
        as(tenants.brandAdminA(), () -> priceLists.setPrice(list, tenants.skuCodeOfA(), 1, new BigDecimal("30.50")));

        assertThat(as(tenants.brandAdminA(), () -> priceLists.prices(list)))
                .singleElement()
                .satisfies(price -> assertThat(price.casePrice()).isEqualByComparingTo("30.50"));
        assertThat(pricing.quote(tenants.storeId(), tenants.skuOfA(), 1, Instant.now())
                        .orElseThrow()
                        .priceList())
                .isEqualTo("Standard deal");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'PRICE_LIST' AND subject_id = ?", list))
                .isEqualTo(3);

        long priceId =
                as(tenants.brandAdminA(), () -> priceLists.prices(list)).get(0).id();
        as(tenants.brandAdminA(), () -> priceLists.removePrice(list, priceId));
        assertThat(pricing.quote(tenants.storeId(), tenants.skuOfA(), 1, Instant.now())
                        .orElseThrow()
                        .priceList())
                .isNull();
    }

    @Test
    void invalidListsAndPricesAreRefused() {
        Instant now = Instant.now();
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> priceLists.create(draft("Backwards", null, null, now, now.minus(1, ChronoUnit.DAYS)))),
                "pricelist.window");
        as(tenants.brandAdminA(), () -> priceLists.create(draft("Once", null, "GD-SZ", null, null)));
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> priceLists.create(draft("Once", null, null, null, null))),
                "pricelist.nameTaken");
        assertThatThrownBy(() ->
                        as(tenants.brandAdminA(), () -> priceLists.create(draft(" ", null, "bad region!", null, null))))
                .isInstanceOf(EJBException.class);
        long list = as(tenants.brandAdminA(), () -> priceLists.create(draft("Prices", null, null, null, null)));
        assertThatThrownBy(() -> as(
                        tenants.brandAdminA(),
                        () -> priceLists.setPrice(list, tenants.skuCodeOfA(), 0, BigDecimal.ONE)))
                .isInstanceOf(EJBException.class);
        assertThatThrownBy(() -> as(
                        tenants.brandAdminA(),
                        () -> priceLists.setPrice(list, tenants.skuCodeOfA(), 1, new BigDecimal("-1"))))
                .isInstanceOf(EJBException.class);
        assertThatThrownBy(
                        () -> as(tenants.brandAdminA(), () -> priceLists.setPrice(list, "NO-SUCH", 1, BigDecimal.ONE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(tenants.brandAdminA(), () -> priceLists.prices(list))).isEmpty();
    }

    @Test
    void anotherBrandCanNeitherSeeNorUseThisBrandsListsOrSkus() {
        long list = as(tenants.brandAdminA(), () -> priceLists.create(draft("Private", null, null, null, null)));
        long ownList = as(tenants.brandAdminB(), () -> priceLists.create(draft("B list", null, null, null, null)));

        assertThat(as(tenants.brandAdminB(), () -> priceLists.lists()))
                .extracting(l -> l.getId())
                .doesNotContain(list);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> priceLists.prices(list)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> priceLists.delete(list)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(
                        tenants.brandAdminB(),
                        () -> priceLists.setPrice(ownList, tenants.skuCodeOfA(), 1, BigDecimal.ONE)))
                .as("A's SKU in B's list")
                .isInstanceOf(NotFoundException.class);

        as(tenants.brandAdminA(), () -> priceLists.delete(list));
        assertThat(as(tenants.brandAdminA(), () -> priceLists.lists())).isEmpty();
    }

    private static PriceListDraft draft(String name, StoreTier tier, String region, Instant from, Instant until) {
        PriceListDraft draft = new PriceListDraft();
        draft.setName(name);
        draft.setTier(tier);
        draft.setRegionCode(region);
        draft.setValidFrom(from);
        draft.setValidUntil(until);
        return draft;
    }
}
