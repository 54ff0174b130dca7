package org.shelfline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends a stored image (JPEG or PNG) privately, or a 404 when the file is gone. */
public final class ImageResponses {

    private ImageResponses() {}

    public static void send(Path image, HttpServletResponse response, int maxAgeSeconds) throws IOException {
        if (!Files.isRegularFile(image)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.toString().endsWith(".png") ? "image/png" : "image/jpeg");
        if (!response.containsHeader("Cache-Control")) { // a private image (licence photo) is kept no-store
            response.setHeader("Cache-Control", "private, max-age=" + maxAgeSeconds);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(image));
        Files.copy(image, response.getOutputStream());
    }
}
