/**
 * Ordering: the shop's catalogue view, carts and saved lists, checkout (priced, credit-checked, placed
 * exactly once), routing to distributors with every decision recorded, re-routing on rejection or a
 * missed acceptance deadline, and the distributor's side of fulfilment.
 */
package org.shelfline.ordering;
