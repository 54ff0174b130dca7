package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.shelfline.brand.Brand;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;

/** The signed-in shop's saved lists: a brand's cart kept under a name, put back in the cart later. */
@Stateless
public class SavedListService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CartService carts;

    @Inject
    ShopCatalog catalog;

    @Inject
    Clock clock;

    public List<SavedList> lists() {
        return em.createQuery(
                        "SELECT l FROM SavedList l JOIN FETCH l.brand WHERE l.storeId = :store ORDER BY l.name",
                        SavedList.class)
                .setParameter("store", currentUser.storeId())
                .getResultList();
    }

    /** Saves the brand's cart as it is now under a new name. */
    public long saveCart(long brandId, String name) {
        long storeId = currentUser.storeId();
        catalog.requireOrderable(storeId, brandId);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("list.nameRequired");
        }
        if (trimmed.length() > SavedList.NAME_MAX) {
            throw new BusinessException("list.nameTooLong", SavedList.NAME_MAX);
        }
        boolean taken = em.createQuery(
                                "SELECT COUNT(l) FROM SavedList l WHERE l.storeId = :store AND l.name = :name",
                                Long.class)
                        .setParameter("store", storeId)
                        .setParameter("name", trimmed)
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new BusinessException("list.nameTaken", trimmed);
        }
        List<CartLine> lines = carts.linesOf(storeId, brandId);
        if (lines.isEmpty()) {
            throw new BusinessException("list.cartEmpty");
        }
        SavedList list = new SavedList(storeId, em.getReference(Brand.class, brandId), trimmed, clock.instant());
        lines.forEach(list::add);
        em.persist(list);
        em.flush();
        return list.getId();
    }

    /** Puts the list's lines in the cart; returns the lines that no longer pass the rules. */
    public List<LineProblem> addToCart(long listId) {
        return carts.addAll(mine(listId).getLines());
    }

    public void delete(long listId) {
        em.remove(mine(listId));
    }

    private SavedList mine(long listId) {
        SavedList list = em.find(SavedList.class, listId);
        if (list == null || list.getStoreId() != currentUser.storeId()) {
            throw new NotFoundException("list", listId);
        }
        return list;
    }
}
