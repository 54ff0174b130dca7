package org.shelfline.web.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shelfline.ordering.BillingDocuments;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Formats;
import org.shelfline.web.Ids;
import org.shelfline.web.i18n.LocaleSelection;

/**
 * {@code /documents/invoice.pdf?id=...} (an invoice or receipt) and {@code /documents/credit-note.pdf?id=...}
 * as PDF, for the shop they were issued to and the brand that issued them; anyone else gets a 404.
 */
@WebServlet({"/documents/invoice.pdf", "/documents/credit-note.pdf"})
public class InvoiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BillingDocuments documents;

    @Inject
    LocaleSelection locale;

    @Inject
    Formats formats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InvoicePdf.Sheet sheet;
        try {
            sheet = request.getServletPath().endsWith("credit-note.pdf")
                    ? InvoicePdf.Sheet.of(documents.creditNote(Ids.parse("credit note", request.getParameter("id"))))
                    : InvoicePdf.Sheet.of(documents.invoice(Ids.parse("invoice", request.getParameter("id"))));
        } catch (BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = InvoicePdf.render(sheet, locale.getLocale(), formats);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + sheet.number() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
