package org.shelfline.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.shelfline.identity.AccountService;
import org.shelfline.identity.UserAccount;
import org.shelfline.identity.UserNames;
import org.shelfline.web.security.KnownDevices;
import org.shelfline.web.security.SignInLog;
import org.shelfline.web.security.SignInThrottle;
import org.shelfline.web.security.UnknownUserDelay;

/** Backs login.xhtml: hands the credentials to Jakarta Security and reacts to the outcome. */
@Named
@RequestScoped
public class LoginView {

    public static final int PASSWORD_MAX = 200;

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accountService;

    @Inject
    FacesContext facesContext;

    @Inject
    Messages messages;

    @Inject
    SignInThrottle throttle;

    @Inject
    UnknownUserDelay unknownUserDelay;

    @Inject
    KnownDevices devices;

    @NotBlank
    @Size(max = UserAccount.USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = PASSWORD_MAX)
    private String password;

    private boolean signedOut;
    private boolean registered;

    /** Someone already signed in who opens the login page goes straight to their home page. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            ExternalContext external = facesContext.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/home");
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // Counted and signed in under the name's one spelling, which is how the accounts table compares names.
        Optional<String> account = UserNames.canonical(username);
        String name = UserNames.key(username);
        // A browser this user signed in from before is not held by a lock someone else ran up (its own budget applies).
        Optional<String> device = account.isEmpty() ? Optional.empty() : devices.recognised(name, request);
        Optional<Duration> locked = device.isPresent()
                ? Optional.empty()
                : throttle.lockedFor(name).or(() -> throttle.addressLockedFor(request.getRemoteAddr()));
        Optional<Duration> everyoneWaits = device.isPresent() ? Optional.empty() : throttle.everyoneWaitsFor();
        if (locked.isEmpty() && everyoneWaits.isPresent()) {
            SignInLog.failed(name, request.getRemoteAddr(), "paused");
            messages.error("page.login.paused", everyoneWaits.get().toSeconds() + 1);
            return;
        }
        if (locked.isPresent()) {
            SignInLog.failed(name, request.getRemoteAddr(), "locked");
            messages.error("page.login.locked", SignInThrottle.minutes(locked.get()));
            return;
        }

        // A new session id for the signed-in session, so an id planted before sign-in is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = account.isEmpty()
                ? AuthenticationStatus.SEND_FAILURE
                : securityContext.authenticate(
                        request, response, withParams().credential(new UsernamePasswordCredential(name, password)));

        switch (status) {
            case SEND_CONTINUE -> {
                // Signed in; Jakarta Security is sending the user back to the page that asked them to sign in.
                signedIn(name, request);
                devices.rememberOnNextAnswer(name, request);
                facesContext.responseComplete();
            }
            case SUCCESS -> {
                signedIn(name, request);
                devices.remember(name, request, response);
                external.redirect(external.getRequestContextPath() + "/home");
            }
            default -> {
                unknownUserDelay.afterRefusal(account.orElse(null), password);
                throttle.failed(name);
                throttle.failedFrom(request.getRemoteAddr());
                device.ifPresent(devices::failedOn);
                SignInLog.failed(name, request.getRemoteAddr(), "invalid_credentials");
                messages.error("page.login.failed");
            }
        }
    }

    private void signedIn(String name, HttpServletRequest request) {
        throttle.succeeded(name);
        SignInLog.succeeded(name, request.getRemoteAddr());
        accountService.recordSignIn(name);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public boolean isRegistered() {
        return registered;
    }

    public void setRegistered(boolean registered) {
        this.registered = registered;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
