package org.shelfline.ordering;

import java.util.List;

/**
 * What a shop asks to order from one brand: the lines, how it pays, the idempotency key that makes a repeat
 * answer with the first placement, and where the lines come from. The brand is named by its id (the web
 * shop) or by its code (the API, where a brand the shop may not order from is "not found").
 */
public record OrderRequest(
        Long brandId,
        String brandCode,
        List<OrderLineRequest> lines,
        Payment payment,
        String idempotencyKey,
        Origin origin) {

    /** Where an order's lines come from, and what placing them does to that source. */
    public enum Origin {
        /** The shop's cart for the brand: placed lines leave the cart. */
        CART,
        /** Lines given with the request (a reorder, a saved list, a test): nothing else changes. */
        LINES,
        /** The REST API, brand named by its code. */
        API,
        /** A fair claim placed in the background, at the prices it was claimed at. */
        FAIR_CLAIM;

        boolean clearsCart() {
            return this == CART;
        }
    }

    public static OrderRequest fromCart(
            long brandId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        return new OrderRequest(brandId, null, lines, payment, idempotencyKey, Origin.CART);
    }

    public static OrderRequest ofLines(
            long brandId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        return new OrderRequest(brandId, null, lines, payment, idempotencyKey, Origin.LINES);
    }

    public static OrderRequest viaApi(
            String brandCode, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        return new OrderRequest(null, brandCode, lines, payment, idempotencyKey, Origin.API);
    }
}
