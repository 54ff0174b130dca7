package org.shelfline.shared;

/**
 * Nothing was done because too much is happening at once; the same request a little later may well succeed.
 * The API answers it with 503 and a Retry-After, the pages with its message.
 */
public class BusyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public BusyException(String messageKey, int retryAfterSeconds, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
