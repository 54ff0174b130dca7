package org.shelfline.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file row by row (POI's streaming SAX reader), never the whole workbook
 * into memory, and stops as soon as the caller has enough rows. An XLSX file is a zip: a few megabytes
 * can inflate to gigabytes, so each part may inflate to {@link #MAX_PART_BYTES} at most, and no part may
 * inflate more than a hundredfold (POI's zip-bomb checks, which this sets for the whole server).
 */
final class XlsxSheetReader {

    /** A 50,000-row catalogue's sheet is about 35 MB of XML; its shared strings less. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private XlsxSheetReader() {}

    /**
     * Hands each non-empty row (its 0-based number and its cells as text, by column) to {@code row} until it
     * returns false.
     *
     * @throws IOException for anything that is not a readable workbook, a zip bomb included
     */
    static void read(byte[] content, BiPredicate<Integer, List<String>> row) throws IOException {
        // From a file, POI reads the zip's parts on demand; from a stream it would inflate every part first.
        Path file = Files.createTempFile("shelfline-import-", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new IOException("no sheet");
                }
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        new ReadOnlySharedStringsTable(workbook, false),
                        new Rows(row),
                        new DataFormatter(Locale.ROOT),
                        false));
                try (InputStream sheet = sheets.next()) {
                    parser.parse(new InputSource(sheet));
                } catch (Enough stop) {
                    // the caller has what it needs
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof org.shelfline.shared.BusinessException business) {
                throw business;
            }
            throw new IOException("not a readable workbook", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Thrown from inside the parser to stop it: the rest of the sheet is not read at all. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final BiPredicate<Integer, List<String>> consumer;
        private List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(BiPredicate<Integer, List<String>> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(value -> value != null && !value.isBlank()) && !consumer.test(rowNum, cells)) {
                throw new Enough();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            // Catalogue rows have a dozen columns; a cell far to the right is not one of them.
            if (column > 255) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }
}
