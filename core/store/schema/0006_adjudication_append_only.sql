-- Schema version 6: gold values (adjudications) are append-only, like judgements; the dialect files hold
-- the triggers. An index for the queue's "latest gold per example and criterion".

CREATE INDEX adjudications_example ON adjudications(example_id, criterion, id);
