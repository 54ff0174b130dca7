/** Brands: the tenants that publish catalogues, verify stores and run trade fairs. */
package org.shelfline.brand;
