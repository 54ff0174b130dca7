package org.shelfline.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of a REST API request, once its bearer token has been checked. The API's request filter
 * sets it; {@link SecurityContextCallerIdentity} prefers it to the (absent) container login, and
 * {@link CurrentUser} takes the account from it rather than reading it again.
 */
@RequestScoped
public class TokenCaller {

    private Caller caller;

    public void authenticated(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    public Optional<String> username() {
        return caller().map(Caller::username);
    }
}
