/** Technical plumbing: the data source, database migrations at start-up. */
package org.shelfline.infrastructure;
