package org.shelfline.web.admin.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shelfline.catalog.Category;
import org.shelfline.catalog.CategoryService;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Messages;

/** Backs admin/catalog/categories.xhtml: the category tree and adding to it. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryService categories;

    @Inject
    Messages messages;

    private List<Category> tree;
    private String code;
    private String nameEn;
    private String nameZh;
    private Long parentId;

    @PostConstruct
    void load() {
        tree = categories.tree();
    }

    public void create() {
        try {
            categories.create(code, nameEn, nameZh, parentId);
            messages.info("page.admin.catalog.categories.created", code.strip().toUpperCase());
            code = null;
            nameEn = null;
            nameZh = null;
            parentId = null;
        } catch (BusinessException e) {
            messages.error(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof jakarta.validation.ConstraintViolationException)) {
                throw e;
            }
            messages.error("page.admin.catalog.categories.invalid");
        }
        load();
    }

    public List<Category> getTree() {
        return tree;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
