package org.shelfline.identity;

/**
 * The four kinds of user. The names double as the security groups the identity store returns and as
 * the role names in web.xml, so keep them in step with {@link Roles}.
 */
public enum Role {
    PLATFORM_ADMIN,
    BRAND_ADMIN,
    STORE_OWNER,
    DISTRIBUTOR
}
