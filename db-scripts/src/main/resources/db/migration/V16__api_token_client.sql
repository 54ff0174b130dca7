-- Version 16: a shop sees its API tokens and revokes them; each says which client asked for it (the
-- User-Agent it sent, shortened) so one can be told from another. Expired tokens are purged by the hour.
ALTER TABLE api_token ADD COLUMN client VARCHAR(120) NULL AFTER token_hash;
CREATE INDEX ix_api_token_user ON api_token (user_id, expires_at);
CREATE INDEX ix_api_token_expiry ON api_token (expires_at);
