-- Schema version 3: human judgements (append-only), line annotations, adjudications.

CREATE TABLE judgements (
    id @ID@,
    example_id BIGINT NOT NULL REFERENCES examples(id) ON DELETE CASCADE,
    round_id BIGINT REFERENCES rounds(id) ON DELETE CASCADE,  -- NULL: the example as a whole
    annotator TEXT NOT NULL,
    ran_without_error TEXT,             -- yes | no | unsure | NULL (not answered)
    shows_function TEXT,
    function_correct TEXT,
    decision TEXT,                      -- accept | reject | needs_work
    notes TEXT,
    seconds_spent INTEGER,
    blind INTEGER NOT NULL DEFAULT 0,   -- given in blind mode
    supersedes_id BIGINT REFERENCES judgements(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX judgements_example ON judgements(example_id, annotator, created_at);

CREATE TABLE annotations (
    id @ID@,
    round_id BIGINT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    target TEXT NOT NULL,               -- main.py | requirements.txt | run.sh | metadata.json | log
    line INTEGER NOT NULL,              -- 1-based
    body TEXT NOT NULL,
    annotator TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX annotations_round ON annotations(round_id, target, line);

CREATE TABLE adjudications (
    id @ID@,
    example_id BIGINT NOT NULL REFERENCES examples(id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    value TEXT NOT NULL,
    adjudicator TEXT NOT NULL,
    reason TEXT,
    created_at BIGINT NOT NULL
);
