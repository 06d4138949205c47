CREATE TRIGGER pairwise_judgements_append_only_update BEFORE UPDATE ON pairwise_judgements
BEGIN
    SELECT RAISE(ABORT, 'pairwise judgements are append-only');
END;

CREATE TRIGGER pairwise_judgements_append_only_delete BEFORE DELETE ON pairwise_judgements
WHEN (SELECT COUNT(*) FROM examples WHERE id IN (OLD.example_a, OLD.example_b)) = 2
BEGIN
    SELECT RAISE(ABORT, 'pairwise judgements are append-only');
END;
