/**
 * Stores (the small shops that order) and their standing with each brand: applied, verified with a tier,
 * rejected with a reason, or suspended. Only a verified standing lets a store order from that brand.
 */
package org.shelfline.store;
