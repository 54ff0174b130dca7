package org.shelfline.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shelfline.fair.FairOrders;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderPlacement;
import org.shelfline.ordering.OrderRequest;
import org.shelfline.ordering.OrderRules;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.Placement;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.ordering.ShopOrders;
import org.shelfline.shared.BusinessException;

/** The calling shop's orders: place one (lines in, orders out), list them, read one with its history. */
@ApplicationScoped
@Path("orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject
    OrderPlacement placement;

    @Inject
    FairOrders fairOrders;

    @Inject
    ShopOrders orders;

    /** Cases as a JSON number of any size: checked here, so a huge value is refused rather than wrapped around. */
    public record LineIn(String sku, BigDecimal cases) {

        OrderLineRequest toRequest() {
            if (cases == null
                    || cases.signum() <= 0
                    || cases.stripTrailingZeros().scale() > 0) {
                throw new BusinessException("order.casesPositive", sku);
            }
            if (cases.compareTo(BigDecimal.valueOf(OrderRules.MAX_CASES)) > 0) {
                throw new BusinessException("order.tooManyCases", sku, OrderRules.MAX_CASES);
            }
            return new OrderLineRequest(sku, cases.intValueExact());
        }
    }

    /** {@code fair}: the id of a trade fair to order in (its prices, allocation and caps apply); omit for a normal order. */
    public record OrderIn(String brand, String payment, List<LineIn> lines, Long fair) {}

    public record LineOut(
            String sku,
            String name,
            int cases,
            BigDecimal casePrice,
            BigDecimal lineTotal,
            Integer deliveredCases,
            Integer damagedCases) {}

    public record EventOut(Instant at, String status, String by, String note) {}

    public record OrderOut(
            long id,
            String reference,
            String status,
            String payment,
            BigDecimal total,
            Instant placedAt,
            String distributor,
            List<LineOut> lines,
            List<EventOut> history) {

        static OrderOut of(PurchaseOrder order, boolean withDetail) {
            return new OrderOut(
                    order.getId(),
                    order.getReference(),
                    order.getStatus().name(),
                    order.getPayment().name(),
                    order.getTotal(),
                    order.getPlacedAt(),
                    order.getDistributor() == null
                            ? null
                            : order.getDistributor().getName().english(),
                    withDetail
                            ? order.getLines().stream()
                                    .map(l -> new LineOut(
                                            l.getSkuCode(),
                                            l.getSkuName().english(),
                                            l.getCases(),
                                            l.getCasePrice(),
                                            l.getLineTotal(),
                                            l.getDeliveredCases(),
                                            l.getDamagedCases()))
                                    .toList()
                            : null,
                    withDetail
                            ? order.getEvents().stream()
                                    .map(e -> new EventOut(
                                            e.getOccurredAt(), e.getStatus().name(), e.getActor(), e.getNote()))
                                    .toList()
                            : null);
        }
    }

    public record PlacementOut(
            String checkout, BigDecimal total, String payment, boolean repeated, List<OrderOut> orders) {

        static PlacementOut of(Placement placed) {
            return new PlacementOut(
                    placed.reference(),
                    placed.total(),
                    placed.payment().name(),
                    placed.repeated(),
                    placed.orders().stream().map(o -> OrderOut.of(o, false)).toList());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Place an order; the same Idempotency-Key returns the first placement instead of ordering again. "
                            + "One order per distributor that fills it. With \"fair\": answered 202 once the shop's share of the fair is kept "
                            + "(or 422 sold out / cap reached), with a Location to follow at /fair-orders/{id} while the order is placed.")
    public Response place(
            @Context UriInfo uriInfo,
            @Context HttpHeaders headers,
            @HeaderParam("Idempotency-Key")
                    @Parameter(
                            required = true,
                            description =
                                    "A unique value per intended order, e.g. a UUID: 1 to 64 of A-Z a-z 0-9 . _ : -")
                    String key,
            OrderIn order) {
        if (key == null || key.isBlank()) {
            return Problem.response(
                    Response.Status.BAD_REQUEST, "api.idempotencyKeyRequired", ProblemMappers.locale(headers));
        }
        if (order == null || (order.brand() == null && order.fair() == null)) {
            return Problem.response(Response.Status.BAD_REQUEST, "api.brandRequired", ProblemMappers.locale(headers));
        }
        Payment payment = Arrays.stream(Payment.values())
                .filter(p -> p.name().equals(order.payment()))
                .findFirst()
                .orElseThrow(() -> new BusinessException("order.paymentRequired"));
        List<OrderLineRequest> lines = order.lines() == null
                ? List.of()
                : order.lines().stream()
                        .map(line -> line == null ? new LineIn(null, null).toRequest() : line.toRequest())
                        .toList();
        if (order.fair() != null) {
            return claimInFair(order.fair(), lines, payment, key, uriInfo, headers);
        }
        Placement placed = placement.place(OrderRequest.viaApi(order.brand(), lines, payment, key));
        PlacementOut body = PlacementOut.of(placed);
        if (placed.repeated()) {
            return Response.ok(body).header("Idempotent-Replayed", "true").build();
        }
        URI first = uriInfo.getBaseUriBuilder()
                .path("orders")
                .path(String.valueOf(placed.orders().get(0).getId()))
                .build();
        return Response.created(first).entity(body).build();
    }

    /** 202 and where to follow the placement; a repeated key answers 200 with how the first one stands. */
    private Response claimInFair(
            long fairId,
            List<OrderLineRequest> lines,
            Payment payment,
            String key,
            UriInfo uriInfo,
            HttpHeaders headers) {
        FairOrders.Claimed claimed = fairOrders.claim(fairId, lines, payment, key);
        FairOrdersResource.FairOrderOut body = FairOrdersResource.of(claimed.claim(), orders, headers);
        URI follow = uriInfo.getBaseUriBuilder()
                .path("fair-orders")
                .path(String.valueOf(claimed.claim().getId()))
                .build();
        if (claimed.repeated()) {
            return Response.ok(body)
                    .location(follow)
                    .header("Idempotent-Replayed", "true")
                    .build();
        }
        return Response.accepted(body).location(follow).build();
    }

    @GET
    @Operation(summary = "The shop's orders, newest first")
    public List<OrderOut> list() {
        return orders.myOrders().stream().map(o -> OrderOut.of(o, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order with its lines and status history")
    public OrderOut one(@PathParam("id") long id) {
        return OrderOut.of(orders.myOrder(id), true);
    }
}
