package org.shelfline.web.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.DistrictCoverage;
import org.shelfline.distribution.TerritoryAssignment;
import org.shelfline.distribution.TerritoryService;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** Territories on Payara Micro and MariaDB: priorities, gaps, resolution for routing, tenancy. */
@ExtendWith(ArquillianExtension.class)
class TerritoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TerritoryIT.class);
    }

    @Inject
    TerritoryService territories;

    @Inject
    org.shelfline.platform.DistributorAdminService distributorAdmin;

    private Tenants tenants;
    private long district;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        String id = UUID.randomUUID().toString().substring(0, 8);
        district = TestDatabase.execute(
                "INSERT INTO district (code, province, province_zh, city, city_zh, name, name_zh) "
                        + "VALUES (?, 'Guangdong', '广东省', 'Foshan', '佛山市', ?, '新区')",
                "T-" + id,
                "New " + id);
        first = distributor("F" + id);
        second = distributor("S" + id);
        third = distributor("H" + id);
    }

    @Test
    void assignmentsQueueUpInPriorityOrderAndResolveForRouting() {
        as(tenants.brandAdminA(), () -> {
            territories.assign(district, first);
            territories.assign(district, second);
            territories.assign(district, third);
        });

        assertThat(territories.servingDistributors(tenants.brandIdA(), district))
                .extracting(Distributor::getId)
                .containsExactly(first, second, third);
        assertThat(territories.servingDistributors(tenants.brandIdB(), district))
                .isEmpty();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'TERRITORY' AND subject_id = ? "
                                + "AND action = 'ASSIGNED' AND actor = ?",
                        district,
                        tenants.brandAdminA()))
                .isEqualTo(3);
    }

    @Test
    void removingKeepsPrioritiesWithoutHolesAndMovingUpSwaps() {
        as(tenants.brandAdminA(), () -> {
            territories.assign(district, first);
            territories.assign(district, second);
            territories.assign(district, third);
        });

        as(tenants.brandAdminA(), () -> territories.remove(assignmentOf(first)));
        assertThat(priorities()).containsExactly(second + ":1", third + ":2");

        as(tenants.brandAdminA(), () -> territories.moveUp(assignmentOf(third)));
        assertThat(priorities()).containsExactly(third + ":1", second + ":2");
        assertThat(territories.servingDistributors(tenants.brandIdA(), district))
                .extracting(Distributor::getId)
                .containsExactly(third, second);
    }

    @Test
    void aDistributorIsAssignedToADistrictOnlyOnce() {
        as(tenants.brandAdminA(), () -> territories.assign(district, first));

        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> territories.assign(district, first)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("territory.alreadyAssigned"));
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> territories.assign(district, -1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> territories.assign(-1, first)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void districtsWithoutADistributorAreGaps() {
        List<DistrictCoverage> coverage = as(tenants.brandAdminA(), () -> territories.coverage());

        assertThat(coverage)
                .filteredOn(row -> row.district().getId() == district)
                .singleElement()
                .satisfies(row -> assertThat(row.isGap()).isTrue());
        assertThat(coverage)
                .filteredOn(row -> row.district().getCode().equals(tenants.districtCode()))
                .singleElement()
                .satisfies(row -> assertThat(row.isGap()).isFalse());
        assertThat(as(tenants.brandAdminB(), () -> territories.coverage()))
                .filteredOn(row -> row.district().getCode().equals(tenants.districtCode()))
                .singleElement()
                .satisfies(row -> assertThat(row.isGap())
                        .as("brand B has no distributor there")
                        .isTrue());
    }

    @Test
    void anotherBrandCannotChangeTheseTerritories() {
        as(tenants.brandAdminA(), () -> {
            territories.assign(district, first);
            territories.assign(district, second);
        });
        long assignment = assignmentOf(second);

        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> territories.remove(assignment)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> territories.moveUp(assignment)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenants.storeOwner(), () -> territories.coverage()))
                .isInstanceOf(org.shelfline.shared.AccessDeniedException.class);
        assertThat(priorities()).containsExactly(first + ":1", second + ":2");
    }

    private List<String> priorities() {
        return as(tenants.brandAdminA(), () -> territories.coverage()).stream()
                .filter(row -> row.district().getId() == district)
                .flatMap(row -> row.assignments().stream())
                .map(t -> t.getDistributor().getId() + ":" + t.getPriority())
                .toList();
    }

    private long assignmentOf(long distributorId) {
        return as(tenants.brandAdminA(), () -> territories.coverage()).stream()
                .filter(row -> row.district().getId() == district)
                .flatMap(row -> row.assignments().stream())
                .filter(t -> t.getDistributor().getId() == distributorId)
                .map(TerritoryAssignment::getId)
                .findFirst()
                .orElseThrow();
    }

    private static long distributor(String code) {
        return TestDatabase.execute(
                "INSERT INTO distributor (code, name, name_zh, created_at) VALUES (?, ?, '测试', UTC_TIMESTAMP(6))",
                code,
                "Distributor " + code);
    }

    @Test
    void thePlatformAdminAddsDistributorsThatBrandsThenSee() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        org.shelfline.platform.NewDistributor form = new org.shelfline.platform.NewDistributor();
        form.setCode("n" + id);
        form.setNameEn("New Logistics " + id);
        form.setNameZh("新物流");
        form.setWarehouseCode("main");
        form.setWarehouseName("Main depot");
        form.setWarehouseDistrictId(district);
        form.setUsername("dispatch-" + id);
        form.setPassword("dispatch-pass");

        long created = as(tenants.platformAdmin(), () -> distributorAdmin.create(form));
        as(tenants.platformAdmin(), () -> distributorAdmin.addWarehouse(created, "second", "Second depot", district));

        assertThat(TestDatabase.text(
                        "SELECT password_hash FROM user_account WHERE username = ? AND distributor_id = ? "
                                + "AND role = 'DISTRIBUTOR'",
                        "dispatch-" + id,
                        created))
                .startsWith("PBKDF2WithHmacSHA512:");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM warehouse WHERE distributor_id = ?", created))
                .isEqualTo(2);
        assertThatThrownBy(() -> as(tenants.platformAdmin(), () -> distributorAdmin.create(form)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("distributor.codeTaken"));
        assertThatThrownBy(() -> as(
                        tenants.platformAdmin(),
                        () -> distributorAdmin.addWarehouse(created, "MAIN", "Again", district)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("warehouse.codeTaken"));
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> distributorAdmin.create(form)))
                .isInstanceOf(org.shelfline.shared.AccessDeniedException.class);

        as(tenants.brandAdminA(), () -> territories.assign(district, created));
        assertThat(as(tenants.brandAdminA(), () -> territories.servingMe()))
                .filteredOn(row -> row.distributor().getId() == created)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.warehouses()).hasSize(2);
                    assertThat(row.districts()).extracting(d -> d.getId()).containsExactly(district);
                });
        assertThat(as(tenants.brandAdminB(), () -> territories.servingMe()))
                .noneMatch(row -> row.distributor().getId() == created);
    }
}
