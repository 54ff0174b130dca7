-- Version 15: who opened a fair's invitation link (or QR code), and what the link could tell them.
-- The link used to lead straight to the shop's fair page, which answered "not found" to anyone not yet
-- invited; now it lands on a page that says whose fair it is and what to do, and each visit is kept so the
-- brand sees how far its invitation travelled.
CREATE TABLE fair_invitation_visit (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fair_id    BIGINT      NOT NULL,
    store_id   BIGINT      NULL,
    visited_at DATETIME(6) NOT NULL,
    outcome    VARCHAR(16) NOT NULL,
    CONSTRAINT fk_invitation_visit_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
    CONSTRAINT fk_invitation_visit_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT ck_invitation_visit_outcome CHECK (outcome IN ('SIGNED_OUT', 'INVITED', 'NOT_VERIFIED', 'NOT_INVITED', 'NOT_A_SHOP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_invitation_visit_fair ON fair_invitation_visit (fair_id, visited_at);
