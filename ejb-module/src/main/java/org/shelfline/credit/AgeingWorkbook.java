package org.shelfline.credit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The ageing report as an XLSX sheet: one row per store, one column per bucket, totals at the bottom. */
public final class AgeingWorkbook {

    private AgeingWorkbook() {}

    /** @param headings the column headings in the reader's language: "store", "total" and one per bucket name */
    public static byte[] write(AgeingReport report, Map<String, String> headings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("ageing");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            AgeingBucket[] buckets = AgeingBucket.values();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(headings.get("store"));
            for (AgeingBucket bucket : buckets) {
                header.createCell(bucket.ordinal() + 1).setCellValue(headings.get(bucket.name()));
            }
            header.createCell(buckets.length + 1).setCellValue(headings.get("total"));
            int rowNumber = 1;
            for (AgeingReport.Row line : report.rows()) {
                Row row = sheet.createRow(rowNumber++);
                row.createCell(0).setCellValue(line.storeName());
                for (AgeingBucket bucket : buckets) {
                    moneyCell(row, bucket.ordinal() + 1, line.amount(bucket).doubleValue(), money);
                }
                moneyCell(row, buckets.length + 1, line.total().doubleValue(), money);
            }
            Row totals = sheet.createRow(rowNumber);
            totals.createCell(0).setCellValue(headings.get("total"));
            for (AgeingBucket bucket : buckets) {
                moneyCell(totals, bucket.ordinal() + 1, report.total(bucket).doubleValue(), money);
            }
            moneyCell(totals, buckets.length + 1, report.grandTotal().doubleValue(), money);
            // Fixed widths: autoSizeColumn needs AWT fonts, which a headless server may not have.
            sheet.setColumnWidth(0, 40 * 256);
            for (int column = 1; column <= buckets.length + 1; column++) {
                sheet.setColumnWidth(column, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moneyCell(Row row, int column, double amount, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(amount);
        cell.setCellStyle(style);
    }
}
