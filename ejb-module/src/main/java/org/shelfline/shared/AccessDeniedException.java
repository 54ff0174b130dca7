package org.shelfline.shared;

/** The caller's role does not allow this operation at all (as opposed to another tenant's data). */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
