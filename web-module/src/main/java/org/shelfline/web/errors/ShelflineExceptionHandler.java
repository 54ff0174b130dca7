package org.shelfline.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.shared.AccessDeniedException;
import org.shelfline.shared.NotFoundException;

/**
 * Turns "not found" (including another tenant's id) into a plain 404 and "not allowed" into a 403, with
 * the usual error pages, for any page; everything else goes on to the next handler (PrimeFaces, then the
 * error pages in web.xml).
 */
public class ShelflineExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ShelflineExceptionHandler.class.getName());

    public ShelflineExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = rootBusinessCause(events.next().getContext().getException());
            int status = cause instanceof NotFoundException
                    ? HttpServletResponse.SC_NOT_FOUND
                    : cause instanceof AccessDeniedException ? HttpServletResponse.SC_FORBIDDEN : 0;
            if (status != 0 && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                sendError(context, status);
            }
        }
        getWrapped().handle();
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Client went away before the error page was sent", e);
            context.responseComplete();
        }
    }

    /** The NotFound/AccessDenied exception somewhere in the cause chain (EL and EJB wrap it), or null. */
    private static Throwable rootBusinessCause(Throwable throwable) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (current instanceof NotFoundException || current instanceof AccessDeniedException) {
                return current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
