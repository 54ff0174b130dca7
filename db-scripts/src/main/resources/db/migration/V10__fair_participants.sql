-- Version 10: shops that joined a fair (opened its page while it ran), for the brand's live dashboard.
CREATE TABLE fair_participant (
    fair_id   BIGINT      NOT NULL,
    store_id  BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    PRIMARY KEY (fair_id, store_id),
    CONSTRAINT fk_fair_participant_fair FOREIGN KEY (fair_id) REFERENCES fair (id),
    CONSTRAINT fk_fair_participant_store FOREIGN KEY (store_id) REFERENCES store (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
