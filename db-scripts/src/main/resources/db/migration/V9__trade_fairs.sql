-- Version 9: trade-fair sessions. A brand offers SKUs at fair prices for a time window to invited shops;
-- each offer has a total allocation and a cap per shop, both enforced by conditional updates so that a
-- rush of orders can neither oversell the allocation nor take a shop past its cap.
CREATE TABLE fair (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id           BIGINT         NOT NULL,
    title              VARCHAR(120)   NOT NULL,
    description        VARCHAR(2000)  NULL,
    starts_at          DATETIME(6)    NOT NULL,
    ends_at            DATETIME(6)    NOT NULL,
    invited_tiers      VARCHAR(64)    NULL,
    invited_region     VARCHAR(32)    NULL,
    min_order_value    DECIMAL(12, 2) NOT NULL DEFAULT 0,
    early_bird_minutes INT            NULL,
    status             VARCHAR(16)    NOT NULL,
    invitation_token   CHAR(32)       NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_fair_invitation UNIQUE (invitation_token),
    CONSTRAINT fk_fair_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT ck_fair_window CHECK (ends_at > starts_at),
    CONSTRAINT ck_fair_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_fair_min_value CHECK (min_order_value >= 0),
    CONSTRAINT ck_fair_early_bird CHECK (early_bird_minutes IS NULL OR early_bird_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_fair_brand ON fair (brand_id, starts_at);

CREATE TABLE fair_offer (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fair_id          BIGINT         NOT NULL,
    sku_id           BIGINT         NOT NULL,
    fair_price       DECIMAL(12, 2) NOT NULL,
    early_bird_price DECIMAL(12, 2) NULL,
    allocation       INT            NOT NULL,
    sold             INT            NOT NULL DEFAULT 0,
    store_cap        INT            NOT NULL,
    CONSTRAINT uk_fair_offer UNIQUE (fair_id, sku_id),
    CONSTRAINT fk_fair_offer_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
    CONSTRAINT fk_fair_offer_sku FOREIGN KEY (sku_id) REFERENCES sku (id),
    CONSTRAINT ck_fair_offer_price CHECK (fair_price > 0 AND (early_bird_price IS NULL OR early_bird_price > 0)),
    CONSTRAINT ck_fair_offer_allocation CHECK (allocation > 0 AND sold >= 0 AND sold <= allocation),
    CONSTRAINT ck_fair_offer_cap CHECK (store_cap > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each shop has taken of an offer, against its cap.
CREATE TABLE fair_store_take (
    offer_id BIGINT NOT NULL,
    store_id BIGINT NOT NULL,
    cases    INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (offer_id, store_id),
    CONSTRAINT fk_fair_take_offer FOREIGN KEY (offer_id) REFERENCES fair_offer (id),
    CONSTRAINT fk_fair_take_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT ck_fair_take_cases CHECK (cases >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE fair_announcement (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fair_id   BIGINT       NOT NULL,
    message   VARCHAR(500) NOT NULL,
    posted_at DATETIME(6)  NOT NULL,
    posted_by VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_fair_announcement_fair FOREIGN KEY (fair_id) REFERENCES fair (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_fair_announcement ON fair_announcement (fair_id, posted_at);

-- A checkout placed in a fair (its orders carry the fair's prices).
ALTER TABLE checkout
    ADD COLUMN fair_id BIGINT NULL AFTER brand_id,
    ADD CONSTRAINT fk_checkout_fair FOREIGN KEY (fair_id) REFERENCES fair (id);
