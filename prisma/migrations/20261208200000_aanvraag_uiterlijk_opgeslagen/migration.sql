-- Issue 23: the backoffice queue (/aanvragen) computed the legal due date of every open aanvraag in plpgsql on every
-- request to order and count them (5x the floor at 100,000 households, 8x at a million). The due date of an open
-- aanvraag without an open opschorting does not change from day to day, so it is stored here; one with an open
-- opschorting is paused (its date moves each day) and keeps NULL, as does a closed aanvraag: the queue computes those
-- few per request (lib/server/aanvraag/list-aanvragen.ts). Triggers keep the stored date right whatever changes it:
-- the aanvraag (start, wet, verdaging, status), its opschortingen, the gemeente's terms and the Besluitdagen;
-- tests/integration/aanvraag-uiterlijk-opgeslagen.test.ts holds it to the domain's dueDate after each kind of change.
ALTER TABLE "Aanvraag" ADD COLUMN "uiterlijk" DATE;

-- The stored due date of an aanvraag with these values: NULL when it is not open or has an open opschorting, else
-- aanvraag_uiterlijk (which then does not depend on the day: only an open opschorting reads p_vandaag).
CREATE FUNCTION aanvraag_uiterlijk_opgeslagen(p_aanvraag uuid, p_gemeente uuid, p_wet "Wet", p_status "AanvraagStatus", p_start date, p_verdaging int) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_status NOT IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT') THEN NULL
    WHEN EXISTS (SELECT 1 FROM "Opschorting" o WHERE o."aanvraagId" = p_aanvraag AND o."tot" IS NULL) THEN NULL
    ELSE aanvraag_uiterlijk(p_aanvraag, p_start,
                            (SELECT CASE p_wet WHEN 'WMO' THEN g."wmoBeschikkingTermijnDagen" ELSE g."awbBeschikkingTermijnDagen" END
                             FROM "Gemeente" g WHERE g."id" = p_gemeente),
                            COALESCE(p_verdaging, 0), current_date)
  END
$$;

-- The aanvraag itself: on insert, and when a column the date depends on is written.
CREATE FUNCTION aanvraag_uiterlijk_zet() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."uiterlijk" := aanvraag_uiterlijk_opgeslagen(NEW."id", NEW."gemeenteId", NEW."wet", NEW."status", NEW."ontvangenOp", NEW."verdagingDagen");
  RETURN NEW;
END
$$;
CREATE TRIGGER "Aanvraag_uiterlijk" BEFORE INSERT OR UPDATE OF "id", "gemeenteId", "wet", "status", "ontvangenOp", "verdagingDagen", "uiterlijk" ON "Aanvraag"
FOR EACH ROW EXECUTE FUNCTION aanvraag_uiterlijk_zet();

-- Its opschortingen: the aanvraag (old and new, should one move) again.
CREATE FUNCTION aanvraag_uiterlijk_na_opschorting() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."aanvraagId" IS NOT NULL THEN
    UPDATE "Aanvraag" SET "uiterlijk" = NULL WHERE "id" = OLD."aanvraagId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."aanvraagId" IS NOT NULL THEN
    UPDATE "Aanvraag" SET "uiterlijk" = NULL WHERE "id" = NEW."aanvraagId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Opschorting_aanvraag_uiterlijk" AFTER INSERT OR UPDATE OR DELETE ON "Opschorting"
FOR EACH ROW EXECUTE FUNCTION aanvraag_uiterlijk_na_opschorting();

-- The gemeente's own terms: every aanvraag of that gemeente (setting "uiterlijk" fires Aanvraag_uiterlijk, which
-- computes it; only open ones can have a date).
CREATE FUNCTION aanvraag_uiterlijk_na_gemeente() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Aanvraag" SET "uiterlijk" = NULL
  WHERE "gemeenteId" = NEW."id" AND "status" IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT');
  RETURN NULL;
END
$$;
CREATE TRIGGER "Gemeente_aanvraag_uiterlijk" AFTER UPDATE OF "wmoBeschikkingTermijnDagen", "awbBeschikkingTermijnDagen" ON "Gemeente"
FOR EACH ROW WHEN (OLD."wmoBeschikkingTermijnDagen" IS DISTINCT FROM NEW."wmoBeschikkingTermijnDagen"
                OR OLD."awbBeschikkingTermijnDagen" IS DISTINCT FROM NEW."awbBeschikkingTermijnDagen")
EXECUTE FUNCTION aanvraag_uiterlijk_na_gemeente();

-- The Besluitdagen (national law, every gemeente): every open aanvraag, once per statement.
CREATE FUNCTION aanvraag_uiterlijk_na_besluitdag() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Aanvraag" SET "uiterlijk" = NULL WHERE "status" IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT');
  RETURN NULL;
END
$$;
CREATE TRIGGER "Besluitdag_aanvraag_uiterlijk" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Besluitdag"
FOR EACH STATEMENT EXECUTE FUNCTION aanvraag_uiterlijk_na_besluitdag();

-- The rows there are.
UPDATE "Aanvraag" SET "uiterlijk" = NULL;

-- The queue: the stored dates of a gemeente in order (the page's 25 rows and the counts through the index), and the
-- open ones without a stored date (paused) apart.
CREATE INDEX "Aanvraag_gemeenteId_uiterlijk_idx" ON "Aanvraag"("gemeenteId", "uiterlijk", "ontvangenOp") WHERE "uiterlijk" IS NOT NULL;
CREATE INDEX "Aanvraag_gemeenteId_gepauzeerd_idx" ON "Aanvraag"("gemeenteId") WHERE "uiterlijk" IS NULL AND "status" IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT');
