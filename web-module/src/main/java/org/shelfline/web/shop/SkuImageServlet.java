package org.shelfline.web.shop;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shelfline.ordering.ShopCatalog;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.Ids;
import org.shelfline.web.ImageResponses;

/**
 * {@code /shop/catalog/image?sku=ID}: the picture of a SKU the signed-in shop may order (published, of a brand that
 * verified it); anything else is 404. The page asks with the picture's version, so a day's caching is safe.
 */
@WebServlet("/shop/catalog/image")
public class SkuImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path image;
        try {
            image = catalog.imagePath(Ids.parse("SKU", request.getParameter("sku")));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponses.send(image, response, 86_400);
    }
}
