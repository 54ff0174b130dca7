package org.shelfline.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.shared.AccessDeniedException;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.shared.RateLimitedException;
import org.shelfline.web.errors.DatabaseOutage;

/** Turns every failure of an API call into a problem document; nothing reaches the client as a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    static Locale locale(HttpHeaders headers) {
        return Problem.localeOf(headers == null ? null : headers.getAcceptableLanguages());
    }

    static Response business(BusinessException e, HttpHeaders headers) {
        Response.Status status = e instanceof NotFoundException
                ? Response.Status.NOT_FOUND
                : e instanceof AccessDeniedException ? Response.Status.FORBIDDEN : null;
        if (status != null) {
            return Problem.response(status, e.messageKey(), locale(headers), e.arguments());
        }
        if (e instanceof RateLimitedException limited) {
            Response problem =
                    Problem.response(Response.Status.TOO_MANY_REQUESTS, e.messageKey(), locale(headers), e.arguments());
            return Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .build();
        }
        if (e instanceof BusyException busy) {
            // Overloaded, not refused: 503 tells clients (and proxies) that the same request may succeed later.
            Response problem = Problem.response(
                    Response.Status.SERVICE_UNAVAILABLE, e.messageKey(), locale(headers), e.arguments());
            return Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds())
                    .build();
        }
        return Problem.response(UnprocessableContent.STATUS, e.messageKey(), locale(headers), e.arguments());
    }

    /** A broken business rule: 422, or 404/403 for something not yours, or 503 when too busy to try. */
    @Provider
    public static class BusinessRule implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException e) {
            return business(e, headers);
        }
    }

    static Response malformed(HttpHeaders headers) {
        return Problem.response(Response.Status.BAD_REQUEST, "api.malformedJson", locale(headers));
    }

    /** Unreadable JSON (syntax, wrong types, numbers out of range). */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return malformed(headers);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(headers);
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type...) as problems too. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return malformed(headers);
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(status, "api.http" + status.getStatusCode(), locale(headers));
        }
    }

    /** Anything else: logged here, a plain 500 problem for the client. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof BusinessException business) {
                return business(business, headers);
            }
            if (cause instanceof ConstraintViolationException) {
                return Problem.response(Response.Status.BAD_REQUEST, "api.invalid", locale(headers));
            }
            if (DatabaseOutage.isCause(e)) {
                LOG.log(Level.WARNING, "API call failed: the database is unavailable ({0})", String.valueOf(e));
                Response problem = Problem.response(
                        Response.Status.SERVICE_UNAVAILABLE, "api.databaseUnavailable", locale(headers));
                return Response.fromResponse(problem)
                        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                        .build();
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "api.http500", locale(headers));
        }
    }

    /** 422, which JAX-RS 3.1 has no constant for. */
    enum UnprocessableContent implements Response.StatusType {
        STATUS;

        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
