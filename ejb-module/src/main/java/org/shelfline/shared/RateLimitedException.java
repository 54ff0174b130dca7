package org.shelfline.shared;

/**
 * Refused because this caller (a shop, an address) asked too often, not because the system is busy:
 * the API answers 429 Too Many Requests with Retry-After, the pages with the message.
 */
public class RateLimitedException extends BusyException {

    private static final long serialVersionUID = 1L;

    public RateLimitedException(String messageKey, long retryAfterSeconds) {
        super(messageKey, (int) Math.min(Integer.MAX_VALUE, retryAfterSeconds), retryAfterSeconds);
    }
}
