package org.shelfline.web.admin.stores;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.nio.file.Path;
import org.shelfline.store.VerificationService;
import org.shelfline.web.StoredImageServlet;

/**
 * {@code /admin/stores/licence-photo?store=ID}: the licence photo of a store that applied to the
 * signed-in brand (brand admins only, by the /admin/* constraint); anything else is a 404.
 */
@WebServlet("/admin/stores/licence-photo")
public class LicencePhotoServlet extends StoredImageServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    VerificationService verification;

    public LicencePhotoServlet() {
        super("store", 300);
    }

    @Override
    protected Path image(long storeId) {
        return verification.licencePhoto(storeId);
    }
}
