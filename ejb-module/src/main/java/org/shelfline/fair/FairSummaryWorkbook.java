package org.shelfline.fair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A fair's summary as an XLSX workbook: one sheet per SKU, region and shop breakdown. */
public final class FairSummaryWorkbook {

    private FairSummaryWorkbook() {}

    /** @param headings sheet and column headings in the reader's language, by key ("skus", "regions", "stores", "code", ...) */
    public static byte[] write(FairSummary summary, Map<String, String> headings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet skus = sheet(
                    workbook,
                    headings.get("skus"),
                    headings,
                    List.of("code", "name", "allocation", "cases", "sales", "sellThrough"));
            int r = 1;
            for (FairSummary.SkuLine line : summary.skus()) {
                Row row = skus.createRow(r++);
                row.createCell(0).setCellValue(line.code());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(line.allocation());
                row.createCell(3).setCellValue(line.cases());
                row.createCell(4).setCellValue(line.sales().doubleValue());
                row.createCell(5).setCellValue(line.sellThrough().doubleValue());
            }
            lines(
                    sheet(workbook, headings.get("regions"), headings, List.of("region", "orders", "cases", "sales")),
                    summary.regions());
            lines(
                    sheet(workbook, headings.get("stores"), headings, List.of("store", "orders", "cases", "sales")),
                    summary.stores());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, Map<String, String> headings, List<String> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(headings.get(columns.get(i)));
            sheet.setColumnWidth(i, (i == 0 || i == 1 ? 28 : 14) * 256);
        }
        return sheet;
    }

    private static void lines(Sheet sheet, List<FairSummary.Line> lines) {
        int r = 1;
        for (FairSummary.Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.name());
            row.createCell(1).setCellValue(line.orders());
            row.createCell(2).setCellValue(line.cases());
            row.createCell(3).setCellValue(line.sales().doubleValue());
        }
    }
}
