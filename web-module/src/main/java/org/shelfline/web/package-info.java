/**
 * The web layer. Backing beans mirror page paths: {@code admin/catalog/sku.xhtml} is backed by
 * {@code org.shelfline.web.admin.catalog.SkuView}. Beans only translate between pages and the
 * ejb-module services; business rules and tenant scoping live in the services.
 */
package org.shelfline.web;
