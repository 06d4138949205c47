-- Schema version 13: the static relevance ranking's continuous score (files are ordered by it; prior
-- stays as its band 1-5 for colour) and whether the root README names the file (always classified).
-- Inventories taken before keep score 0 and are ordered by their band, as before.
ALTER TABLE files ADD COLUMN prior_score DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE files ADD COLUMN readme_named INTEGER NOT NULL DEFAULT 0;
CREATE INDEX files_ranking ON files(repository_id, prior_score DESC, prior DESC);
