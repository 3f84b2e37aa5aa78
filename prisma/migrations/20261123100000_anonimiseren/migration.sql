-- Bewaartermijnen (issue 8): the retention job anonymises closed dossiers past their term, including the texts of
-- vastgestelde plan versions, which the triggers of 20261122800000_plan_vastgesteld_onveranderlijk otherwise refuse
-- to change. The way through is narrow and explicit: only an UPDATE (never a DELETE, an INSERT or a status change),
-- only in a transaction that ran SET LOCAL wijkregie.anonimiseren = 'on' (lib/server/bewaartermijn/anonimiseer-
-- huishouden.ts does so, and nothing else does). Proven by tests/integration/bewaartermijn.test.ts, which also shows
-- that ordinary updates of a frozen version are still refused. The access log stays append-only: no way through.

CREATE FUNCTION anonimiseren_toegestaan() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('wijkregie.anonimiseren', true), '') = 'on'
$$;

CREATE OR REPLACE FUNCTION plan_versie_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT plan_status_bevroren(OLD."status") THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  -- Bewaartermijnen: the retention job may overwrite the texts of a frozen version, never its status or its
  -- existence, and only in a transaction that said so (SET LOCAL wijkregie.anonimiseren = 'on').
  IF TG_OP = 'UPDATE' AND anonimiseren_toegestaan() AND NEW."status" = OLD."status" THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'PlanVersie % is vastgesteld en kan niet worden verwijderd', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'plan_versie_vastgesteld';
  END IF;
  IF NOT plan_status_bevroren(NEW."status") THEN
    RAISE EXCEPTION 'PlanVersie % is vastgesteld en kan niet terug naar %', OLD."id", NEW."status"
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'plan_versie_vastgesteld';
  END IF;
  -- Everything except the allowed columns must stay as it was.
  IF (to_jsonb(NEW) - ARRAY['status', 'version', 'updatedAt', 'evaluatieDatum'])
     IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'version', 'updatedAt', 'evaluatieDatum']) THEN
    RAISE EXCEPTION 'PlanVersie % is vastgesteld: de inhoud verandert niet meer, maak een nieuwe versie', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'plan_versie_vastgesteld';
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION plan_onderdeel_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  oud_status "PlanStatus";
  nieuw_status "PlanStatus";
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT "status" INTO oud_status FROM "PlanVersie" WHERE "id" = OLD."planVersieId" FOR SHARE;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT "status" INTO nieuw_status FROM "PlanVersie" WHERE "id" = NEW."planVersieId" FOR SHARE;
  END IF;
  -- Bewaartermijnen: texts of the parts may be overwritten by the retention job, in place (same version).
  IF TG_OP = 'UPDATE' AND anonimiseren_toegestaan() AND NEW."planVersieId" = OLD."planVersieId" THEN
    RETURN NEW;
  END IF;
  -- Progress of an action on a vastgesteld plan: only Actie.status may change.
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'Actie' AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status') THEN
    RETURN NEW;
  END IF;
  -- A version born vastgesteld (a bulk import such as the demo seed) is assembled in the transaction that creates it:
  -- its parts may be inserted in that same transaction. Once committed, nothing is added any more.
  IF TG_OP = 'INSERT' AND plan_status_bevroren(nieuw_status) AND EXISTS (
    SELECT 1 FROM "PlanVersie" WHERE "id" = NEW."planVersieId" AND "xmin" = pg_current_xact_id_if_assigned()::xid
  ) THEN
    RETURN NEW;
  END IF;
  IF plan_status_bevroren(oud_status) OR plan_status_bevroren(nieuw_status) THEN
    RAISE EXCEPTION '% hoort bij een vastgestelde planversie en verandert niet meer, maak een nieuwe versie', TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'plan_versie_vastgesteld';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
