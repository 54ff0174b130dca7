/** The append-only audit trail: every change to catalogue, verification, orders, stock and credit, with who and when. */
package org.shelfline.audit;
