/**
 * The brand's catalogue: categories, SKUs (case pack, minimum and increment in cases, status) and their
 * base wholesale price tiers.
 */
package org.shelfline.catalog;
