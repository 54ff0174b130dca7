/** Credit a brand extends to a store: the limit, what is in use, and (later) invoices and statements. */
package org.shelfline.credit;
