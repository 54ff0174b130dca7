package org.shelfline.web.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.shelfline.credit.CreditNote;
import org.shelfline.credit.DocumentLine;
import org.shelfline.credit.Invoice;
import org.shelfline.credit.InvoiceKind;
import org.shelfline.ordering.BillingDocuments.CreditNoteDocument;
import org.shelfline.ordering.BillingDocuments.InvoiceDocument;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.web.Formats;
import org.shelfline.web.Messages;

/**
 * An invoice, receipt or credit note as a PDF (OpenPDF), in English or Simplified Chinese. Chinese text needs a CJK
 * font on the server: {@code shelfline.pdf.cjk-font} (a .ttf/.ttc path, a .ttc with ",0"), or one of the
 * usual system fonts (WenQuanYi, Noto CJK). Without one, the document is written in English with the
 * Latin base font, so it still opens; names written only in Chinese would then not show.
 */
public final class InvoicePdf {

    private static final Logger LOG = Logger.getLogger(InvoicePdf.class.getName());

    private static final List<String> SYSTEM_CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0");

    private InvoicePdf() {}

    /** What a billing document shows: its own number, date and lines, never the order's lines of today. */
    public record Sheet(
            String titleKey,
            String number,
            PurchaseOrder order,
            LocalDate issueDate,
            LocalDate dueDate,
            List<DocumentLine> lines,
            BigDecimal amount,
            String corrects,
            String footnoteKey) {

        public static Sheet of(InvoiceDocument document) {
            Invoice invoice = document.invoice();
            return new Sheet(
                    "enum.InvoiceKind." + invoice.getKind().name(),
                    invoice.getNumber(),
                    document.order(),
                    invoice.getIssueDate(),
                    invoice.getDueDate(),
                    invoice.getLines(),
                    invoice.getAmount(),
                    null,
                    invoice.getKind() == InvoiceKind.RECEIPT ? "document.paidOnDelivery" : null);
        }

        public static Sheet of(CreditNoteDocument document) {
            CreditNote note = document.note();
            return new Sheet(
                    "document.creditNote",
                    note.getNumber(),
                    document.order(),
                    note.getIssueDate(),
                    null,
                    note.getLines(),
                    note.getAmount(),
                    document.corrected().getNumber(),
                    null);
        }
    }

    public static byte[] render(Sheet sheet, Locale requested, Formats formats) {
        Optional<BaseFont> cjk = cjkFont();
        Locale locale = cjk.isPresent() || !"zh".equals(requested.getLanguage()) ? requested : Locale.ENGLISH;
        ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        BaseFont base = cjk.orElseGet(InvoicePdf::latinFont);
        Font normal = new Font(base, 10);
        Font bold = new Font(base, 10, Font.BOLD);
        Font title = new Font(base, 18, Font.BOLD);
        PurchaseOrder order = sheet.order();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(sheet.number());
        pdf.open();
        pdf.add(new Paragraph(text.getString(sheet.titleKey()) + " " + sheet.number(), title));
        pdf.add(new Paragraph(order.getBrand().getName().in(locale), bold));
        pdf.add(new Paragraph(" "));
        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(70);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(facts, text.getString("order.store"), order.getStore().getName(), bold, normal);
        fact(
                facts,
                text.getString("label.deliverTo"),
                order.getDeliveryDistrict().label(locale) + " · " + order.getDeliveryAddress(),
                bold,
                normal);
        fact(facts, text.getString("order.reference"), order.getReference(), bold, normal);
        if (sheet.corrects() != null) {
            fact(facts, text.getString("document.corrects"), sheet.corrects(), bold, normal);
        }
        fact(facts, text.getString("credit.issued"), sheet.issueDate().toString(), bold, normal);
        if (sheet.dueDate() != null) {
            fact(facts, text.getString("credit.due"), sheet.dueDate().toString(), bold, normal);
        }
        fact(
                facts,
                text.getString("order.payment"),
                text.getString("enum.Payment." + order.getPayment().name()),
                bold,
                normal);
        pdf.add(facts);
        pdf.add(new Paragraph(" "));

        PdfPTable lines = new PdfPTable(new float[] {2, 5, 1.3f, 2, 2});
        lines.setWidthPercentage(100);
        String casesHeading = sheet.corrects() == null ? "document.casesBilled" : "document.casesCredited";
        for (String heading : List.of("sku.code", "sku.name", casesHeading, "price.perCase", "order.lineTotal")) {
            PdfPCell cell = new PdfPCell(new Phrase(text.getString(heading), bold));
            cell.setPadding(4);
            lines.addCell(cell);
        }
        for (DocumentLine line : sheet.lines()) {
            cell(lines, line.getSkuCode(), normal, Element.ALIGN_LEFT);
            cell(lines, line.getSkuName().in(locale), normal, Element.ALIGN_LEFT);
            cell(lines, String.valueOf(line.getCases()), normal, Element.ALIGN_RIGHT);
            cell(lines, formats.money(line.getCasePrice(), locale), normal, Element.ALIGN_RIGHT);
            cell(lines, formats.money(line.getAmount(), locale), normal, Element.ALIGN_RIGHT);
        }
        pdf.add(lines);
        Paragraph total =
                new Paragraph(text.getString("order.total") + ": " + formats.money(sheet.amount(), locale), title);
        total.setAlignment(Element.ALIGN_RIGHT);
        pdf.add(total);
        if (sheet.footnoteKey() != null) {
            pdf.add(new Paragraph(
                    MessageFormat.format(text.getString(sheet.footnoteKey()), sheet.issueDate()), normal));
        }
        pdf.close();
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell name = new PdfPCell(new Phrase(label, labelFont));
        name.setBorder(0);
        table.addCell(name);
        PdfPCell content = new PdfPCell(new Phrase(value, valueFont));
        content.setBorder(0);
        table.addCell(content);
    }

    private static void cell(PdfPTable table, String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static Optional<BaseFont> cjkFont() {
        String configured = System.getProperty("shelfline.pdf.cjk-font", System.getenv("SHELFLINE_PDF_CJK_FONT"));
        List<String> candidates = configured == null
                ? SYSTEM_CJK_FONTS
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(configured), SYSTEM_CJK_FONTS.stream())
                        .toList();
        for (String candidate : candidates) {
            if (Files.isReadable(Path.of(candidate.replaceAll(",\\d+$", "")))) {
                try {
                    return Optional.of(BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
                } catch (Exception e) {
                    LOG.warning("Cannot use " + candidate + " for PDFs: " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private static BaseFont latinFont() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
