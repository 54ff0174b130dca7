package org.shelfline.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shelfline.ordering.SavedList;
import org.shelfline.ordering.SavedListService;
import org.shelfline.web.Messages;

/** Backs shop/lists.xhtml: saved lists, put back in the cart or deleted. */
@Named
@RequestScoped
public class ListsView {

    @Inject
    SavedListService lists;

    @Inject
    Messages messages;

    private List<SavedList> all;

    @PostConstruct
    void load() {
        all = lists.lists();
    }

    public String addToCart(long listId) {
        messages.lineProblems(lists.addToCart(listId));
        messages.info("page.shop.lists.added");
        messages.keep();
        return "/shop/cart?faces-redirect=true";
    }

    public void delete(long listId) {
        messages.attempt(() -> lists.delete(listId));
        load();
    }

    public List<SavedList> getLists() {
        return all;
    }
}
