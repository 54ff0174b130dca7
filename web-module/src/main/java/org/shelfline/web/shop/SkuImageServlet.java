package org.shelfline.web.shop;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.nio.file.Path;
import org.shelfline.ordering.ShopCatalog;
import org.shelfline.web.StoredImageServlet;

/**
 * {@code /shop/catalog/image?sku=ID}: the picture of a SKU the signed-in shop may order (published, of a brand that
 * verified it); anything else is 404. The page asks with the picture's version, so a day's caching is safe.
 */
@WebServlet("/shop/catalog/image")
public class SkuImageServlet extends StoredImageServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopCatalog catalog;

    public SkuImageServlet() {
        super("sku", 86_400);
    }

    @Override
    protected Path image(long skuId) {
        return catalog.imagePath(skuId);
    }
}
