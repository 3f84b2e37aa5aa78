-- Issue 23: a paused aanvraag (an open opschorting) has no stored due date: it moves each day, so the queue computes
-- it per request (aanvraag_uiterlijk). At 100,000 households that was about 200 of the 1,000 open ones and almost all
-- of the statement's 24 ms. The due date only moves later as the days pass (a longer pause never ends a term sooner,
-- and the Atw only moves an end later), so the date computed on a day is a lower bound for every later day. Stored
-- here with that day; the queue computes today's date only for a paused aanvraag whose lower bound does not already
-- put it past the page shown (lib/server/aanvraag/list-aanvragen.ts). Kept by the same triggers as "uiterlijk".
ALTER TABLE "Aanvraag" ADD COLUMN "uiterlijkMinstens" DATE, ADD COLUMN "uiterlijkMinstensOp" DATE;

CREATE OR REPLACE FUNCTION aanvraag_uiterlijk_zet() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_dag date := amsterdam_dag((now() AT TIME ZONE 'UTC')::timestamp);
  v_dagen int;
BEGIN
  NEW."uiterlijk" := aanvraag_uiterlijk_opgeslagen(NEW."id", NEW."gemeenteId", NEW."wet", NEW."status", NEW."ontvangenOp", NEW."verdagingDagen");
  IF NEW."uiterlijk" IS NULL AND NEW."status" IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT') THEN
    SELECT CASE NEW."wet" WHEN 'WMO' THEN g."wmoBeschikkingTermijnDagen" ELSE g."awbBeschikkingTermijnDagen" END INTO v_dagen
    FROM "Gemeente" g WHERE g."id" = NEW."gemeenteId";
    NEW."uiterlijkMinstens" := aanvraag_uiterlijk(NEW."id", NEW."ontvangenOp", v_dagen, COALESCE(NEW."verdagingDagen", 0), v_dag);
    NEW."uiterlijkMinstensOp" := v_dag;
  ELSE
    NEW."uiterlijkMinstens" := NULL;
    NEW."uiterlijkMinstensOp" := NULL;
  END IF;
  RETURN NEW;
END
$$;

UPDATE "Aanvraag" SET "uiterlijk" = NULL WHERE "status" IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT');
