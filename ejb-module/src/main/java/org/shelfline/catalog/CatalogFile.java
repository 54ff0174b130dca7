package org.shelfline.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shelfline.shared.BusinessException;

/**
 * The catalogue file: one row per SKU, the same columns in CSV (UTF-8) and XLSX, so an export can be
 * edited and imported again. Prices are written "1:42.00 10:39.50" (from-cases:price-per-case).
 */
public final class CatalogFile {

    public static final List<String> COLUMNS = List.of(
            "code",
            "barcode",
            "name_en",
            "name_zh",
            "category",
            "unit",
            "case_pack",
            "min_order",
            "increment",
            "status",
            "prices");
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    /** The file's type, from its name. */
    public enum Format {
        CSV,
        XLSX;

        public static Format of(String fileName) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    private CatalogFile() {}

    /** A data row: its line in the file and its values by column name. */
    public record Line(int number, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static List<Line> read(byte[] content, Format format) {
        if (content == null || content.length == 0) {
            throw new BusinessException("upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("upload.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        List<Line> lines = format == Format.XLSX ? readXlsx(content) : readCsv(content);
        if (lines.size() > MAX_ROWS) {
            throw new BusinessException("import.tooManyRows", MAX_ROWS);
        }
        return lines;
    }

    private static List<Line> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            checkHeader(parser.getHeaderNames());
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                record.toMap()
                        .forEach((column, value) ->
                                values.put(column.strip().toLowerCase(Locale.ROOT), restored(value)));
                lines.add(new Line((int) record.getRecordNumber() + 1, values));
            }
            return lines;
        } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new BusinessException("upload.unreadable");
        }
    }

    private static List<Line> readXlsx(byte[] content) {
        List<String> columns = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        try {
            XlsxSheetReader.read(content, (rowNumber, cells) -> {
                if (columns.isEmpty()) {
                    cells.forEach(
                            name -> columns.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT)));
                    checkHeader(columns);
                    return true;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    values.put(columns.get(c), c < cells.size() ? cells.get(c) : null);
                }
                lines.add(new Line(rowNumber + 1, values));
                // One row more than allowed is enough to say the file has too many.
                return lines.size() <= MAX_ROWS;
            });
        } catch (IOException e) {
            throw new BusinessException("upload.unreadable");
        }
        if (columns.isEmpty()) {
            throw new BusinessException("upload.unreadable");
        }
        return lines;
    }

    private static void checkHeader(List<String> names) {
        List<String> lower = names.stream()
                .map(n -> n == null ? "" : n.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!lower.containsAll(COLUMNS)) {
            throw new BusinessException("upload.header", String.join(",", COLUMNS));
        }
    }

    /** Writes SKUs in the import format. */
    public static byte[] write(List<Sku> skus, Map<Long, String> categoryCodes, Format format) {
        List<List<String>> rows = skus.stream()
                .map(sku -> List.of(
                        sku.getCode(),
                        sku.getBarcode() == null ? "" : sku.getBarcode(),
                        sku.getName().english(),
                        sku.getName().chinese(),
                        sku.getCategory() == null
                                ? ""
                                : categoryCodes.getOrDefault(sku.getCategory().getId(), ""),
                        sku.getUnit(),
                        String.valueOf(sku.getCasePack()),
                        String.valueOf(sku.getMinOrderCases()),
                        String.valueOf(sku.getOrderIncrementCases()),
                        sku.getStatus().name(),
                        sku.getPriceTiers().stream()
                                .map(tier -> tier.getMinCases() + ":"
                                        + tier.getCasePrice().toPlainString())
                                .collect(Collectors.joining(" "))))
                .toList();
        return format == Format.XLSX ? xlsx(rows) : csv(rows);
    }

    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF'); // so that spreadsheet programs read the Chinese names as UTF-8
            printer.printRecord(COLUMNS);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CatalogFile::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a spreadsheet program would run as a formula when it opens a CSV file. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A CSV cell that a spreadsheet program cannot take for a formula ("=HYPERLINK(...)" in a SKU name): a leading
     * apostrophe, as spreadsheets themselves write text. The catalogue import takes it off again ({@link #restored}).
     */
    static String neutralised(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** A cell as it was before {@link #neutralised}: an exported file imports as it was exported. */
    static String restored(String cell) {
        return cell != null
                        && cell.length() > 1
                        && cell.charAt(0) == '\''
                        && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    private static byte[] xlsx(List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("SKUs");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "1:42.00 10:39.50" into price rows; null when the text is not in that form. */
    static List<TierDraft> parsePrices(String text) {
        List<TierDraft> tiers = new ArrayList<>();
        if (text == null) {
            return tiers;
        }
        for (String part : text.strip().split("[\\s;]+")) {
            String[] pair = part.split(":");
            if (pair.length != 2) {
                return null;
            }
            try {
                tiers.add(new TierDraft(Integer.valueOf(pair[0].strip()), new BigDecimal(pair[1].strip())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return tiers;
    }
}
