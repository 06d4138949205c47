CREATE TRIGGER judgements_append_only_update BEFORE UPDATE ON judgements
BEGIN
    SELECT RAISE(ABORT, 'judgements are append-only');
END;

CREATE TRIGGER judgements_append_only_delete BEFORE DELETE ON judgements
WHEN (SELECT COUNT(*) FROM examples WHERE id = OLD.example_id) > 0
BEGIN
    SELECT RAISE(ABORT, 'judgements are append-only');
END;
