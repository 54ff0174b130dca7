-- Version 12: an order at a fair is answered in two steps. The claim takes the shop's share of the
-- allocation (within its caps) at once and is what the shop is told about in the rush; the order is then
-- placed from the claim through the normal flow (routing, stock, credit), and a claim that cannot be placed
-- gives its share back. The claim keeps the prices of the moment it was made (early bird included).
CREATE TABLE fair_claim (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fair_id         BIGINT         NOT NULL,
    store_id        BIGINT         NOT NULL,
    idempotency_key VARCHAR(64)    NOT NULL,
    payment         VARCHAR(16)    NOT NULL,
    total           DECIMAL(12, 2) NOT NULL,
    claimed_at      DATETIME(6)    NOT NULL,
    claimed_by      VARCHAR(64)    NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    checkout_id     BIGINT         NULL,
    refusal_code    VARCHAR(64)    NULL,
    refusal_args    VARCHAR(500)   NULL,
    settled_at      DATETIME(6)    NULL,
    CONSTRAINT uk_fair_claim_key UNIQUE (store_id, idempotency_key),
    CONSTRAINT fk_fair_claim_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
    CONSTRAINT fk_fair_claim_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_fair_claim_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
    CONSTRAINT ck_fair_claim_payment CHECK (payment IN ('CASH_ON_DELIVERY', 'CREDIT')),
    CONSTRAINT ck_fair_claim_status CHECK (
        (status = 'WAITING' AND checkout_id IS NULL AND refusal_code IS NULL AND settled_at IS NULL)
        OR (status = 'PLACED' AND checkout_id IS NOT NULL AND settled_at IS NOT NULL)
        OR (status = 'REFUSED' AND checkout_id IS NULL AND refusal_code IS NOT NULL AND settled_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- The placer's queue (oldest first) and the live feed's "settled since" look-up.
CREATE INDEX ix_fair_claim_status ON fair_claim (status, id);
CREATE INDEX ix_fair_claim_settled ON fair_claim (settled_at);

CREATE TABLE fair_claim_line (
    claim_id   BIGINT         NOT NULL,
    sku_id     BIGINT         NOT NULL,
    sku_code   VARCHAR(32)    NOT NULL,
    cases      INT            NOT NULL,
    case_price DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (claim_id, sku_id),
    CONSTRAINT fk_fair_claim_line_claim FOREIGN KEY (claim_id) REFERENCES fair_claim (id),
    CONSTRAINT fk_fair_claim_line_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_fair_claim_line CHECK (cases > 0 AND case_price > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
