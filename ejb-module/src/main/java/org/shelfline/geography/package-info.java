/** Reference geography: provinces, cities and the districts that stores live in and territories cover. */
package org.shelfline.geography;
