package org.shelfline.web.admin.catalog;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shelfline.catalog.CatalogService;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.Ids;
import org.shelfline.web.ImageResponses;

/** {@code /admin/catalog/image?sku=ID}: the picture of one of the signed-in brand's SKUs; else 404. */
@WebServlet("/admin/catalog/image")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path image;
        try {
            image = catalog.imagePath(Ids.parse("SKU", request.getParameter("sku")));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponses.send(image, response, 3600);
    }
}
