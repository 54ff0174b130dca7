package org.shelfline.catalog;

import java.util.List;

/**
 * What an import file would do (or did, when {@code applied}): one entry per row, new or updated SKU,
 * and its problems. A file with any problem is never applied.
 */
public record ImportPreview(List<Row> rows, boolean applied) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long getProblemRows() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }

    public long getNewSkus() {
        return rows.stream().filter(row -> !row.update()).count();
    }

    public long getUpdatedSkus() {
        return rows.stream().filter(Row::update).count();
    }

    public boolean isApplicable() {
        return !rows.isEmpty() && getProblemRows() == 0;
    }

    /** One row of the file. */
    public record Row(int line, String code, boolean update, List<Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }

    /**
     * What is wrong, in a column: either a message key with arguments for the page to translate, or a
     * text already in the reader's language (from Bean Validation).
     */
    public record Problem(String column, String messageKey, List<Object> arguments, String text) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String column, String messageKey, Object... arguments) {
            return new Problem(column, messageKey, List.of(arguments), null);
        }
    }
}
