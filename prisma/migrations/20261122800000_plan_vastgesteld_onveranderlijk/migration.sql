-- The ondersteuningsplan (issue 6). DOMAIN.md §2: "A vastgesteld plan is binding for all parties; changes make a new
-- version." The database keeps that promise itself: once a PlanVersie is VASTGESTELD (or later) its content and its
-- parts (PlanVraag, Doel, Actie, ArrangementItem) no longer change. Proven by tests/integration/plan-bevroren.test.ts.
--
-- What stays allowed on a vastgestelde version:
-- - inserting the parts of a version in the same transaction that created it (a version born vastgesteld, as a bulk
--   import such as the demo seed writes it: one transaction, parent first);
-- - status moves between the frozen states (VASTGESTELD → IN_UITVOERING → GEEVALUEERD → VERVANGEN), never back to
--   CONCEPT or TER_AKKOORD;
-- - "version" and "updatedAt" (the optimistic lock and its timestamp move with every status change);
-- - "evaluatieDatum": the planned evaluation moves when an evaluation decides to continue (voortzetten, op- of
--   afschalen) and sets the next date; the evaluations themselves are rows of their own (Evaluatie, DoelEvaluatie);
-- - Actie.status alone: the progress of an action during uitvoering (open, bezig, gedaan, vervallen) is a fact about
--   the execution, not part of what was agreed. Who, what, by when and for which goal stay fixed; every status change
--   is written to the access log by the use case (lib/server/plan/update-actie-status.ts).

-- Maatwerk: the leveringsvorm (zorg in natura or pgb) chosen with the household, carried into the aanvraag.
ALTER TABLE "ArrangementItem" ADD COLUMN "leveringsvorm" "Leveringsvorm";

CREATE FUNCTION plan_status_bevroren(s "PlanStatus") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT s IN ('VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN')
$$;

CREATE FUNCTION plan_versie_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT plan_status_bevroren(OLD."status") THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
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

CREATE TRIGGER "PlanVersie_vastgesteld_onveranderlijk" BEFORE UPDATE OR DELETE ON "PlanVersie"
  FOR EACH ROW EXECUTE FUNCTION plan_versie_onveranderlijk();

-- The parts of a version. The parent row is read FOR SHARE, so a concurrent vaststellen waits until this change is
-- committed (or the change waits until the version is vastgesteld, and is then refused).
CREATE FUNCTION plan_onderdeel_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER "PlanVraag_vastgesteld_onveranderlijk" BEFORE INSERT OR UPDATE OR DELETE ON "PlanVraag"
  FOR EACH ROW EXECUTE FUNCTION plan_onderdeel_onveranderlijk();
CREATE TRIGGER "Doel_vastgesteld_onveranderlijk" BEFORE INSERT OR UPDATE OR DELETE ON "Doel"
  FOR EACH ROW EXECUTE FUNCTION plan_onderdeel_onveranderlijk();
CREATE TRIGGER "Actie_vastgesteld_onveranderlijk" BEFORE INSERT OR UPDATE OR DELETE ON "Actie"
  FOR EACH ROW EXECUTE FUNCTION plan_onderdeel_onveranderlijk();
CREATE TRIGGER "ArrangementItem_vastgesteld_onveranderlijk" BEFORE INSERT OR UPDATE OR DELETE ON "ArrangementItem"
  FOR EACH ROW EXECUTE FUNCTION plan_onderdeel_onveranderlijk();
