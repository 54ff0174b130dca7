package org.shelfline.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root; the OpenAPI document is served by Payara at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Shelfline API",
                        version = "1",
                        description =
                                "Catalogue, order placement and order status for shops. Get a token from POST /api/v1/tokens, "
                                        + "then send it as 'Authorization: Bearer <token>'. Errors are RFC 9457 problem documents."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ShelflineApi extends Application {}
