package org.shelfline.web.admin.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.shelfline.catalog.CatalogFile;
import org.shelfline.catalog.CatalogImportService;
import org.shelfline.catalog.ImportPreview;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Messages;

/** Backs admin/catalog/import.xhtml: upload, preview with every row's problems, then apply. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogImportService imports;

    @Inject
    Messages messages;

    private transient Part file;
    /** The checked file, kept until applied; applying checks it again. */
    private byte[] content;

    private CatalogFile.Format format;
    private ImportPreview preview;

    public void check() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("upload.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CatalogFile.MAX_BYTES + 1);
        }
        format = CatalogFile.Format.of(file.getSubmittedFileName());
        try {
            preview = imports.preview(content, format, locale());
        } catch (BusinessException e) {
            preview = null;
            messages.error(e);
        }
    }

    public void apply() {
        if (content == null) {
            messages.error("upload.empty");
            return;
        }
        try {
            preview = imports.apply(content, format, locale());
            if (preview.applied()) {
                messages.info("page.admin.catalog.import.applied", preview.getNewSkus(), preview.getUpdatedSkus());
                content = null;
            } else {
                messages.error("page.admin.catalog.import.notApplied", preview.getProblemRows());
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public String describe(ImportPreview.Problem problem) {
        String text = problem.text() != null
                ? problem.text()
                : messages.text(problem.messageKey(), problem.arguments().toArray());
        return problem.column() + ": " + text;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isApplicable() {
        return content != null && preview != null && preview.isApplicable() && !preview.applied();
    }
}
