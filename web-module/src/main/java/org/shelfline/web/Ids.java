package org.shelfline.web;

import org.shelfline.shared.NotFoundException;

/** Ids from request parameters: anything that is not a positive number is an id that does not exist. */
public final class Ids {

    private Ids() {}

    public static long parse(String what, String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through: not found
        }
        throw new NotFoundException(what, text);
    }
}
