package org.shelfline.web.security;

import jakarta.json.Json;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in events as one JSON object per log line, so that a log pipeline can count failures per user or
 * address without parsing prose. Passwords are never logged.
 */
public final class SignInLog {

    private static final Logger LOG = Logger.getLogger("org.shelfline.security.signin");

    private SignInLog() {}

    public static void failed(String username, String remoteAddress, String reason) {
        LOG.log(
                Level.WARNING,
                () -> event("sign_in_failed", username, remoteAddress)
                        .add("reason", reason)
                        .build()
                        .toString());
    }

    public static void succeeded(String username, String remoteAddress) {
        LOG.log(
                Level.INFO,
                () -> event("sign_in", username, remoteAddress).build().toString());
    }

    private static jakarta.json.JsonObjectBuilder event(String event, String username, String remoteAddress) {
        return Json.createObjectBuilder()
                .add("event", event)
                .add("username", username == null ? "" : username)
                .add("remote", remoteAddress == null ? "" : remoteAddress);
    }
}
