-- Schema version 2: campaigns, examples, debug rounds, logs, artifacts, LLM calls, content-addressed blobs.

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,            -- of the uncompressed content
    size_bytes BIGINT NOT NULL,         -- uncompressed size
    compression TEXT NOT NULL,          -- none | zlib
    data @BLOB@ NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE campaigns (
    id @ID@,
    name TEXT NOT NULL,
    config_json TEXT NOT NULL,          -- models per stage, executor, limits, round cap, budget
    status TEXT NOT NULL DEFAULT 'draft',  -- draft | running | paused | finished | cancelled
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    notes TEXT
);

CREATE TABLE examples (
    id @ID@,
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    commit_sha TEXT NOT NULL,           -- the commit this example was distilled from
    status TEXT NOT NULL DEFAULT 'PENDING', -- PENDING | RUNNING | SUCCESS | FAILED | ERROR | CANCELLED
    status_reason TEXT,
    stage TEXT,                         -- summary | classify | select | generate | execute | judge | repair
    summary_json TEXT,                  -- repository_summary: description, highly_relevant_files
    selection_blob TEXT REFERENCES blobs(sha256), -- exactly what went into the generation prompt
    rounds_executed INTEGER NOT NULL DEFAULT 0,
    cost_usd DOUBLE PRECISION NOT NULL DEFAULT 0,
    started_at BIGINT,
    finished_at BIGINT,
    UNIQUE (campaign_id, repository_id)
);
CREATE INDEX examples_repository ON examples(repository_id);

-- LLM classification of one file for one example (the fast model differs between campaigns).
CREATE TABLE file_classifications (
    id @ID@,
    example_id BIGINT NOT NULL REFERENCES examples(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    classification TEXT,
    description TEXT,
    important_information TEXT,
    computational_requirements TEXT,
    highly_relevant_files_json TEXT,
    how_relevant_rating INTEGER,
    stand_alone_example INTEGER,
    needs_gpu INTEGER,
    file_tokens INTEGER,
    is_truncated INTEGER NOT NULL DEFAULT 0,
    in_prompt INTEGER NOT NULL DEFAULT 0,  -- went into the generation prompt
    llm_call_id BIGINT,
    UNIQUE (example_id, path)
);

CREATE TABLE rounds (
    id @ID@,
    example_id BIGINT NOT NULL REFERENCES examples(id) ON DELETE CASCADE,
    round_index INTEGER NOT NULL,       -- 1-based
    origin TEXT NOT NULL,               -- generated | repaired | human | imported
    main_py_blob TEXT REFERENCES blobs(sha256),
    requirements_blob TEXT REFERENCES blobs(sha256),
    run_sh_blob TEXT REFERENCES blobs(sha256),
    metadata_blob TEXT REFERENCES blobs(sha256),
    executed INTEGER NOT NULL DEFAULT 0,   -- 0: a repair that never ran
    executor TEXT,
    exit_code INTEGER,
    setup_exit_code INTEGER,
    timed_out INTEGER NOT NULL DEFAULT 0,
    started_at BIGINT,
    finished_at BIGINT,
    duration_ms BIGINT,
    verdict_json TEXT,                  -- judge_verdict
    is_finished INTEGER,
    error_class TEXT,                   -- environment | dependency | api_misuse | scientific | timeout | other
    issues_identified_json TEXT,
    changes_made_json TEXT,
    cost_usd DOUBLE PRECISION NOT NULL DEFAULT 0,
    UNIQUE (example_id, round_index)
);

CREATE TABLE round_logs (
    id @ID@,
    round_id BIGINT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    phase TEXT NOT NULL,                -- setup | run | system
    stream TEXT NOT NULL,               -- stdout | stderr | system
    at_ms BIGINT NOT NULL,
    line TEXT NOT NULL
);
CREATE INDEX round_logs_round ON round_logs(round_id, seq);

CREATE TABLE artifacts (
    id @ID@,
    round_id BIGINT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    name TEXT NOT NULL,                 -- relative path inside the round directory
    mime TEXT,
    size_bytes BIGINT NOT NULL,
    blob_sha TEXT REFERENCES blobs(sha256),  -- NULL when too large to keep
    UNIQUE (round_id, name)
);

CREATE TABLE llm_calls (
    id @ID@,
    example_id BIGINT REFERENCES examples(id) ON DELETE SET NULL,
    round_id BIGINT REFERENCES rounds(id) ON DELETE SET NULL,
    stage TEXT NOT NULL,                -- repository_summary | file_classification | example_generation | judge_verdict | example_repair
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    request_id TEXT,
    input_tokens BIGINT,
    cached_input_tokens BIGINT,
    cache_write_tokens BIGINT,
    output_tokens BIGINT,
    reasoning_tokens BIGINT,
    cost_usd DOUBLE PRECISION,
    latency_ms BIGINT,
    status TEXT NOT NULL,               -- ok | error | cancelled | cached
    error TEXT,
    request_blob TEXT REFERENCES blobs(sha256),
    response_blob TEXT REFERENCES blobs(sha256),
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX llm_calls_example ON llm_calls(example_id);
CREATE INDEX llm_calls_hash ON llm_calls(request_hash);
