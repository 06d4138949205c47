CREATE FUNCTION adjudications_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM examples WHERE id = OLD.example_id) THEN
        RETURN OLD;   -- the example is being removed: its gold values go with it
    END IF;
    RAISE EXCEPTION 'gold values are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER adjudications_append_only BEFORE UPDATE OR DELETE ON adjudications
FOR EACH ROW EXECUTE FUNCTION adjudications_append_only();
