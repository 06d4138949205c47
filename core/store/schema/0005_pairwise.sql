-- Schema version 5: blind pairwise (A/B) judgements of two campaigns' examples of one repository;
-- an index for finding current judgements.

CREATE TABLE pairwise_judgements (
    id @ID@,
    annotator TEXT NOT NULL,
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    example_a BIGINT NOT NULL REFERENCES examples(id) ON DELETE CASCADE,
    example_b BIGINT NOT NULL REFERENCES examples(id) ON DELETE CASCADE,
    campaign_a BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    campaign_b BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    left_example BIGINT NOT NULL,       -- the example shown on the left (example_a or example_b)
    accuracy TEXT NOT NULL,             -- a | b | tie: in terms of example_a / example_b, not screen sides
    completeness TEXT NOT NULL,
    soundness TEXT NOT NULL,
    seconds_spent INTEGER,
    created_at BIGINT NOT NULL
);
CREATE INDEX pairwise_judgements_annotator ON pairwise_judgements(annotator, example_a, example_b);
CREATE INDEX pairwise_judgements_campaigns ON pairwise_judgements(campaign_a, campaign_b);

-- JudgementStore::current looks for judgements nobody superseded: without this index that is a scan per row.
CREATE INDEX judgements_supersedes ON judgements(supersedes_id);
