package org.shelfline.web.admin.credit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shelfline.credit.AgeingBucket;
import org.shelfline.credit.AgeingReport;
import org.shelfline.credit.CreditAccounts;
import org.shelfline.web.Messages;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.color.RGBAColor;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;

/** Backs admin/credit/ageing.xhtml: open invoices by how overdue they are, as a table and a chart. */
@Named
@RequestScoped
public class AgeingView {

    /** From "not yet due" (green) to "over 90 days" (red). */
    private static final RGBAColor[] COLOURS = {
        new RGBAColor(34, 139, 84),
        new RGBAColor(234, 179, 8),
        new RGBAColor(249, 115, 22),
        new RGBAColor(220, 38, 38),
        new RGBAColor(127, 29, 29)
    };

    @Inject
    CreditAccounts accounts;

    @Inject
    Messages messages;

    private AgeingReport report;

    @PostConstruct
    void load() {
        report = accounts.ageing();
    }

    /** The chart as Chart.js JSON for p:chart: one bar per bucket, in the reader's language. */
    public String getChart() {
        BarDataset amounts = new BarDataset().setLabel(messages.text("credit.openInvoices"));
        BarData data = new BarData();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            data.addLabel(messages.text("enum.AgeingBucket." + bucket.name()));
            amounts.addData(report.total(bucket));
            amounts.addBackgroundColor(COLOURS[bucket.ordinal()]);
        }
        return new BarChart(data.addDataset(amounts)).toJson();
    }

    public AgeingReport getReport() {
        return report;
    }
}
