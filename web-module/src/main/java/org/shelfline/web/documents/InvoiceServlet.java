package org.shelfline.web.documents;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shelfline.credit.CreditAccounts;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Formats;
import org.shelfline.web.Ids;
import org.shelfline.web.i18n.LocaleSelection;

/**
 * {@code /documents/invoice.pdf?id=...}: an invoice or receipt as PDF, for the shop it was issued to and
 * the brand that issued it; anyone else gets a 404.
 */
@WebServlet("/documents/invoice.pdf")
public class InvoiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditAccounts accounts;

    @Inject
    LocaleSelection locale;

    @Inject
    Formats formats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CreditAccounts.InvoiceDocument document;
        try {
            document = accounts.document(Ids.parse("invoice", request.getParameter("id")));
        } catch (BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = InvoicePdf.render(document, locale.getLocale(), formats);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + document.invoice().getNumber() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
