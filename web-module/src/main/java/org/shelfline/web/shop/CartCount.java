package org.shelfline.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.ordering.CartService;

/** The number of lines in the shop's cart, for the header; read once a request, and only when shown. */
@Named
@RequestScoped
public class CartCount {

    @Inject
    CartService carts;

    private Long lines;

    public long getLines() {
        if (lines == null) {
            lines = carts.count();
        }
        return lines;
    }

    /** After adding to the cart in the same request, the header shows the new count. */
    public void changed() {
        lines = null;
    }
}
