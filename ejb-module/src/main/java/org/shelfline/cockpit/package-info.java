/**
 * The brand's cockpit: what a brand admin sees across its catalogue, shops and distributors. It reads the
 * domain packages and none of them reads it, which keeps brand free of store (a store's standing refers
 * to its brand, not the other way round).
 */
package org.shelfline.cockpit;
