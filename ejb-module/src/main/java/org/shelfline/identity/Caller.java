package org.shelfline.identity;

/** The signed-in user as services need it: who, which role, and for which organisation. */
public record Caller(String username, String displayName, Role role, Long organisationId) {

    static Caller of(UserAccount account) {
        return new Caller(account.getUsername(), account.getDisplayName(), account.getRole(), account.organisationId());
    }
}
