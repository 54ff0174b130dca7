/**
 * Building blocks every domain area uses: the business exception hierarchy (each carries a message key
 * that pages and REST resources translate), the UTC instant converter, and the application clock.
 */
package org.shelfline.shared;
