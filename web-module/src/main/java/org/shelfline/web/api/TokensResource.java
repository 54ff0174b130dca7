package org.shelfline.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shelfline.identity.ApiTokens;
import org.shelfline.identity.UserNames;
import org.shelfline.web.security.SignInLog;
import org.shelfline.web.security.SignInThrottle;
import org.shelfline.web.security.UnknownUserDelay;

/**
 * Exchanges a user name and password (checked by the same identity store as sign-in) for a bearer token.
 * Wrong passwords count towards the same lock as on the sign-in page (429 with Retry-After while it lasts).
 * With a token, its holder lists its live tokens and revokes any of them.
 */
@ApplicationScoped
@Path("tokens")
@Tag(name = "Authentication")
public class TokensResource {

    /** Longer input is not a real credential; refusing it early keeps PBKDF2 from hashing megabytes. */
    private static final int MAX_CREDENTIAL = 200;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokens tokens;

    @Inject
    SignInThrottle throttle;

    @Inject
    UnknownUserDelay unknownUserDelay;

    public record Credentials(String username, String password) {}

    public record Token(String token, String tokenType, Instant expiresAt) {}

    /** One of my live tokens as listed: never the token itself, which only its holder has. */
    public record TokenOut(long id, String client, Instant createdAt, Instant expiresAt) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My live tokens, newest first (needs a token)")
    public List<TokenOut> mine() {
        return tokens.mine().stream()
                .map(token ->
                        new TokenOut(token.getId(), token.getClient(), token.getCreatedAt(), token.getExpiresAt()))
                .toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my tokens at once")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("current")
    @Operation(summary = "Revoke the token this call is made with (sign out)")
    public Response revokeCurrent(@Context HttpHeaders headers) {
        tokens.revoke(BearerTokenFilter.bearerOf(headers.getHeaderString(HttpHeaders.AUTHORIZATION)));
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token (valid 12 hours)")
    public Response issue(Credentials credentials, @Context HttpHeaders headers, @Context HttpServletRequest request) {
        if (credentials == null
                || credentials.username() == null
                || credentials.password() == null
                || credentials.username().isBlank()
                || credentials.username().length() > MAX_CREDENTIAL
                || credentials.password().length() > MAX_CREDENTIAL) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, "api.credentialsRequired", ProblemMappers.locale(headers));
        }
        Optional<String> account = UserNames.canonical(credentials.username());
        String name = UserNames.key(credentials.username());
        Optional<Duration> locked = throttle.lockedFor(name)
                .or(() -> throttle.addressLockedFor(request.getRemoteAddr()))
                .or(throttle::everyoneWaitsFor);
        if (locked.isPresent()) {
            SignInLog.failed(name, request.getRemoteAddr(), "locked");
            Response problem = Problem.response(
                    Response.Status.TOO_MANY_REQUESTS,
                    "api.signInLocked",
                    ProblemMappers.locale(headers),
                    SignInThrottle.minutes(locked.get()));
            return Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, locked.get().toSeconds() + 1)
                    .build();
        }
        CredentialValidationResult result = account.isEmpty()
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(new UsernamePasswordCredential(name, credentials.password()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            unknownUserDelay.afterRefusal(account.orElse(null), credentials.password());
            throttle.failed(name);
            throttle.failedFrom(request.getRemoteAddr());
            SignInLog.failed(name, request.getRemoteAddr(), "invalid_credentials");
            return Problem.response(Response.Status.UNAUTHORIZED, "api.badCredentials", ProblemMappers.locale(headers));
        }
        throttle.succeeded(name);
        SignInLog.succeeded(name, request.getRemoteAddr());
        ApiTokens.IssuedToken issued =
                tokens.issue(result.getCallerPrincipal().getName(), headers.getHeaderString(HttpHeaders.USER_AGENT));
        return Response.status(Response.Status.CREATED)
                .entity(new Token(issued.token(), "Bearer", issued.expiresAt()))
                .build();
    }
}
