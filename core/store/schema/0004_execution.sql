-- Schema version 4: how each execution ended, where it ran, and failed classification calls.

ALTER TABLE rounds ADD COLUMN outcome TEXT;          -- completed | setup_failed | timed_out | output_limit | cancelled | error
ALTER TABLE rounds ADD COLUMN outcome_message TEXT;
ALTER TABLE rounds ADD COLUMN round_dir TEXT;
ALTER TABLE file_classifications ADD COLUMN error TEXT;
CREATE INDEX llm_calls_round ON llm_calls(round_id);
