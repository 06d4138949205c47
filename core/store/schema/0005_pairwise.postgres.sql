CREATE FUNCTION pairwise_judgements_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND (SELECT COUNT(*) FROM examples WHERE id IN (OLD.example_a, OLD.example_b)) < 2 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'pairwise judgements are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pairwise_judgements_append_only BEFORE UPDATE OR DELETE ON pairwise_judgements
FOR EACH ROW EXECUTE FUNCTION pairwise_judgements_append_only();
