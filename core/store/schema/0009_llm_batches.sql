-- Schema version 9: provider batches (OpenAI Batch, Anthropic Message Batches) of a campaign's
-- classification calls, durable across restarts: the provider's batch id, every request by custom_id,
-- and which of them have been answered. llm_calls rows answered from a batch name it (priced at the batch price).

CREATE TABLE llm_batches (
    id @ID@,
    campaign_id BIGINT REFERENCES campaigns(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,              -- file_classification
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    base_url TEXT NOT NULL,
    status TEXT NOT NULL,               -- preparing | uploaded | submitted | ended | failed | cancelled
    provider_batch_id TEXT,             -- NULL until the provider accepted the batch
    input_file_id TEXT,                 -- OpenAI: the uploaded JSONL file
    provider_status TEXT,               -- the provider's own word (validating, in_progress, ended, ...)
    request_count INTEGER NOT NULL,
    succeeded INTEGER NOT NULL DEFAULT 0,
    errored INTEGER NOT NULL DEFAULT 0,
    expired INTEGER NOT NULL DEFAULT 0,
    cancelled INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at BIGINT NOT NULL,
    submitted_at BIGINT,
    ended_at BIGINT,
    collected_at BIGINT                 -- every request answered (from the batch or synchronously)
);
CREATE INDEX llm_batches_campaign ON llm_batches(campaign_id, collected_at);

CREATE TABLE llm_batch_items (
    id @ID@,
    batch_id BIGINT NOT NULL REFERENCES llm_batches(id) ON DELETE CASCADE,
    custom_id TEXT NOT NULL,
    example_id BIGINT REFERENCES examples(id) ON DELETE CASCADE,
    request_blob TEXT NOT NULL REFERENCES blobs(sha256),  -- the LlmRequest as JSON
    request_hash TEXT NOT NULL,         -- the synchronous call's request hash (cache key)
    context_json TEXT,                  -- the caller's data (e.g. path and token count of a classified file)
    state TEXT NOT NULL DEFAULT 'pending', -- pending | done
    outcome TEXT,                       -- succeeded | errored | expired | cancelled | missing | cached | refused
    llm_call_id BIGINT,
    UNIQUE (batch_id, custom_id)
);

ALTER TABLE llm_calls ADD COLUMN batch_id BIGINT REFERENCES llm_batches(id) ON DELETE SET NULL;
