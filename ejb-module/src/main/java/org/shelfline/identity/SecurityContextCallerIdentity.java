package org.shelfline.identity;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The caller as authenticated by Jakarta Security. */
@ApplicationScoped
public class SecurityContextCallerIdentity implements CallerIdentity {

    @Inject
    SecurityContext securityContext;

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(securityContext.getCallerPrincipal()).map(Principal::getName);
    }
}
