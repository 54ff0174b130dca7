package org.shelfline.web.admin.fairs;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.shelfline.fair.FairService;
import org.shelfline.fair.FairSummary;
import org.shelfline.fair.FairSummaryWorkbook;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Ids;
import org.shelfline.web.Messages;
import org.shelfline.web.i18n.LocaleSelection;

/** {@code /admin/fairs/summary.xlsx?id=...}: one of the brand's fairs, sales by SKU, region and shop. */
@WebServlet("/admin/fairs/summary.xlsx")
public class SummaryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FairService fairs;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FairSummary summary;
        try {
            summary = fairs.summary(Ids.parse("fair", request.getParameter("id")));
        } catch (BusinessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale());
        Map<String, String> headings = new HashMap<>();
        for (String key : List.of(
                "skus",
                "regions",
                "stores",
                "code",
                "name",
                "allocation",
                "cases",
                "sales",
                "sellThrough",
                "region",
                "store",
                "orders")) {
            headings.put(key, bundle.getString("fair.summary." + key));
        }
        byte[] file = FairSummaryWorkbook.write(summary, headings);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"fair-summary.xlsx\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
