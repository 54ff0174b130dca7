package org.shelfline.web.admin.stores;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shelfline.shared.NotFoundException;
import org.shelfline.store.VerificationService;
import org.shelfline.web.Ids;
import org.shelfline.web.ImageResponses;

/**
 * {@code /admin/stores/licence-photo?store=ID}: the licence photo of a store that applied to the
 * signed-in brand (brand admins only, by the /admin/* constraint); anything else is a 404.
 */
@WebServlet("/admin/stores/licence-photo")
public class LicencePhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    VerificationService verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path photo;
        try {
            photo = verification.licencePhoto(Ids.parse("store", request.getParameter("store")));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponses.send(photo, response, 300);
    }
}
