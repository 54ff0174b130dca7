-- Version 8: monthly statements per store and brand, made by a Jakarta Batch job. One row per account
-- and month: re-running a month replaces its figures instead of adding a second statement.
CREATE TABLE statement (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id     BIGINT         NOT NULL,
    brand_id     BIGINT         NOT NULL,
    period       DATE           NOT NULL,
    opening      DECIMAL(14, 2) NOT NULL,
    invoiced     DECIMAL(14, 2) NOT NULL,
    paid         DECIMAL(14, 2) NOT NULL,
    credited     DECIMAL(14, 2) NOT NULL,
    closing      DECIMAL(14, 2) NOT NULL,
    entries      INT            NOT NULL,
    generated_at DATETIME(6)    NOT NULL,
    CONSTRAINT uk_statement UNIQUE (store_id, brand_id, period),
    CONSTRAINT fk_statement_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_statement_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT ck_statement_period CHECK (DAYOFMONTH(period) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_statement_brand ON statement (brand_id, period);
