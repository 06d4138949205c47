CREATE FUNCTION error_class_corrections_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM rounds WHERE id = OLD.round_id) THEN
        RETURN OLD;   -- the round is being removed: its corrections go with it
    END IF;
    RAISE EXCEPTION 'error class corrections are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER error_class_corrections_append_only BEFORE UPDATE OR DELETE ON error_class_corrections
FOR EACH ROW EXECUTE FUNCTION error_class_corrections_append_only();
