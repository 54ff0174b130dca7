package org.shelfline.web.distributor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.ordering.FulfilmentService;
import org.shelfline.ordering.PickList;

/** Backs distributor/picklist.xhtml: the printable pick list of orders being picked. */
@Named
@RequestScoped
public class PickListView {

    @Inject
    FulfilmentService fulfilment;

    @Inject
    java.time.Clock clock;

    private PickList pickList;
    private java.time.Instant printedAt;

    @PostConstruct
    void load() {
        pickList = fulfilment.pickList();
        printedAt = clock.instant();
    }

    /** When this list was made: a printed list says how fresh it is. */
    public java.time.Instant getPrintedAt() {
        return printedAt;
    }

    public PickList getPickList() {
        return pickList;
    }
}
