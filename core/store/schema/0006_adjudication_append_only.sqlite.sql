CREATE TRIGGER adjudications_append_only_update BEFORE UPDATE ON adjudications
BEGIN
    SELECT RAISE(ABORT, 'gold values are append-only');
END;

CREATE TRIGGER adjudications_append_only_delete BEFORE DELETE ON adjudications
WHEN (SELECT COUNT(*) FROM examples WHERE id = OLD.example_id) > 0
BEGIN
    SELECT RAISE(ABORT, 'gold values are append-only');
END;
