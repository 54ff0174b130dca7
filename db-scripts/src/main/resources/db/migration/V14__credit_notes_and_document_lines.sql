-- Version 14: issued documents keep their lines; corrections are credit notes with their own number.
-- Until now an invoice or receipt PDF was drawn from the order's current lines, so a later report of short or
-- damaged cases rewrote a document already issued (its lines no longer added up to its amount), and a
-- correction was only a ledger entry. An issued document never changes: its lines are written once, here,
-- and a later correction is a credit note (invoice or receipt alike) with its own lines.

CREATE TABLE invoice_line (
    invoice_id  BIGINT         NOT NULL,
    line_no     INT            NOT NULL,
    sku_code    VARCHAR(32)    NOT NULL,
    sku_name    VARCHAR(200)   NOT NULL,
    sku_name_zh VARCHAR(200)   NOT NULL,
    cases       INT            NOT NULL,
    case_price  DECIMAL(12, 2) NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    CONSTRAINT pk_invoice_line PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_line_cases CHECK (cases >= 0),
    CONSTRAINT ck_invoice_line_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Documents issued before this version: their lines as the order shows them now, the closest record there is.
INSERT INTO invoice_line (invoice_id, line_no, sku_code, sku_name, sku_name_zh, cases, case_price, amount)
SELECT i.id, l.line_no, l.sku_code, l.sku_name, l.sku_name_zh,
       COALESCE(l.delivered_cases, l.cases) - COALESCE(l.damaged_cases, 0), l.case_price,
       l.case_price * (COALESCE(l.delivered_cases, l.cases) - COALESCE(l.damaged_cases, 0))
FROM invoice i JOIN order_line l ON l.order_id = i.order_id;

CREATE TABLE credit_note (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number      VARCHAR(32)    NOT NULL,
    invoice_id  BIGINT         NOT NULL,
    store_id    BIGINT         NOT NULL,
    brand_id    BIGINT         NOT NULL,
    order_id    BIGINT         NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    issued_at   DATETIME(6)    NOT NULL,
    issue_date  DATE           NOT NULL,
    issued_by   VARCHAR(64)    NOT NULL,
    CONSTRAINT uk_credit_note_number UNIQUE (number),
    CONSTRAINT fk_credit_note_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT fk_credit_note_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_credit_note_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_credit_note_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_credit_note_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_credit_note_order ON credit_note (order_id);
CREATE INDEX ix_credit_note_account ON credit_note (brand_id, store_id, issued_at);

CREATE TABLE credit_note_line (
    credit_note_id BIGINT         NOT NULL,
    line_no        INT            NOT NULL,
    sku_code       VARCHAR(32)    NOT NULL,
    sku_name       VARCHAR(200)   NOT NULL,
    sku_name_zh    VARCHAR(200)   NOT NULL,
    cases          INT            NOT NULL,
    case_price     DECIMAL(12, 2) NOT NULL,
    amount         DECIMAL(12, 2) NOT NULL,
    CONSTRAINT pk_credit_note_line PRIMARY KEY (credit_note_id, line_no),
    CONSTRAINT fk_credit_note_line_note FOREIGN KEY (credit_note_id) REFERENCES credit_note (id),
    CONSTRAINT ck_credit_note_line_cases CHECK (cases > 0),
    CONSTRAINT ck_credit_note_line_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A credit note's ledger entry names the credit note.
ALTER TABLE ledger_entry ADD COLUMN credit_note_id BIGINT NULL AFTER payment_id,
    ADD CONSTRAINT fk_ledger_credit_note FOREIGN KEY (credit_note_id) REFERENCES credit_note (id);
