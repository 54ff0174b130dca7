package org.shelfline.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The caller as authenticated by Jakarta Security (web pages), or by a bearer token (REST API). */
@ApplicationScoped
public class SecurityContextCallerIdentity implements CallerIdentity {

    @Inject
    SecurityContext securityContext;

    @Inject
    TokenCaller tokenCaller;

    @Override
    public Optional<String> username() {
        return tokenCaller
                .username()
                .or(() -> Optional.ofNullable(securityContext.getCallerPrincipal())
                        .map(Principal::getName));
    }
}
