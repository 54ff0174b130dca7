-- Version 6: ordering. A shop's checkout (one submission, made exactly once by its idempotency key)
-- becomes one order per distributor that fills it; each order keeps its lines (priced when placed),
-- its status history and every routing decision with the reason. Carts and saved lists live on the
-- server so a shop owner can start on the phone and finish on the desktop.

-- Credit in use with the brand: open credit orders add, cancellation and short delivery give back.
-- The limit check is one conditional UPDATE of this column, so concurrent orders cannot pass it together.
ALTER TABLE store_brand
    ADD COLUMN credit_used DECIMAL(12, 2) NOT NULL DEFAULT 0 AFTER credit_limit,
    ADD CONSTRAINT ck_store_brand_credit_used CHECK (credit_used >= 0);

CREATE TABLE checkout (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id        BIGINT         NOT NULL,
    brand_id        BIGINT         NOT NULL,
    idempotency_key VARCHAR(64)    NOT NULL,
    payment         VARCHAR(16)    NOT NULL,
    total           DECIMAL(12, 2) NOT NULL,
    placed_at       DATETIME(6)    NOT NULL,
    placed_by       VARCHAR(64)    NOT NULL,
    CONSTRAINT uk_checkout_key UNIQUE (store_id, idempotency_key),
    CONSTRAINT fk_checkout_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_checkout_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT ck_checkout_payment CHECK (payment IN ('CASH_ON_DELIVERY', 'CREDIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE purchase_order (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(24)    NOT NULL,
    checkout_id      BIGINT         NOT NULL,
    brand_id         BIGINT         NOT NULL,
    store_id         BIGINT         NOT NULL,
    distributor_id   BIGINT         NULL,
    warehouse_id     BIGINT         NULL,
    status           VARCHAR(24)    NOT NULL,
    payment          VARCHAR(16)    NOT NULL,
    total            DECIMAL(12, 2) NOT NULL,
    delivery_district_id BIGINT     NOT NULL,
    delivery_address VARCHAR(200)   NOT NULL,
    placed_at        DATETIME(6)    NOT NULL,
    accept_by        DATETIME(6)    NULL,
    updated_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_purchase_order_reference UNIQUE (reference),
    CONSTRAINT fk_purchase_order_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
    CONSTRAINT fk_purchase_order_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_purchase_order_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_purchase_order_distributor FOREIGN KEY (distributor_id) REFERENCES distributor (id),
    CONSTRAINT fk_purchase_order_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_purchase_order_district FOREIGN KEY (delivery_district_id) REFERENCES district (id),
    CONSTRAINT ck_purchase_order_status CHECK (status IN ('PLACED', 'ACCEPTED', 'PICKING', 'SHIPPED', 'DELIVERED',
        'PARTIALLY_DELIVERED', 'CANCELLED')),
    CONSTRAINT ck_purchase_order_total CHECK (total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_purchase_order_inbox ON purchase_order (distributor_id, status);
CREATE INDEX ix_purchase_order_store ON purchase_order (store_id, placed_at);
CREATE INDEX ix_purchase_order_deadline ON purchase_order (status, accept_by);

-- Lines copy what the shop saw (code, names, case pack, price) so later catalogue edits do not change them.
CREATE TABLE order_line (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT         NOT NULL,
    line_no         INT            NOT NULL,
    sku_id          BIGINT         NOT NULL,
    sku_code        VARCHAR(32)    NOT NULL,
    sku_name        VARCHAR(200)   NOT NULL,
    sku_name_zh     VARCHAR(200)   NOT NULL,
    case_pack       INT            NOT NULL,
    cases           INT            NOT NULL,
    case_price      DECIMAL(12, 2) NOT NULL,
    line_total      DECIMAL(12, 2) NOT NULL,
    price_list      VARCHAR(120)   NULL,
    delivered_cases INT            NULL,
    damaged_cases   INT            NULL,
    CONSTRAINT uk_order_line UNIQUE (order_id, line_no),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_order_line_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_order_line_cases CHECK (cases > 0),
    CONSTRAINT ck_order_line_delivered CHECK (delivered_cases IS NULL OR (delivered_cases >= 0 AND delivered_cases <= cases)),
    CONSTRAINT ck_order_line_damaged CHECK (damaged_cases IS NULL OR (damaged_cases >= 0 AND damaged_cases <= cases))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The order's history as the shop and the distributor see it: each status, who, when, and a note.
CREATE TABLE order_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    note        VARCHAR(500) NULL,
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES purchase_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_order_event_order ON order_event (order_id, occurred_at);

-- Why the order went (or did not go) to a distributor.
CREATE TABLE routing_decision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT       NOT NULL,
    decided_at     DATETIME(6)  NOT NULL,
    distributor_id BIGINT       NULL,
    warehouse_id   BIGINT       NULL,
    outcome        VARCHAR(24)  NOT NULL,
    detail         VARCHAR(500) NULL,
    CONSTRAINT fk_routing_decision_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_routing_decision_distributor FOREIGN KEY (distributor_id) REFERENCES distributor (id),
    CONSTRAINT ck_routing_decision_outcome CHECK (outcome IN ('FIRST_CHOICE', 'FALLBACK', 'SPLIT', 'REJECTED',
        'TIMED_OUT', 'REROUTED', 'NO_ALTERNATIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_routing_decision_order ON routing_decision (order_id, decided_at);

CREATE TABLE cart_line (
    id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id BIGINT      NOT NULL,
    sku_id   BIGINT      NOT NULL,
    cases    INT         NOT NULL,
    added_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_cart_line UNIQUE (store_id, sku_id),
    CONSTRAINT fk_cart_line_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_cart_line_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_cart_line_cases CHECK (cases > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE saved_list (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id   BIGINT      NOT NULL,
    brand_id   BIGINT      NOT NULL,
    name       VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_saved_list_name UNIQUE (store_id, name),
    CONSTRAINT fk_saved_list_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_saved_list_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE saved_list_line (
    id      BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id BIGINT NOT NULL,
    sku_id  BIGINT NOT NULL,
    cases   INT    NOT NULL,
    CONSTRAINT uk_saved_list_line UNIQUE (list_id, sku_id),
    CONSTRAINT fk_saved_list_line_list FOREIGN KEY (list_id) REFERENCES saved_list (id) ON DELETE CASCADE,
    CONSTRAINT fk_saved_list_line_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_saved_list_line_cases CHECK (cases > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- REST API bearer tokens: only a SHA-256 of the token is kept.
CREATE TABLE api_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
