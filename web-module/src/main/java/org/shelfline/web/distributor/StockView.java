package org.shelfline.web.distributor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.shared.BusinessException;
import org.shelfline.stock.Stock;
import org.shelfline.stock.StockService;
import org.shelfline.stock.UploadResult;
import org.shelfline.web.Messages;

/** Backs distributor/stock.xhtml: the distributor's stock, counted on screen or uploaded as CSV. */
@Named("distributorStockView")
@ViewScoped
public class StockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockService stock;

    @Inject
    Messages messages;

    private String filter;
    private List<Stock> rows;
    /** New on-hand figures typed into the table, by stock row id. */
    private final Map<Long, Integer> counted = new HashMap<>();

    private transient Part upload;
    private UploadResult uploadResult;

    @PostConstruct
    void load() {
        rows = stock.myStock(filter);
        counted.clear();
        rows.forEach(row -> counted.put(row.getId(), row.getOnHand()));
    }

    public void search() {
        load();
    }

    /** Saves the figures that changed; each is its own count, so one refusal does not undo the others. */
    public void saveCounts() {
        int saved = 0;
        for (Stock row : rows) {
            Integer figure = counted.get(row.getId());
            if (figure != null && figure != row.getOnHand()) {
                try {
                    stock.count(row.getWarehouse().getId(), row.getSku().getId(), figure);
                    saved++;
                } catch (BusinessException e) {
                    messages.error(
                            "page.distributor.stock.rowRefused",
                            row.getSku().getCode(),
                            messages.text(e.messageKey(), e.arguments()));
                }
            }
        }
        messages.info("page.distributor.stock.saved", saved);
        load();
    }

    public void uploadCsv() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            messages.error("upload.empty");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(StockService.MAX_UPLOAD_BYTES + 1);
        }
        try {
            uploadResult = stock.upload(content);
            if (uploadResult.isSuccess()) {
                messages.info("page.distributor.stock.uploaded", uploadResult.applied());
            } else {
                messages.error(
                        "page.distributor.stock.uploadRefused",
                        uploadResult.errors().size());
            }
        } catch (BusinessException e) {
            messages.error(e);
        }
        load();
    }

    /** A refused row's message in the reader's language. */
    public String describe(UploadResult.RowError error) {
        return messages.text(error.messageKey(), error.arguments().toArray());
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public List<Stock> getRows() {
        return rows;
    }

    public Map<Long, Integer> getCounted() {
        return counted;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public UploadResult getUploadResult() {
        return uploadResult;
    }
}
