/**
 * Trade-fair sessions: a brand's time-boxed online ordering fair with fair-only prices, a total
 * allocation and a per-shop cap per SKU, for invited shops (by tier and/or region).
 */
package org.shelfline.fair;
