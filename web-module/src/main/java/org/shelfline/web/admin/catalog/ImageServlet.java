package org.shelfline.web.admin.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.nio.file.Path;
import org.shelfline.catalog.CatalogService;
import org.shelfline.web.StoredImageServlet;

/** {@code /admin/catalog/image?sku=ID}: the picture of one of the signed-in brand's SKUs; else 404. */
@WebServlet("/admin/catalog/image")
public class ImageServlet extends StoredImageServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    public ImageServlet() {
        super("sku", 3600);
    }

    @Override
    protected Path image(long skuId) {
        return catalog.imagePath(skuId);
    }
}
