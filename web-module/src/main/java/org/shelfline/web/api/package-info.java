/**
 * The REST API under /api/v1: bearer tokens, the catalogue, cart-less order placement (with an
 * Idempotency-Key) and order status. Every error is an RFC 9457 problem document.
 */
package org.shelfline.web.api;
