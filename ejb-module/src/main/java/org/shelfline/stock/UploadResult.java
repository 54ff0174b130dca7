package org.shelfline.stock;

import java.util.List;

/** What an upload did: how many rows it applied, or the rows it refused (then it applied none). */
public record UploadResult(int applied, List<RowError> errors) {

    public UploadResult {
        errors = List.copyOf(errors);
    }

    public boolean isSuccess() {
        return errors.isEmpty();
    }

    /** A refused row: its line number, a message key and the key's arguments. */
    public record RowError(int line, String messageKey, List<Object> arguments) {

        public RowError {
            arguments = List.copyOf(arguments);
        }
    }
}
