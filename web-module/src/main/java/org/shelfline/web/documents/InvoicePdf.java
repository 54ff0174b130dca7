package org.shelfline.web.documents;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

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

import org.shelfline.credit.CreditAccounts.InvoiceDocument;
import org.shelfline.credit.InvoiceKind;
import org.shelfline.ordering.OrderLine;
import org.shelfline.web.Formats;
import org.shelfline.web.Messages;

/**
 * An invoice or receipt as a PDF (OpenPDF), in English or Simplified Chinese. Chinese text needs a CJK
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

    private InvoicePdf() {
    }

    public static byte[] render(InvoiceDocument document, Locale requested, Formats formats) {
        Optional<BaseFont> cjk = cjkFont();
        Locale locale = cjk.isPresent() || !"zh".equals(requested.getLanguage()) ? requested : Locale.ENGLISH;
        ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        BaseFont base = cjk.orElseGet(InvoicePdf::latinFont);
        Font normal = new Font(base, 10);
        Font bold = new Font(base, 10, Font.BOLD);
        Font title = new Font(base, 18, Font.BOLD);
        var invoice = document.invoice();
        var order = document.order();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(invoice.getNumber());
        pdf.open();
        pdf.add(new Paragraph(text.getString("enum.InvoiceKind." + invoice.getKind().name()) + " " + invoice.getNumber(), title));
        pdf.add(new Paragraph(order.getBrand().getName().in(locale), bold));
        pdf.add(new Paragraph(" "));
        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(70);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(facts, text.getString("order.store"), order.getStore().getName(), bold, normal);
        fact(facts, text.getString("page.shop.cart.deliverTo"), order.getDeliveryDistrict().label(locale) + " · "
                + order.getDeliveryAddress(), bold, normal);
        fact(facts, text.getString("order.reference"), order.getReference(), bold, normal);
        fact(facts, text.getString("credit.issued"), invoice.getIssueDate().toString(), bold, normal);
        if (invoice.getKind() == InvoiceKind.INVOICE) {
            fact(facts, text.getString("credit.due"), invoice.getDueDate().toString(), bold, normal);
        }
        fact(facts, text.getString("order.payment"), text.getString("enum.Payment." + order.getPayment().name()), bold, normal);
        pdf.add(facts);
        pdf.add(new Paragraph(" "));

        PdfPTable lines = new PdfPTable(new float[] {2, 5, 1.3f, 1.3f, 2, 2});
        lines.setWidthPercentage(100);
        for (String heading : List.of("sku.code", "sku.name", "order.cases", "order.damaged", "page.shop.catalog.price", "order.lineTotal")) {
            PdfPCell cell = new PdfPCell(new Phrase(text.getString(heading), bold));
            cell.setPadding(4);
            lines.addCell(cell);
        }
        for (OrderLine line : order.getLines()) {
            cell(lines, line.getSkuCode(), normal, Element.ALIGN_LEFT);
            cell(lines, line.getSkuName().in(locale), normal, Element.ALIGN_LEFT);
            cell(lines, String.valueOf(line.getDeliveredCases() == null ? line.getCases() : line.getDeliveredCases()), normal,
                    Element.ALIGN_RIGHT);
            cell(lines, String.valueOf(line.getDamagedCases() == null ? 0 : line.getDamagedCases()), normal, Element.ALIGN_RIGHT);
            cell(lines, formats.money(line.getCasePrice(), locale), normal, Element.ALIGN_RIGHT);
            cell(lines, formats.money(line.getCasePrice().multiply(java.math.BigDecimal.valueOf(line.goodCases())), locale), normal,
                    Element.ALIGN_RIGHT);
        }
        pdf.add(lines);
        Paragraph total = new Paragraph(text.getString("order.total") + ": " + formats.money(invoice.getAmount(), locale), title);
        total.setAlignment(Element.ALIGN_RIGHT);
        pdf.add(total);
        if (invoice.getKind() == InvoiceKind.RECEIPT) {
            pdf.add(new Paragraph(MessageFormat.format(text.getString("document.paidOnDelivery"), invoice.getIssueDate()), normal));
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
        List<String> candidates = configured == null ? SYSTEM_CJK_FONTS
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(configured), SYSTEM_CJK_FONTS.stream()).toList();
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
