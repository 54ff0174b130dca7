/**
 * What a store pays. {@link org.shelfline.pricing.PriceResolver} holds the rule (quantity breaks, price
 * lists by store tier and region, validity windows, rounding); {@link org.shelfline.pricing.PricingService}
 * is the one place shop, fairs, orders and invoices ask "what does store S pay for N cases of SKU X at T".
 */
package org.shelfline.pricing;
