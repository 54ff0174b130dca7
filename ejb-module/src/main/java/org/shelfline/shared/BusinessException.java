package org.shelfline.shared;

import jakarta.ejb.ApplicationException;

/**
 * A broken business rule. Rolls the transaction back and reaches the caller unwrapped; the message key
 * names a text in the resource bundles, so the user reads it in their own language.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
