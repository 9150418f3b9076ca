-- Requests and deadlines (issue 9): one request model for every right. The features that act at once
-- (exports, erasures, corrections, privacy-choice opt-outs) keep their own tables; these triggers
-- mirror each of their rows into privacy_requests, with a timeline entry per status change, in the
-- same transaction, so no code path can create or finish one without its request. The backfill
-- at the end moves the rows made before this migration onto the model.
CREATE SEQUENCE IF NOT EXISTS privacy_request_number;
--> statement-breakpoint
CREATE FUNCTION next_request_reference(received timestamptz) RETURNS text LANGUAGE sql AS $$
  SELECT 'REQ-' || to_char(received AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('privacy_request_number')::text, 6, '0')
$$;
--> statement-breakpoint
-- Upserts the mirror of a feature's row; appends a timeline entry when the status is new or changed.
CREATE FUNCTION mirror_feature_request(
  p_origin text, p_origin_id uuid, p_customer uuid, p_type text, p_status text, p_language text,
  p_received timestamptz, p_at timestamptz, p_actor text, p_note text
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
  v_old text;
  v_final boolean := p_status IN ('completed', 'partially-completed', 'rejected', 'cancelled');
BEGIN
  SELECT id, status INTO v_id, v_old FROM privacy_requests WHERE origin = p_origin AND origin_id = p_origin_id FOR UPDATE;
  IF v_id IS NULL THEN
    INSERT INTO privacy_requests (reference, customer_id, type, status, origin, origin_id, language, received_at,
                                  acknowledged_at, identity_verified_at, identity_method, closed_at)
    VALUES (next_request_reference(p_received), p_customer, p_type, p_status, p_origin, p_origin_id, p_language, p_received,
            p_received, p_received, 'signed-in', CASE WHEN v_final THEN p_at END)
    RETURNING id INTO v_id;
    INSERT INTO request_events (request_id, at, kind, status, actor_kind, note) VALUES (v_id, p_received, 'filed', p_status, p_actor, NULL);
    IF p_at > p_received AND v_final THEN
      INSERT INTO request_events (request_id, at, kind, status, actor_kind, note) VALUES (v_id, p_at, 'status-changed', p_status, 'system', p_note);
    END IF;
  ELSIF v_old IS DISTINCT FROM p_status THEN
    UPDATE privacy_requests SET status = p_status, closed_at = CASE WHEN v_final THEN p_at ELSE NULL END WHERE id = v_id;
    INSERT INTO request_events (request_id, at, kind, status, actor_kind, note) VALUES (v_id, p_at, 'status-changed', p_status, 'system', p_note);
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION mirror_export_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mirror_feature_request('export', NEW.id, NEW.customer_id, 'access',
    CASE NEW.status WHEN 'ready' THEN 'completed' WHEN 'expired' THEN 'completed' WHEN 'failed' THEN 'cancelled'
                    WHEN 'cancelled' THEN 'cancelled' ELSE 'in-progress' END,
    NEW.language, NEW.created_at, coalesce(NEW.completed_at, NEW.created_at), 'customer',
    CASE NEW.status WHEN 'failed' THEN 'The export failed; a new one can be requested.' END);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER data_exports_mirror_request AFTER INSERT OR UPDATE OF status ON data_exports
  FOR EACH ROW EXECUTE FUNCTION mirror_export_request();
--> statement-breakpoint
CREATE FUNCTION mirror_erasure_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.customer_id IS NULL THEN RETURN NULL; END IF; -- the account shell is gone: the request stays as it was
  PERFORM mirror_feature_request('erasure', NEW.id, NEW.customer_id, 'erasure',
    CASE NEW.status WHEN 'scheduled' THEN 'received' WHEN 'completed' THEN 'completed' WHEN 'cancelled' THEN 'cancelled'
                    ELSE 'in-progress' END,
    NEW.language, NEW.created_at,
    coalesce(NEW.completed_at, NEW.cancelled_at, NEW.started_at, NEW.created_at),
    CASE WHEN NEW.reason = 'customer-request' THEN 'customer' ELSE 'system' END, NULL);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER erasure_requests_mirror_request AFTER INSERT OR UPDATE OF status ON erasure_requests
  FOR EACH ROW EXECUTE FUNCTION mirror_erasure_request();
--> statement-breakpoint
CREATE FUNCTION mirror_rectification_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mirror_feature_request('rectification', NEW.id, NEW.customer_id, 'rectification',
    CASE NEW.status WHEN 'resolved' THEN 'completed' WHEN 'rejected' THEN 'rejected' ELSE 'received' END,
    (SELECT language FROM customers WHERE id = NEW.customer_id), NEW.created_at, coalesce(NEW.resolved_at, NEW.created_at), 'customer', NULL);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER rectification_requests_mirror_request AFTER INSERT OR UPDATE OF status ON rectification_requests
  FOR EACH ROW EXECUTE FUNCTION mirror_rectification_request();
--> statement-breakpoint
-- An opt-out under "Your Privacy Choices" is honoured at once: a request completed when it is made.
CREATE FUNCTION mirror_privacy_choice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind <> 'privacy-choice' OR NEW.granted THEN RETURN NULL; END IF;
  PERFORM mirror_feature_request('privacy-choice', gen_random_uuid(), NEW.customer_id,
    CASE NEW.purpose WHEN 'sale-or-sharing' THEN 'do-not-sell-or-share' WHEN 'sensitive-data-use' THEN 'limit-sensitive'
                     ELSE 'shine-the-light' END,
    'completed', (SELECT language FROM customers WHERE id = NEW.customer_id), NEW.occurred_at, NEW.occurred_at,
    CASE WHEN NEW.actor LIKE 'customer:%' THEN 'customer' WHEN NEW.actor LIKE 'staff:%' THEN 'staff' ELSE 'system' END, NULL);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER consent_ledger_mirror_privacy_choice AFTER INSERT ON consent_ledger
  FOR EACH ROW EXECUTE FUNCTION mirror_privacy_choice();
--> statement-breakpoint
-- The timeline is evidence of how a request was handled: never rewritten (the owner included), and
-- the application's role may not even try. Rows go only with their request (ON DELETE CASCADE).
CREATE FUNCTION request_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM privacy_requests WHERE id = OLD.request_id) THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'request_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER request_events_no_update BEFORE UPDATE OR DELETE ON request_events
  FOR EACH ROW EXECUTE FUNCTION request_events_append_only();
--> statement-breakpoint
CREATE TRIGGER request_events_no_truncate BEFORE TRUNCATE ON request_events
  FOR EACH STATEMENT EXECUTE FUNCTION request_events_append_only();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON request_events FROM custodia_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE privacy_request_number TO custodia_app;
--> statement-breakpoint
-- Backfill: the rows made before requests existed, oldest first so references follow arrival.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM data_exports ORDER BY created_at LOOP
    PERFORM mirror_feature_request('export', r.id, r.customer_id, 'access',
      CASE r.status WHEN 'ready' THEN 'completed' WHEN 'expired' THEN 'completed' WHEN 'failed' THEN 'cancelled'
                    WHEN 'cancelled' THEN 'cancelled' ELSE 'in-progress' END,
      r.language, r.created_at, coalesce(r.completed_at, r.created_at), 'customer', NULL);
  END LOOP;
  FOR r IN SELECT * FROM erasure_requests WHERE customer_id IS NOT NULL ORDER BY created_at LOOP
    PERFORM mirror_feature_request('erasure', r.id, r.customer_id, 'erasure',
      CASE r.status WHEN 'scheduled' THEN 'received' WHEN 'completed' THEN 'completed' WHEN 'cancelled' THEN 'cancelled' ELSE 'in-progress' END,
      r.language, r.created_at, coalesce(r.completed_at, r.cancelled_at, r.started_at, r.created_at),
      CASE WHEN r.reason = 'customer-request' THEN 'customer' ELSE 'system' END, NULL);
  END LOOP;
  FOR r IN SELECT q.*, c.language AS customer_language FROM rectification_requests q JOIN customers c ON c.id = q.customer_id ORDER BY q.created_at LOOP
    PERFORM mirror_feature_request('rectification', r.id, r.customer_id, 'rectification',
      CASE r.status WHEN 'resolved' THEN 'completed' WHEN 'rejected' THEN 'rejected' ELSE 'received' END,
      r.customer_language, r.created_at, coalesce(r.resolved_at, r.created_at), 'customer', NULL);
  END LOOP;
END
$$;
