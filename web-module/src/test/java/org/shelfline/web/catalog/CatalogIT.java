package org.shelfline.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.catalog.CatalogService;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuDraft;
import org.shelfline.catalog.SkuSearch;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.catalog.TierDraft;
import org.shelfline.shared.AccessDeniedException;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** The catalogue service on Payara Micro and MariaDB, called as real users of two brands. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CatalogIT.class);
    }

    @Inject
    CatalogService catalog;

    @Inject
    org.shelfline.ordering.ShopCatalog shopCatalog;

    @Inject
    org.shelfline.catalog.CategoryService categories;

    private Tenants tenants;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
    }

    @Test
    void createsASkuWithTiersAndAuditsIt() {
        long id = as(tenants.brandAdminA(), () -> catalog.save(draft("new-1", 1, tier(1, "40.00"), tier(10, "38.50"))));

        Sku saved = as(tenants.brandAdminA(), () -> catalog.sku(id));
        assertThat(saved.getCode()).isEqualTo("NEW-1");
        assertThat(saved.getStatus()).isEqualTo(SkuStatus.DRAFT);
        assertThat(saved.getPriceTiers()).extracting(t -> t.getMinCases()).containsExactly(1, 10);
        assertThat(saved.getPriceTiers().get(1).getCasePrice()).isEqualByComparingTo("38.50");
        assertThat(as(tenants.brandAdminA(), () -> catalog.history(id)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo("CREATED");
                    assertThat(event.getActor()).isEqualTo(tenants.brandAdminA());
                    assertThat(event.getDetail()).contains("code=NEW-1").contains("10:38.50");
                });
    }

    @Test
    void editingReplacesTiersAndKeepsTheRest() {
        long id =
                as(tenants.brandAdminA(), () -> catalog.save(draft("edit-1", 1, tier(1, "40.00"), tier(10, "38.00"))));
        SkuDraft edit = as(tenants.brandAdminA(), () -> catalog.draft(id));
        edit.setNameEn("Renamed tea");
        edit.getTiers().get(1).setCasePrice(new BigDecimal("37.00"));
        edit.getTiers().get(2).setMinCases(50);
        edit.getTiers().get(2).setCasePrice(new BigDecimal("35.00"));

        as(tenants.brandAdminA(), () -> catalog.save(edit));

        Sku saved = as(tenants.brandAdminA(), () -> catalog.sku(id));
        assertThat(saved.getName().english()).isEqualTo("Renamed tea");
        assertThat(saved.getPriceTiers())
                .extracting(t -> t.getMinCases() + ":" + t.getCasePrice().toPlainString())
                .containsExactly("1:40.00", "10:37.00", "50:35.00");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsOverwritten() {
        long id = as(tenants.brandAdminA(), () -> catalog.save(draft("race-1", 1, tier(1, "40.00"))));
        SkuDraft first = as(tenants.brandAdminA(), () -> catalog.draft(id));
        SkuDraft second = as(tenants.brandAdminA(), () -> catalog.draft(id));
        first.setNameEn("First admin's name");
        second.setNameEn("Second admin's name");

        as(tenants.brandAdminA(), () -> catalog.save(first));

        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.save(second)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(tenants.brandAdminA(), () -> catalog.sku(id)).getName().english())
                .isEqualTo("First admin's name");
        assertThat(as(tenants.brandAdminA(), () -> catalog.history(id))).hasSize(2);
    }

    @Test
    void codesAreUniquePerBrandOnly() {
        as(tenants.brandAdminA(), () -> catalog.save(draft("same-code", 1, tier(1, "1.00"))));

        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.save(draft("SAME-CODE", 1, tier(1, "1.00")))))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("sku.code.taken"));
        assertThat(as(tenants.brandAdminB(), () -> catalog.save(draft("same-code", 1, tier(1, "1.00")))))
                .isPositive();
    }

    @Test
    void inconsistentPricesAreRefusedAndNothingIsStored() {
        assertRefused(draft("p-1", 1), "sku.tier.required");
        assertRefused(draft("p-2", 1, tier(1, "5.00"), tier(1, "4.00")), "sku.tier.duplicate");
        assertRefused(draft("p-3", 5, tier(10, "5.00")), "sku.tier.coverMinimum");
        SkuDraft halfRow = draft("p-4", 1, tier(1, "5.00"));
        halfRow.getTiers().get(1).setMinCases(10);
        assertRefused(halfRow, "sku.tier.incomplete");

        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku WHERE brand_id = ? AND code LIKE 'P-%'", tenants.brandIdA()))
                .isZero();
    }

    @Test
    void invalidFieldsAreRefusedByBeanValidation() {
        SkuDraft badBarcode = draft("v-1", 1, tier(1, "5.00"));
        badBarcode.setBarcode("6901234567890");
        SkuDraft negativePack = draft("v-2", 1, tier(1, "5.00"));
        negativePack.setCasePack(-6);
        SkuDraft negativePrice = draft("v-3", 1, tier(1, "-5.00"));
        SkuDraft hugeName = draft("v-4", 1, tier(1, "5.00"));
        hugeName.setNameEn("x".repeat(10_000));

        for (SkuDraft invalid : List.of(badBarcode, negativePack, negativePrice, hugeName)) {
            assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.save(invalid)))
                    .isInstanceOf(EJBException.class)
                    .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
        }
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM sku WHERE brand_id = ? AND code LIKE 'V-%'", tenants.brandIdA()))
                .isZero();
    }

    @Test
    void publishingFollowsTheLifecycle() {
        long id = as(tenants.brandAdminA(), () -> catalog.save(draft("life-1", 1, tier(1, "5.00"))));

        as(tenants.brandAdminA(), () -> catalog.changeStatus(id, version(id), SkuStatus.PUBLISHED));
        assertThatThrownBy(() ->
                        as(tenants.brandAdminA(), () -> catalog.changeStatus(id, version(id), SkuStatus.PUBLISHED)))
                .isInstanceOf(BusinessException.class);
        as(tenants.brandAdminA(), () -> catalog.changeStatus(id, version(id), SkuStatus.WITHDRAWN));
        assertThatThrownBy(
                        () -> as(tenants.brandAdminA(), () -> catalog.changeStatus(id, version(id), SkuStatus.DRAFT)))
                .isInstanceOf(BusinessException.class);
        long stale = version(id);
        as(tenants.brandAdminA(), () -> catalog.changeStatus(id, stale, SkuStatus.PUBLISHED));
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.changeStatus(id, stale, SkuStatus.WITHDRAWN)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(as(tenants.brandAdminA(), () -> catalog.history(id)))
                .extracting(e -> e.getAction())
                .containsExactly("PUBLISHED", "WITHDRAWN", "PUBLISHED", "CREATED");
    }

    @Test
    void anotherBrandCanNeitherReadNorChangeASku() {
        long skuOfA = tenants.skuOfA();

        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> catalog.sku(skuOfA)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> catalog.history(skuOfA)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> catalog.changeStatus(skuOfA, 0, SkuStatus.WITHDRAWN)))
                .isInstanceOf(NotFoundException.class);
        SkuDraft stolen = as(tenants.brandAdminA(), () -> catalog.draft(skuOfA));
        stolen.setNameEn("Hijacked");
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> catalog.save(stolen)))
                .isInstanceOf(NotFoundException.class);
        long categoryOfA = TestDatabase.count("SELECT id FROM category WHERE brand_id = ?", tenants.brandIdA());
        SkuDraft withForeignCategory = draft("cat-1", 1, tier(1, "1.00"));
        withForeignCategory.setCategoryId(categoryOfA);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> catalog.save(withForeignCategory)))
                .isInstanceOf(NotFoundException.class);

        assertThat(as(tenants.brandAdminA(), () -> catalog.sku(skuOfA))
                        .getName()
                        .english())
                .doesNotContain("Hijacked");
    }

    @Test
    void onlyBrandAdminsUseTheCatalogue() {
        for (String user : List.of(tenants.storeOwner(), tenants.distributor(), tenants.platformAdmin())) {
            assertThatThrownBy(() -> as(user, () -> catalog.findSkus(search(null, null, null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> catalog.findSkus(search(null, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchFiltersSortsAndPagesWithinTheBrand() {
        as(tenants.brandAdminA(), () -> {
            catalog.save(draft("zz-9", 1, tier(1, "1.00")));
            catalog.save(draft("aa_1", 1, tier(1, "1.00")));
        });

        List<Sku> byCode =
                as(tenants.brandAdminA(), () -> catalog.findSkus(new SkuSearch(0, 10, "code", true, null, null, null)));
        assertThat(byCode)
                .extracting(Sku::getCode)
                .containsExactly("A-" + tenants.skuCodeOfA().substring(2), "AA_1", "ZZ-9");
        assertThat(as(tenants.brandAdminA(), () -> catalog.countSkus(search("a_", null, null))))
                .isEqualTo(1);
        assertThat(as(tenants.brandAdminA(), () -> catalog.countSkus(search(null, null, SkuStatus.PUBLISHED))))
                .isEqualTo(1);
        assertThat(as(
                        tenants.brandAdminA(),
                        () -> catalog.findSkus(new SkuSearch(1, 1, "code", false, null, null, null))))
                .extracting(Sku::getCode)
                .containsExactly("AA_1");
        assertThat(as(tenants.brandAdminA(), () -> catalog.countSkus(search(null, "tea sku", null))))
                .isEqualTo(2);
        assertThat(as(tenants.brandAdminA(), () -> catalog.countSkus(search(null, "TEA", null))))
                .isEqualTo(3);
        assertThat(as(tenants.brandAdminA(), () -> catalog.countSkus(search(null, "茶", null))))
                .isEqualTo(2);
        assertThat(as(tenants.brandAdminB(), () -> catalog.countSkus(search(null, null, null))))
                .isEqualTo(1);
        // An unknown sort column falls back to the code instead of reaching the query.
        assertThat(as(
                        tenants.brandAdminA(),
                        () -> catalog.findSkus(new SkuSearch(0, 10, "brandId; drop", true, null, null, null))))
                .hasSize(3);
    }

    private long version(long id) {
        return as(tenants.brandAdminA(), () -> catalog.sku(id)).getVersion();
    }

    private void assertRefused(SkuDraft draft, String key) {
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.save(draft)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static SkuSearch search(String code, String name, SkuStatus status) {
        return new SkuSearch(0, 50, "code", true, code, name, status);
    }

    private static TierDraft tier(int minCases, String price) {
        return new TierDraft(minCases, new BigDecimal(price));
    }

    private static SkuDraft draft(String code, int minOrder, TierDraft... tiers) {
        SkuDraft draft = new SkuDraft();
        draft.setCode(code);
        draft.setNameEn("Tea sku " + code);
        draft.setNameZh("茶 " + code);
        draft.setUnit("bottle");
        draft.setCasePack(12);
        draft.setMinOrderCases(minOrder);
        draft.setOrderIncrementCases(1);
        for (int i = 0; i < tiers.length; i++) {
            draft.getTiers().get(i).setMinCases(tiers[i].getMinCases());
            draft.getTiers().get(i).setCasePrice(tiers[i].getCasePrice());
        }
        return draft;
    }

    @Test
    void aSkuPictureIsCheckedStoredReplacedAndScoped() throws java.io.IOException {
        long id = tenants.skuOfA();
        as(tenants.brandAdminA(), () -> catalog.setImage(id, org.shelfline.web.support.TestImages.png()));
        java.nio.file.Path first = as(tenants.brandAdminA(), () -> catalog.imagePath(id));
        assertThat(java.nio.file.Files.size(first)).isPositive();

        as(tenants.brandAdminA(), () -> catalog.setImage(id, org.shelfline.web.support.TestImages.png()));
        assertThat(java.nio.file.Files.exists(first))
                .as("the replaced picture is removed")
                .isFalse();

        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.setImage(id, "GIF89a".getBytes())))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("image.type"));
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> catalog.setImage(id, new byte[0])))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("image.required"));
        assertThatThrownBy(() -> as(
                        tenants.brandAdminB(), () -> catalog.setImage(id, org.shelfline.web.support.TestImages.png())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> catalog.imagePath(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(tenants.brandAdminA(), () -> catalog.history(id)))
                .extracting(e -> e.getAction())
                .contains("PICTURED");
    }

    @Test
    void aShopSeesThePicturesAndFiltersByTheCategoriesOfWhatItMayOrder() {
        long sku = tenants.skuOfA();
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> shopCatalog.imagePath(sku)))
                .as("no picture yet: the page shows a placeholder")
                .isInstanceOf(NotFoundException.class);
        as(tenants.brandAdminA(), () -> catalog.setImage(sku, org.shelfline.web.support.TestImages.png()));
        assertThat(as(tenants.storeOwner(), () -> shopCatalog.imagePath(sku)))
                .isEqualTo(as(tenants.brandAdminA(), () -> catalog.imagePath(sku)));
        as(tenants.brandAdminB(), () -> catalog.setImage(tenants.skuOfB(), org.shelfline.web.support.TestImages.png()));
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> shopCatalog.imagePath(tenants.skuOfB())))
                .as("a brand that has not verified the shop")
                .isInstanceOf(NotFoundException.class);
        Tenants others = TestDatabase.twoBrands();
        assertThatThrownBy(() -> as(others.storeOwner(), () -> shopCatalog.imagePath(sku)))
                .as("another shop")
                .isInstanceOf(NotFoundException.class);
        TestDatabase.execute("UPDATE sku SET status = 'WITHDRAWN' WHERE id = ?", sku);
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> shopCatalog.imagePath(sku)))
                .as("withdrawn")
                .isInstanceOf(NotFoundException.class);
        TestDatabase.execute("UPDATE sku SET status = 'PUBLISHED' WHERE id = ?", sku);

        long drinks = as(tenants.brandAdminA(), () -> categories.create("drinks", "Drinks", "饮料", null));
        long juice = as(tenants.brandAdminA(), () -> categories.create("juice", "Juice", "果汁", drinks));
        long tea =
                TestDatabase.count("SELECT id FROM category WHERE brand_id = ? AND code = 'TEA'", tenants.brandIdA());
        TestDatabase.execute("UPDATE sku SET category_id = ? WHERE id = ?", juice, sku);
        long chips =
                TestDatabase.count("SELECT id FROM category WHERE brand_id = ? AND code = 'CHIPS'", tenants.brandIdB());

        assertThat(as(tenants.storeOwner(), () -> shopCatalog.categories(tenants.brandIdA())))
                .extracting(c -> c.getCode())
                .containsExactly("DRINKS", "JUICE", "TEA");
        assertThat(codes(drinks)).as("a category holds what is under it").containsExactly(tenants.skuCodeOfA());
        assertThat(codes(juice)).containsExactly(tenants.skuCodeOfA());
        assertThat(codes(tea)).isEmpty();
        assertThat(codes(chips)).as("another brand's category filters nothing").containsExactly(tenants.skuCodeOfA());
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> shopCatalog.categories(tenants.brandIdB())))
                .isInstanceOf(NotFoundException.class);
    }

    private List<String> codes(long categoryId) {
        return as(tenants.storeOwner(), () -> shopCatalog.search(tenants.brandIdA(), "", categoryId, 0)).stream()
                .map(item -> item.sku().getCode())
                .toList();
    }

    @Test
    void theCategoryTreeGrowsWithinTheBrandOnly() {
        long drinks = as(tenants.brandAdminA(), () -> categories.create("drinks", "Drinks", "饮料", null));
        as(tenants.brandAdminA(), () -> categories.create("juice", "Juice", "果汁", drinks));

        assertThat(as(tenants.brandAdminA(), () -> categories.tree()))
                .extracting(c -> c.getCode() + "@" + c.getDepth())
                .containsSubsequence("DRINKS@0", "JUICE@1");
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> categories.create("Juice", "Again", "再", null)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("category.codeTaken"));
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> categories.create("sub", "Sub", "子", drinks)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        as(tenants.brandAdminA(), () -> categories.create("bad code!", "x".repeat(81), "", null)))
                .isInstanceOf(EJBException.class);
        assertThat(as(tenants.brandAdminB(), () -> categories.tree()))
                .extracting(c -> c.getCode())
                .doesNotContain("DRINKS", "JUICE");
    }
}
