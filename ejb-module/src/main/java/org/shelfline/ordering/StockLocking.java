package org.shelfline.ordering;

/**
 * How a placement reads the stock it plans on. Planning on an unlocked read locks nothing: the conditional
 * updates that reserve the stock afterwards refuse if another order took it meanwhile, and the placement is
 * tried again. Locking the candidate rows first means the plan cannot be overtaken; it is the last try, and
 * the fallback under contention.
 */
public enum StockLocking {
    UNLOCKED_READ,
    LOCK_ROWS_FIRST;

    /** All tries but the last plan on an unlocked read; the last locks. */
    static StockLocking forTry(int tryNumber, int tries) {
        return tryNumber >= tries ? LOCK_ROWS_FIRST : UNLOCKED_READ;
    }

    boolean locksRows() {
        return this == LOCK_ROWS_FIRST;
    }
}
