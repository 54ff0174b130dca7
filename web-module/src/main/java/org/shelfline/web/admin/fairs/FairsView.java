package org.shelfline.web.admin.fairs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shelfline.fair.Fair;
import org.shelfline.fair.FairDraft;
import org.shelfline.fair.FairService;
import org.shelfline.web.Formats;
import org.shelfline.web.Messages;

/** Backs admin/fairs/index.xhtml: the brand's fairs and a form for a new one. */
@Named
@ViewScoped
public class FairsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FairService fairs;

    @Inject
    Formats formats;

    @Inject
    java.time.Clock clock;

    @Inject
    Messages messages;

    private List<Fair> all;
    private final FairForm form = new FairForm();

    @PostConstruct
    void load() {
        all = fairs.fairs();
    }

    public String create() {
        FairDraft draft = form.draft(formats);
        if (draft == null) {
            messages.error("fair.windowInvalid");
            return null;
        }
        long[] created = new long[1];
        if (messages.attempt(() -> created[0] = fairs.create(draft))) {
            return "/admin/fairs/fair?faces-redirect=true&id=" + created[0];
        }
        return null;
    }

    public boolean ended(Fair fair) {
        return fair.isEndedAt(clock.instant());
    }

    public FairForm getForm() {
        return form;
    }

    public List<Fair> getFairs() {
        return all;
    }
}
