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

    private PickList pickList;

    @PostConstruct
    void load() {
        pickList = fulfilment.pickList();
    }

    public PickList getPickList() {
        return pickList;
    }
}
