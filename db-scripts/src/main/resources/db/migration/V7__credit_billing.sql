-- Version 7: credit-period billing. Each store's account with a brand is a ledger of immutable entries
-- (invoices, payments, credit notes, adjustments); invoices are issued when a delivery is recorded, for
-- what arrived in good order; payments are allocated to invoices; overdue stores go on credit hold.

ALTER TABLE brand
    ADD COLUMN grace_days INT NOT NULL DEFAULT 7 AFTER order_acceptance_minutes,
    ADD CONSTRAINT ck_brand_grace CHECK (grace_days >= 0);

-- A hold stops new credit orders; AUTO holds come and go with overdue invoices, MANUAL ones with the brand.
ALTER TABLE store_brand
    ADD COLUMN hold_kind VARCHAR(16) NULL AFTER credit_used,
    ADD COLUMN hold_reason VARCHAR(500) NULL AFTER hold_kind,
    ADD CONSTRAINT ck_store_brand_hold CHECK (hold_kind IS NULL OR hold_kind IN ('AUTO', 'MANUAL'));

-- Invoices (credit orders) and receipts (pay-on-delivery orders), one per order, never changed once issued.
CREATE TABLE invoice (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number     VARCHAR(24)    NOT NULL,
    kind       VARCHAR(16)    NOT NULL,
    store_id   BIGINT         NOT NULL,
    brand_id   BIGINT         NOT NULL,
    order_id   BIGINT         NOT NULL,
    amount     DECIMAL(12, 2) NOT NULL,
    issued_at  DATETIME(6)    NOT NULL,
    issue_date DATE           NOT NULL,
    due_date   DATE           NULL,
    CONSTRAINT uk_invoice_number UNIQUE (number),
    CONSTRAINT uk_invoice_order UNIQUE (order_id),
    CONSTRAINT fk_invoice_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_invoice_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_invoice_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT ck_invoice_kind CHECK (kind IN ('INVOICE', 'RECEIPT')),
    CONSTRAINT ck_invoice_amount CHECK (amount >= 0),
    CONSTRAINT ck_invoice_due CHECK (kind = 'RECEIPT' OR due_date IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_invoice_account ON invoice (brand_id, store_id, due_date);

CREATE TABLE payment (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id    BIGINT         NOT NULL,
    brand_id    BIGINT         NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    paid_on     DATE           NOT NULL,
    method      VARCHAR(16)    NOT NULL,
    reference   VARCHAR(64)    NULL,
    recorded_at DATETIME(6)    NOT NULL,
    recorded_by VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_payment_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_payment_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_method CHECK (method IN ('BANK_TRANSFER', 'CASH', 'WECHAT_PAY', 'ALIPAY', 'CHEQUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_payment_account ON payment (brand_id, store_id, paid_on);

-- How much of a payment, or of the account's credit (over-payments, credit notes; payment_id NULL), settles which invoice.
CREATE TABLE payment_allocation (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payment_id BIGINT         NULL,
    invoice_id BIGINT         NOT NULL,
    amount     DECIMAL(12, 2) NOT NULL,
    kind       VARCHAR(16)    NOT NULL,
    CONSTRAINT fk_allocation_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_allocation_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_allocation_amount CHECK (amount > 0),
    CONSTRAINT ck_allocation_kind CHECK (kind IN ('PAYMENT', 'CREDIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_allocation_invoice ON payment_allocation (invoice_id);

-- The account's ledger: what the store owes goes up with invoices and down with payments and credit notes.
CREATE TABLE ledger_entry (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id    BIGINT         NOT NULL,
    brand_id    BIGINT         NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    invoice_id  BIGINT         NULL,
    payment_id  BIGINT         NULL,
    occurred_at DATETIME(6)    NOT NULL,
    recorded_by VARCHAR(64)    NOT NULL,
    note        VARCHAR(500)   NULL,
    CONSTRAINT fk_ledger_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_ledger_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_ledger_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT fk_ledger_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT ck_ledger_kind CHECK (kind IN ('INVOICE', 'PAYMENT', 'CREDIT_NOTE', 'ADJUSTMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_account ON ledger_entry (brand_id, store_id, occurred_at);
