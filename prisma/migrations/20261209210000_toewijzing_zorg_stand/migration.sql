-- Issue 23: an aanbieder's toewijzingen worklist (/partner/toewijzingen, lib/server/partner/get-partner-toewijzingen.ts)
-- is ordered by where care stands (not started, in care, stopped), then the oldest ingangsdatum. Where care stands was
-- computed from Zorglevering for every running toewijzing of the aanbieder on every view (18,000 at a million
-- households), to count them and to order them. It is stored here, kept by triggers whatever changes it (a
-- Zorglevering inserted, changed or removed), so that the worklist reads its page in order from an index and counts
-- from that index alone; tests/integration/toewijzing-zorg-stand.test.ts holds it to lib/domain zorgStand.
--   0: no Zorglevering (NIET_GESTART), 1: one without einddatum (IN_ZORG), 2: all ended (GESTOPT).
ALTER TABLE "Toewijzing" ADD COLUMN "zorgStand" SMALLINT NOT NULL DEFAULT 0;

CREATE FUNCTION toewijzing_zorg_stand(p_toewijzing uuid) RETURNS smallint
LANGUAGE sql STABLE AS $$
  SELECT (CASE
    WHEN NOT EXISTS (SELECT 1 FROM "Zorglevering" z WHERE z."toewijzingId" = p_toewijzing) THEN 0
    WHEN EXISTS (SELECT 1 FROM "Zorglevering" z WHERE z."toewijzingId" = p_toewijzing AND z."einddatum" IS NULL) THEN 1
    ELSE 2 END)::smallint
$$;

-- The toewijzing itself: computed on insert and whenever the stored value is written (so it cannot be set otherwise).
CREATE FUNCTION toewijzing_zorg_stand_zet() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."zorgStand" := toewijzing_zorg_stand(NEW."id");
  RETURN NEW;
END
$$;
CREATE TRIGGER "Toewijzing_zorg_stand" BEFORE INSERT OR UPDATE OF "id", "zorgStand" ON "Toewijzing"
FOR EACH ROW EXECUTE FUNCTION toewijzing_zorg_stand_zet();

-- Its leveringen: the toewijzing (old and new, should one move) again; writing "zorgStand" fires the trigger above.
CREATE FUNCTION toewijzing_zorg_stand_na_levering() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Toewijzing" SET "zorgStand" = 0 WHERE "id" = OLD."toewijzingId";
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."toewijzingId" IS DISTINCT FROM OLD."toewijzingId") THEN
    UPDATE "Toewijzing" SET "zorgStand" = 0 WHERE "id" = NEW."toewijzingId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Zorglevering_zorg_stand" AFTER INSERT OR UPDATE OF "toewijzingId", "einddatum" OR DELETE ON "Zorglevering"
FOR EACH ROW EXECUTE FUNCTION toewijzing_zorg_stand_na_levering();

-- The toewijzingen there are now.
UPDATE "Toewijzing" t SET "zorgStand" = 0 WHERE EXISTS (SELECT 1 FROM "Zorglevering" z WHERE z."toewijzingId" = t."id");

-- The worklist's order per aanbieder, with what its conditions read (the gemeente, the einddatum that decides whether it
-- still runs): the page is read in order and cut, the count needs no row of the table. Withdrawn ones never run.
CREATE INDEX "Toewijzing_aanbieder_lopend" ON "Toewijzing"("aanbiederId", "zorgStand", "ingangsdatum", "id") INCLUDE ("gemeenteId", "einddatum")
  WHERE "status" <> 'INGETROKKEN';
