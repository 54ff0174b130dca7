package org.shelfline.store;

import java.time.Instant;
import org.shelfline.geography.District;
import org.shelfline.shared.TestIds;

/** Stores for plain unit tests, made the way registration makes them. */
public final class TestStores {

    private TestStores() {}

    public static Store in(long id, District district, String shopName) {
        Registration registration = new Registration();
        registration.setShopName(shopName);
        registration.setOwnerName("Owner of " + shopName);
        registration.setMobile("13800000000");
        registration.setStreet("1 Market Street");
        registration.setLicenceNumber("91310000TEST" + id);
        return TestIds.assign(new Store(registration, district, "licence.jpg", Instant.EPOCH), id);
    }
}
