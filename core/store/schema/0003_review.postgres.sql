CREATE FUNCTION judgements_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM examples WHERE id = OLD.example_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'judgements are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER judgements_append_only BEFORE UPDATE OR DELETE ON judgements
FOR EACH ROW EXECUTE FUNCTION judgements_append_only();
