package org.shelfline.identity;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of a REST API request, once its bearer token has been checked. The API's request filter
 * sets it; {@link SecurityContextCallerIdentity} prefers it to the (absent) container login.
 */
@RequestScoped
public class TokenCaller {

    private String username;

    public void authenticated(String username) {
        this.username = username;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }
}
