package org.shelfline.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shelfline.shared.BusinessException;

/** Catalogue workbooks are read as a stream, and one that inflates out of all proportion is refused. */
class CatalogXlsxTest {

    @Test
    void readsTheFirstSheetsRowsAsTheyAreShown() throws IOException {
        List<CatalogFile.Line> lines = CatalogFile.read(workbook(), CatalogFile.Format.XLSX);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).number()).as("the spreadsheet's own row number").isEqualTo(2);
        assertThat(lines.get(0).get("code")).isEqualTo("TEA-1");
        assertThat(lines.get(0).get("case_pack")).as("a number cell, as shown").isEqualTo("24");
        assertThat(lines.get(0).get("name_zh")).isEqualTo("茉莉花茶");
        assertThat(lines.get(1).get("code")).isEqualTo("TEA-2");
        assertThat(lines.get(1).get("barcode")).as("a cell left empty").isNull();
    }

    @Test
    void aZipBombIsRefusedAsUnreadableWithoutInflatingIt() throws IOException {
        // 40 MB of sheet that zips to a few kilobytes: far past POI's inflate ratio.
        String padding = " ".repeat(40 * 1024 * 1024);
        byte[] bomb = replacing(
                workbook(), "xl/worksheets/sheet1.xml", sheet -> sheet.replace("<sheetData>", "<sheetData>" + padding));

        assertThatThrownBy(() -> CatalogFile.read(bomb, CatalogFile.Format.XLSX))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("upload.unreadable"));
    }

    @Test
    void readingStopsAsSoonAsTheCallerHasEnoughRows() throws IOException {
        byte[] many;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("SKUs");
            for (int r = 0; r < 500; r++) {
                sheet.createRow(r).createCell(0).setCellValue("row " + r);
            }
            workbook.write(out);
            many = out.toByteArray();
        }
        List<Integer> seen = new java.util.ArrayList<>();
        XlsxSheetReader.read(many, (row, cells) -> {
            seen.add(row);
            return seen.size() < 10;
        });
        assertThat(seen).hasSize(10).endsWith(9);
        assertThat(XlsxSheetReader.MAX_PART_BYTES)
                .as("no part may inflate past this")
                .isEqualTo(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize());
    }

    @Test
    void somethingThatIsNotAWorkbookIsUnreadable() {
        assertThatThrownBy(() ->
                        CatalogFile.read("code,name\nx,y".getBytes(StandardCharsets.UTF_8), CatalogFile.Format.XLSX))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("upload.unreadable"));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("SKUs");
            Row header = sheet.createRow(0);
            for (int c = 0; c < CatalogFile.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CatalogFile.COLUMNS.get(c));
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("TEA-1");
            first.createCell(1).setCellValue("6901234567890");
            first.createCell(3).setCellValue("茉莉花茶");
            first.createCell(6).setCellValue(24);
            Row second = sheet.createRow(3); // a gap: the empty row 3 is skipped
            second.createCell(0).setCellValue("TEA-2");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] replacing(byte[] xlsx, String part, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
