package org.shelfline.web.admin.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shelfline.catalog.CatalogService;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.Ids;

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
        if (!Files.isRegularFile(image)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.toString().endsWith(".png") ? "image/png" : "image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(image));
        Files.copy(image, response.getOutputStream());
    }
}
