package org.shelfline.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import org.shelfline.shared.NotFoundException;

/**
 * A stored image named by an id parameter ({@code ?sku=ID}): the subclass says where the signed-in user's image
 * of that id is kept; an id that is not theirs, or not a number, is a 404 like one that does not exist.
 */
public abstract class StoredImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final int maxAgeSeconds;

    protected StoredImageServlet(String parameter, int maxAgeSeconds) {
        this.parameter = parameter;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** Where the image of this id is kept; NotFoundException when the signed-in user may not see it. */
    protected abstract Path image(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path image;
        try {
            image = image(Ids.parse(parameter, request.getParameter(parameter)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponses.send(image, response, maxAgeSeconds);
    }
}
