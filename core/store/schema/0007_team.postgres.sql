-- Other workbenches on the same database hear about changes through LISTEN wb_changes; the payload
-- is the table's name. Statement-level, so a bulk insert sends one notification.
CREATE FUNCTION wb_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('wb_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER judgements_notify AFTER INSERT OR UPDATE OR DELETE ON judgements
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON annotations
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
CREATE TRIGGER adjudications_notify AFTER INSERT OR UPDATE OR DELETE ON adjudications
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
CREATE TRIGGER pairwise_judgements_notify AFTER INSERT OR UPDATE OR DELETE ON pairwise_judgements
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
-- A runner's heartbeat (runner_heartbeat) is no news.
CREATE TRIGGER campaigns_notify AFTER INSERT OR DELETE OR UPDATE OF name, config_json, status, notes, runner_id ON campaigns
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
CREATE TRIGGER examples_notify AFTER INSERT OR UPDATE OR DELETE ON examples
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
CREATE TRIGGER rounds_notify AFTER INSERT OR UPDATE OR DELETE ON rounds
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON settings
FOR EACH STATEMENT EXECUTE FUNCTION wb_notify_change();
