/**
 * Stock per distributor warehouse and SKU: on hand, reserved by open orders, and what is left to
 * promise. Distributors set their counts (screen or CSV); brands see them for their SKUs.
 */
package org.shelfline.stock;
