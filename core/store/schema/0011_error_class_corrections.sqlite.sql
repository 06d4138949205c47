CREATE TRIGGER error_class_corrections_append_only_update BEFORE UPDATE ON error_class_corrections
BEGIN
    SELECT RAISE(ABORT, 'error class corrections are append-only');
END;

CREATE TRIGGER error_class_corrections_append_only_delete BEFORE DELETE ON error_class_corrections
WHEN (SELECT COUNT(*) FROM rounds WHERE id = OLD.round_id) > 0
BEGIN
    SELECT RAISE(ABORT, 'error class corrections are append-only');
END;
