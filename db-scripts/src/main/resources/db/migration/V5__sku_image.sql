-- Version 5: a product picture per SKU (file name in the upload folder).
ALTER TABLE sku ADD COLUMN image VARCHAR(120) NULL AFTER status;
