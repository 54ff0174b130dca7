-- Version 18: disputed deliveries. A shop that reports fewer cases than the distributor shipped (or than the
-- distributor reported) is credited at once, as before, and the order's delivery is disputed: the distributor
-- and the brand see it, and the brand settles it, either letting the shop's count stand or re-billing the cases
-- it denied with an invoice of their own (an issued invoice never changes, so an order may now have a second).
-- (The foreign key to the order needs an index on order_id: the plain one comes first.)
CREATE INDEX ix_invoice_order ON invoice (order_id);
ALTER TABLE invoice DROP INDEX uk_invoice_order;

CREATE TABLE delivery_dispute (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id          BIGINT         NOT NULL,
    store_id          BIGINT         NOT NULL,
    brand_id          BIGINT         NOT NULL,
    distributor_id    BIGINT         NOT NULL,
    opened_at         DATETIME(6)    NOT NULL,
    opened_by         VARCHAR(64)    NOT NULL,
    amount            DECIMAL(12, 2) NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    settlement        VARCHAR(16)    NULL,
    settled_at        DATETIME(6)    NULL,
    settled_by        VARCHAR(64)    NULL,
    note              VARCHAR(300)   NULL,
    rebill_invoice_id BIGINT         NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_dispute_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_dispute_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_dispute_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_dispute_distributor FOREIGN KEY (distributor_id) REFERENCES distributor (id),
    CONSTRAINT fk_dispute_rebill FOREIGN KEY (rebill_invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_dispute_status CHECK (status IN ('OPEN', 'SETTLED')),
    CONSTRAINT ck_dispute_settlement CHECK ((status = 'OPEN' AND settlement IS NULL)
        OR (status = 'SETTLED' AND settlement IN ('SHOP_COUNT', 'REBILLED'))),
    CONSTRAINT ck_dispute_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_dispute_brand ON delivery_dispute (brand_id, status, opened_at);
CREATE INDEX ix_dispute_order ON delivery_dispute (order_id, status);

-- The cases the shop said did not arrive in good order, at the order's prices.
CREATE TABLE delivery_dispute_line (
    dispute_id  BIGINT         NOT NULL,
    line_no     INT            NOT NULL,
    sku_code    VARCHAR(32)    NOT NULL,
    sku_name    VARCHAR(200)   NOT NULL,
    sku_name_zh VARCHAR(200)   NOT NULL,
    cases       INT            NOT NULL,
    case_price  DECIMAL(12, 2) NOT NULL,
    amount      DECIMAL(12, 2) NOT NULL,
    CONSTRAINT pk_dispute_line PRIMARY KEY (dispute_id, line_no),
    CONSTRAINT fk_dispute_line_dispute FOREIGN KEY (dispute_id) REFERENCES delivery_dispute (id),
    CONSTRAINT ck_dispute_line_cases CHECK (cases > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
