package org.shelfline.shared;

/**
 * The thing asked for does not exist for this caller. Also what another tenant's id yields, so an id
 * never tells whether it belongs to someone else.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
