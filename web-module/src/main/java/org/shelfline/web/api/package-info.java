/**
 * The REST API under /api/v1: bearer tokens, the catalogue, cart-less order placement (with an
 * Idempotency-Key) and order status. Every error is an RFC 9457 problem document.
 * <p>
 * The resources are {@code @ApplicationScoped} and take the request's context ({@code @Context} headers,
 * URI) as method parameters: a resource created per request had its EJB references looked up in JNDI and
 * injected on every call, about a tenth of a cheap call's server CPU (bench/README.md).
 */
package org.shelfline.web.api;
