package org.shelfline.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import org.shelfline.identity.PasswordHashing;
import org.shelfline.identity.Roles;

/**
 * Form sign-in (our own Faces login page) against the accounts in MariaDB. Passwords are PBKDF2 hashes
 * as {@link PasswordHashing} defines them; the security group is the account's role.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/shelfline",
        callerQuery = "SELECT password_hash FROM user_account WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT role FROM user_account WHERE username = ? AND active = TRUE",
        hashAlgorithm = CheckedPbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM,
            PasswordHashing.ITERATIONS,
            PasswordHashing.SALT_SIZE,
            PasswordHashing.KEY_SIZE
        })
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.BRAND_ADMIN, Roles.STORE_OWNER, Roles.DISTRIBUTOR})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {}
