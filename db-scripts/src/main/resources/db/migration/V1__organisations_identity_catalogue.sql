-- Shelfline schema, version 1: organisations (brands, stores, distributors), identity, reference
-- geography, the catalogue skeleton and the audit trail.
-- Conventions: InnoDB, utf8mb4; money DECIMAL(12,2); instants DATETIME(6) holding UTC (the application
-- converts); aggregates users edit concurrently carry `version` for optimistic locking.

CREATE TABLE district (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    province    VARCHAR(64)  NOT NULL,
    province_zh VARCHAR(64)  NOT NULL,
    city        VARCHAR(64)  NOT NULL,
    city_zh     VARCHAR(64)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    name_zh     VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_district_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE brand (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                     VARCHAR(32)  NOT NULL,
    name                     VARCHAR(120) NOT NULL,
    name_zh                  VARCHAR(120) NOT NULL,
    order_acceptance_minutes INT          NOT NULL DEFAULT 120,
    created_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_brand_code UNIQUE (code),
    CONSTRAINT ck_brand_acceptance CHECK (order_acceptance_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE store (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(120) NOT NULL,
    owner_name     VARCHAR(80)  NOT NULL,
    mobile         VARCHAR(20)  NOT NULL,
    district_id    BIGINT       NOT NULL,
    street         VARCHAR(200) NOT NULL,
    licence_number VARCHAR(18)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_store_licence UNIQUE (licence_number),
    CONSTRAINT fk_store_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A store's standing with one brand: it applies, the brand verifies (with a tier) or rejects, may suspend.
CREATE TABLE store_brand (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id         BIGINT       NOT NULL,
    brand_id         BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    tier             VARCHAR(16)  NULL,
    applied_at       DATETIME(6)  NOT NULL,
    decided_at       DATETIME(6)  NULL,
    decided_by       VARCHAR(64)  NULL,
    rejection_reason VARCHAR(500) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_store_brand UNIQUE (store_id, brand_id),
    CONSTRAINT fk_store_brand_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_store_brand_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT ck_store_brand_status CHECK (status IN ('APPLIED', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    CONSTRAINT ck_store_brand_tier CHECK (status <> 'VERIFIED' OR tier IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_store_brand_queue ON store_brand (brand_id, status);

CREATE TABLE distributor (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    name_zh    VARCHAR(120) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_distributor_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE warehouse (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    distributor_id BIGINT       NOT NULL,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(120) NOT NULL,
    district_id    BIGINT       NOT NULL,
    CONSTRAINT uk_warehouse_code UNIQUE (distributor_id, code),
    CONSTRAINT fk_warehouse_distributor FOREIGN KEY (distributor_id) REFERENCES distributor (id),
    CONSTRAINT fk_warehouse_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which distributors serve a district for a brand, in priority order (1 = first choice).
CREATE TABLE territory (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id       BIGINT NOT NULL,
    district_id    BIGINT NOT NULL,
    distributor_id BIGINT NOT NULL,
    priority       INT    NOT NULL,
    CONSTRAINT uk_territory_priority UNIQUE (brand_id, district_id, priority),
    CONSTRAINT uk_territory_distributor UNIQUE (brand_id, district_id, distributor_id),
    CONSTRAINT fk_territory_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_territory_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_territory_distributor FOREIGN KEY (distributor_id) REFERENCES distributor (id),
    CONSTRAINT ck_territory_priority CHECK (priority > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every user belongs to exactly one organisation, matching the role (the platform admin to the platform).
CREATE TABLE user_account (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username          VARCHAR(64)  NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    brand_id          BIGINT       NULL,
    store_id          BIGINT       NULL,
    distributor_id    BIGINT       NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        DATETIME(6)  NOT NULL,
    last_sign_in_at   DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_user_account_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT fk_user_account_distributor FOREIGN KEY (distributor_id) REFERENCES distributor (id),
    CONSTRAINT ck_user_account_organisation CHECK (
        (role = 'PLATFORM_ADMIN' AND brand_id IS NULL AND store_id IS NULL AND distributor_id IS NULL)
        OR (role = 'BRAND_ADMIN' AND brand_id IS NOT NULL AND store_id IS NULL AND distributor_id IS NULL)
        OR (role = 'STORE_OWNER' AND brand_id IS NULL AND store_id IS NOT NULL AND distributor_id IS NULL)
        OR (role = 'DISTRIBUTOR' AND brand_id IS NULL AND store_id IS NULL AND distributor_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id  BIGINT       NOT NULL,
    parent_id BIGINT       NULL,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(80)  NOT NULL,
    name_zh   VARCHAR(80)  NOT NULL,
    CONSTRAINT uk_category_code UNIQUE (brand_id, code),
    CONSTRAINT fk_category_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sku (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    brand_id              BIGINT       NOT NULL,
    code                  VARCHAR(32)  NOT NULL,
    barcode               CHAR(13)     NULL,
    name                  VARCHAR(200) NOT NULL,
    name_zh               VARCHAR(200) NOT NULL,
    category_id           BIGINT       NULL,
    unit                  VARCHAR(16)  NOT NULL,
    case_pack             INT          NOT NULL,
    min_order_cases       INT          NOT NULL DEFAULT 1,
    order_increment_cases INT          NOT NULL DEFAULT 1,
    status                VARCHAR(16)  NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_sku_code UNIQUE (brand_id, code),
    CONSTRAINT fk_sku_brand FOREIGN KEY (brand_id) REFERENCES brand (id),
    CONSTRAINT fk_sku_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT ck_sku_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    CONSTRAINT ck_sku_case_pack CHECK (case_pack > 0),
    CONSTRAINT ck_sku_min_order CHECK (min_order_cases > 0),
    CONSTRAINT ck_sku_increment CHECK (order_increment_cases > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sku_brand_status ON sku (brand_id, status);

-- Base wholesale price per case, by quantity break (cases from min_cases upwards).
CREATE TABLE sku_price_tier (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku_id     BIGINT        NOT NULL,
    min_cases  INT           NOT NULL,
    case_price DECIMAL(12, 2) NOT NULL,
    CONSTRAINT uk_sku_price_tier UNIQUE (sku_id, min_cases),
    CONSTRAINT fk_sku_price_tier_sku FOREIGN KEY (sku_id) REFERENCES sku (id) ON DELETE CASCADE,
    CONSTRAINT ck_sku_price_tier_min CHECK (min_cases > 0),
    CONSTRAINT ck_sku_price_tier_price CHECK (case_price >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only trail of business changes: who, when (UTC), what, for which tenant.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    brand_id       BIGINT       NULL,
    store_id       BIGINT       NULL,
    distributor_id BIGINT       NULL,
    subject_type   VARCHAR(40)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    detail         TEXT         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id);
CREATE INDEX ix_audit_brand ON audit_event (brand_id, occurred_at);
