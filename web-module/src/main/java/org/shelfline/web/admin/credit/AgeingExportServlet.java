package org.shelfline.web.admin.credit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.shelfline.credit.AgeingBucket;
import org.shelfline.credit.AgeingWorkbook;
import org.shelfline.credit.CreditAccounts;
import org.shelfline.web.Messages;
import org.shelfline.web.i18n.LocaleSelection;

/** {@code /admin/credit/ageing.xlsx}: the signed-in brand's ageing report, headed in the reader's language. */
@WebServlet("/admin/credit/ageing.xlsx")
public class AgeingExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditAccounts accounts;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale());
        Map<String, String> headings = new HashMap<>();
        headings.put("store", bundle.getString("order.store"));
        headings.put("total", bundle.getString("order.total"));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            headings.put(bucket.name(), bundle.getString("enum.AgeingBucket." + bucket.name()));
        }
        byte[] file = AgeingWorkbook.write(accounts.ageing(), headings);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"ageing.xlsx\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
