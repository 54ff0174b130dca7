package org.shelfline.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shelfline.fair.FairClaim;
import org.shelfline.fair.FairClaims;
import org.shelfline.ordering.ShopOrders;

/**
 * The calling shop's orders made at a fair. Ordering at a fair (POST /orders with "fair") answers 202 as
 * soon as the shop's share of the allocation is kept; the order is then placed through the normal flow,
 * and this resource says how that ended: WAITING, PLACED (with the checkout and its orders) or REFUSED
 * (with the reason as a problem document; the share went back to the fair).
 */
@ApplicationScoped
@Path("fair-orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FairOrdersResource {

    @Inject
    FairClaims claims;

    @Inject
    ShopOrders orders;

    public record ClaimLineOut(String sku, int cases, BigDecimal casePrice) {}

    public record FairOrderOut(
            long id,
            long fair,
            String status,
            BigDecimal total,
            String payment,
            Instant orderedAt,
            List<ClaimLineOut> lines,
            Instant settledAt,
            OrdersResource.PlacementOut placement,
            Problem refusal) {}

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "An order made at a fair: WAITING while it is being placed, then PLACED (with its orders) or REFUSED (why)")
    public FairOrderOut one(@PathParam("id") long id, @Context HttpHeaders headers) {
        return of(claims.mine(id), orders, headers);
    }

    static FairOrderOut of(FairClaim claim, ShopOrders orders, HttpHeaders headers) {
        OrdersResource.PlacementOut placement = claim.getCheckoutId() == null
                ? null
                : OrdersResource.PlacementOut.of(orders.myCheckout(claim.getCheckoutId()));
        Problem refusal = claim.getRefusalCode() == null
                ? null
                : Problem.of(
                        ProblemMappers.UnprocessableContent.STATUS,
                        claim.getRefusalCode(),
                        ProblemMappers.locale(headers),
                        claim.getRefusalArguments());
        return new FairOrderOut(
                claim.getId(),
                claim.getFairId(),
                claim.getStatus().name(),
                claim.getTotal(),
                claim.getPayment().name(),
                claim.getClaimedAt(),
                claim.getLines().stream()
                        .map(l -> new ClaimLineOut(l.getSkuCode(), l.getCases(), l.getCasePrice()))
                        .toList(),
                claim.getSettledAt(),
                placement,
                refusal);
    }
}
