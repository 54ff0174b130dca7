package org.shelfline.identity;

/** Role names as compile-time constants, for annotations such as {@code @RolesAllowed}. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String BRAND_ADMIN = "BRAND_ADMIN";
    public static final String STORE_OWNER = "STORE_OWNER";
    public static final String DISTRIBUTOR = "DISTRIBUTOR";

    private Roles() {}
}
