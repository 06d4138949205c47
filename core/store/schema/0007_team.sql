-- Schema version 7: team workspaces (several workbenches on one database).

-- Judgements stay append-only; a judgement is superseded at most once, so two workbenches of the same
-- annotator that record at the same moment cannot fork the history: the second insert fails and is
-- retried on top of the first.
CREATE UNIQUE INDEX judgements_superseded_once ON judgements(supersedes_id) WHERE supersedes_id IS NOT NULL;
-- Likewise each history has one first judgement per annotator and scope (the example, or one round).
CREATE UNIQUE INDEX judgements_one_first ON judgements(example_id, annotator, COALESCE(round_id, 0)) WHERE supersedes_id IS NULL;

-- The workbench that runs a campaign holds a claim with a heartbeat, so two machines never run the
-- same campaign at once; a claim whose heartbeat is stale (the machine died) may be taken over.
ALTER TABLE campaigns ADD COLUMN runner_id TEXT;
ALTER TABLE campaigns ADD COLUMN runner_heartbeat BIGINT;
