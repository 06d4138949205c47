-- Schema version 11: an expert's correction of the class the judge gave a round's error (the error
-- taxonomy of the report). Append-only, like judgements: a new correction of a round supersedes the
-- previous one (supersedes_id), the newest is the round's class; the judge's rounds.error_class stays.

CREATE TABLE error_class_corrections (
    id @ID@,
    round_id BIGINT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    annotator TEXT NOT NULL,
    error_class TEXT NOT NULL,          -- none | environment | dependency | api_misuse | scientific | timeout | other
    reason TEXT,
    supersedes_id BIGINT REFERENCES error_class_corrections(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX error_class_corrections_round ON error_class_corrections(round_id, id);
