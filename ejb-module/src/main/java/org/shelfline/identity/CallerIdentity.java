package org.shelfline.identity;

import java.util.Optional;

/**
 * Who the container says is calling. The application's implementation asks Jakarta Security; in-container
 * tests swap in their own (a CDI alternative) to act as a given user. Everything else about the caller
 * (role, organisation) is always looked up in the database by {@link CurrentUser}.
 */
public interface CallerIdentity {

    Optional<String> username();
}
