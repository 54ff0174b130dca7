package org.shelfline.web.admin.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shelfline.catalog.CatalogFile;
import org.shelfline.catalog.CatalogImportService;

/** {@code /admin/catalog/export?format=csv|xlsx}: the signed-in brand's catalogue in the import format. */
@WebServlet("/admin/catalog/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogImportService imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CatalogFile.Format format = "xlsx".equalsIgnoreCase(request.getParameter("format"))
                ? CatalogFile.Format.XLSX
                : CatalogFile.Format.CSV;
        byte[] file = imports.export(format);
        response.setContentType(
                format == CatalogFile.Format.XLSX
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"catalogue." + format.name().toLowerCase() + "\"");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
