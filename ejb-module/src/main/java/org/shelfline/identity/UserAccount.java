package org.shelfline.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person who signs in. Belongs to exactly one organisation, the one its role implies (the database
 * enforces that with a check constraint); the platform admin belongs to the platform itself.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
        name = UserAccount.BY_USERNAME,
        query = "SELECT u FROM UserAccount u WHERE u.username = :username AND u.active = TRUE")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final int USERNAME_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "store_id")
    private Long storeId;

    @Column(name = "distributor_id")
    private Long distributorId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected UserAccount() {}

    /** A distributor's dispatcher account, created by the platform admin. */
    public static UserAccount dispatcher(
            String username, String passwordHash, String displayName, long distributorId, Instant createdAt) {
        UserAccount account = create(username, passwordHash, Role.DISTRIBUTOR, displayName, createdAt);
        account.distributorId = distributorId;
        return account;
    }

    /** A new shop owner's account, created at registration. */
    public static UserAccount storeOwner(
            String username, String passwordHash, String displayName, long storeId, Instant createdAt) {
        UserAccount account = create(username, passwordHash, Role.STORE_OWNER, displayName, createdAt);
        account.storeId = storeId;
        return account;
    }

    private static UserAccount create(
            String username, String passwordHash, Role role, String displayName, Instant createdAt) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.passwordHash = passwordHash;
        account.role = role;
        account.displayName = displayName;
        account.createdAt = createdAt;
        return account;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Long getStoreId() {
        return storeId;
    }

    public Long getDistributorId() {
        return distributorId;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void deactivate() {
        this.active = false;
    }

    void signedIn(Instant when) {
        this.lastSignInAt = when;
    }

    /** The organisation this account acts for, whatever its kind. */
    public Long organisationId() {
        return switch (role) {
            case PLATFORM_ADMIN -> null;
            case BRAND_ADMIN -> brandId;
            case STORE_OWNER -> storeId;
            case DISTRIBUTOR -> distributorId;
        };
    }
}
