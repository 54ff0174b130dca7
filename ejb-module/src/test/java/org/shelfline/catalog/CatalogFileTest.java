package org.shelfline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An exported CSV cannot run formulas in a spreadsheet, and imports as it was exported. */
class CatalogFileTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreWrittenAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CatalogFile.neutralised(formula)).as(formula).isEqualTo("'" + formula);
            assertThat(CatalogFile.restored(CatalogFile.neutralised(formula)))
                    .as("round trip")
                    .isEqualTo(formula);
        }
        assertThat(CatalogFile.neutralised("Jasmine tea")).isEqualTo("Jasmine tea");
        assertThat(CatalogFile.neutralised("")).isEmpty();
        assertThat(CatalogFile.restored("'quoted on purpose"))
                .as("an apostrophe before other text stays")
                .isEqualTo("'quoted on purpose");
    }
}
