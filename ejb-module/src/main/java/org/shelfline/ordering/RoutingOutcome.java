package org.shelfline.ordering;

/** What a routing decision was; the detail says why in words. */
public enum RoutingOutcome {
    /** The first distributor for the district could fill the whole order. */
    FIRST_CHOICE,
    /** Earlier choices could not fill it; a later one could. */
    FALLBACK,
    /** No single distributor could fill the checkout; this part went to the one that could. */
    SPLIT,
    /** The distributor turned the order down. */
    REJECTED,
    /** The distributor did not accept within the brand's time limit. */
    TIMED_OUT,
    /** Moved to the next distributor after a rejection or time-out. */
    REROUTED,
    /** Nobody else could take it: the order was cancelled. */
    NO_ALTERNATIVE
}
