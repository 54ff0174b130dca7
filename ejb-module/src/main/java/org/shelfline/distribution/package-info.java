/**
 * Distributors, their warehouses, and the territories (brand x district, in priority order) that decide
 * which distributor delivers a store's order.
 */
package org.shelfline.distribution;
