-- Issue 17: legal terms as the Algemene termijnenwet (Atw) counts them, in SQL exactly as lib/domain/termijnwet.ts and
-- lib/domain/deadlines.ts (berekenTermijn) count them; tests/integration/termijnwet-sql.test.ts holds the two equal.

-- Atw art. 3 lid 3: days a Royal Decree sets equal to the feestdagen, a few years at a time. National law, so one
-- list for every gemeente; beheer keeps it (Beheer › Feestdagen) with the source of each day.
CREATE TABLE "Besluitdag" (
  "id" UUID NOT NULL,
  "datum" DATE NOT NULL,
  "naam" TEXT NOT NULL,
  "bron" TEXT NOT NULL,
  "toegevoegdDoorId" UUID,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Besluitdag_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Besluitdag_naam_check" CHECK (length(btrim("naam")) > 0),
  CONSTRAINT "Besluitdag_bron_check" CHECK (length(btrim("bron")) > 0)
);
CREATE UNIQUE INDEX "Besluitdag_datum_key" ON "Besluitdag"("datum");

-- The decree in force (BESLUITDAGEN_2026_2028 in lib/domain/termijnwet.ts).
INSERT INTO "Besluitdag" ("id", "datum", "naam", "bron") VALUES
  (gen_random_uuid(), '2026-01-02', 'Vrijdag na Nieuwjaarsdag', 'Besluit gelijkstelling dagen Algemene termijnenwet 2026, 2027 en 2028 (Atw art. 3 lid 3)'),
  (gen_random_uuid(), '2026-05-15', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling dagen Algemene termijnenwet 2026, 2027 en 2028 (Atw art. 3 lid 3)'),
  (gen_random_uuid(), '2027-05-07', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling dagen Algemene termijnenwet 2026, 2027 en 2028 (Atw art. 3 lid 3)'),
  (gen_random_uuid(), '2028-04-28', 'Vrijdag na Koningsdag', 'Besluit gelijkstelling dagen Algemene termijnenwet 2026, 2027 en 2028 (Atw art. 3 lid 3)'),
  (gen_random_uuid(), '2028-05-26', 'Vrijdag na Hemelvaartsdag', 'Besluit gelijkstelling dagen Algemene termijnenwet 2026, 2027 en 2028 (Atw art. 3 lid 3)');

-- Easter Sunday: the anonymous Gregorian algorithm (Meeus), as `pasen` in lib/domain/termijnwet.ts. All operands are
-- non-negative, so integer division truncates as Math.floor does.
CREATE FUNCTION pasen(p_jaar int) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  a int := p_jaar % 19;
  b int := p_jaar / 100;
  c int := p_jaar % 100;
  d int; e int; f int; g int; h int; i int; k int; l int; m int;
BEGIN
  d := b / 4; e := b % 4; f := (b + 8) / 25; g := (b - f + 1) / 3;
  h := (19 * a + b - d - g + 15) % 30;
  i := c / 4; k := c % 4;
  l := (32 + 2 * e + 2 * i - h - k) % 7;
  m := (a + 11 * h + 22 * l) / 451;
  RETURN make_date(p_jaar, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
END
$$;

-- Not a day a term may end on (isVrijeDag): Saturday, Sunday, a feestdag of Atw art. 3 lid 1, or one of p_besluitdagen.
-- plpgsql with early returns and only simple expressions (no query per call): a queue of a thousand aanvragen asks this
-- a few thousand times. atw_einde reads the Besluitdag table once and passes it in.
CREATE FUNCTION atw_vrij_op(p_dag date, p_besluitdagen date[]) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  v_jaar int := EXTRACT(YEAR FROM p_dag)::int;
  v_maand int := EXTRACT(MONTH FROM p_dag)::int;
  v_dag int := EXTRACT(DAY FROM p_dag)::int;
  v_pasen date;
BEGIN
  IF EXTRACT(ISODOW FROM p_dag) IN (6, 7) THEN RETURN true; END IF;
  IF (v_maand = 1 AND v_dag = 1) OR (v_maand = 5 AND v_dag = 5) OR (v_maand = 12 AND v_dag IN (25, 26)) THEN RETURN true; END IF;
  -- Koningsdag: 27 April, or 26 April when the 27th is a Sunday (then the 26th is a Saturday, caught above).
  IF v_maand = 4 AND v_dag = 27 THEN RETURN true; END IF;
  IF v_maand BETWEEN 3 AND 6 THEN
    v_pasen := pasen(v_jaar);
    IF p_dag - v_pasen IN (-2, 1, 39, 50) THEN RETURN true; END IF;
  END IF;
  RETURN p_dag = ANY(p_besluitdagen);
END
$$;

CREATE FUNCTION atw_vrij(p_dag date) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT atw_vrij_op(p_dag, ARRAY(SELECT b."datum" FROM "Besluitdag" b))
$$;

-- atwEinde: a term of p_dagen days from p_start (the event's day) that would end on p_einde. Art. 1: an end on a
-- vrije dag runs to the next working day. Art. 2 (terms of 3 days or more): at least two working days from the day
-- after p_start to the end; the end is a working day after p_start, so one more working day before it suffices, else
-- the term runs to the second working day after p_start.
CREATE FUNCTION atw_einde(p_start date, p_einde date, p_dagen int) RETURNS date
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  v_besluit date[] := ARRAY(SELECT b."datum" FROM "Besluitdag" b);
  v_einde date := p_einde;
  v_dag date;
BEGIN
  WHILE atw_vrij_op(v_einde, v_besluit) LOOP
    v_einde := v_einde + 1;
  END LOOP;
  IF p_dagen >= 3 THEN
    v_dag := v_einde - 1;
    WHILE v_dag > p_start AND atw_vrij_op(v_dag, v_besluit) LOOP
      v_dag := v_dag - 1;
    END LOOP;
    IF v_dag <= p_start THEN
      -- no working day before the end: the end is the first one, the term runs to the second
      v_einde := v_einde + 1;
      WHILE atw_vrij_op(v_einde, v_besluit) LOOP
        v_einde := v_einde + 1;
      END LOOP;
    END IF;
  END IF;
  RETURN v_einde;
END
$$;

-- berekenTermijn of lib/domain/deadlines.ts: start + term, moved by the opschortingen (van up to but not including tot,
-- an open one until p_vandaag, clipped to the start, overlapping or touching ones merged, one that begins after the
-- term ran out ignored), then by the Atw; the verdaging is added after the Atw, as given (see berekenTermijn why).
-- p_van/p_tot: the opschortingen, tot null while open, in any order.
CREATE FUNCTION termijn_uiterlijk(p_start date, p_dagen int, p_verdaging int, p_vandaag date, p_van date[], p_tot date[]) RETURNS date
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  v_einde date := p_start + p_dagen;
  v_van date; -- the merged interval being built
  v_tot date;
  r record;
BEGIN
  FOR r IN
    SELECT GREATEST(o.van, p_start) AS van, COALESCE(o.tot, p_vandaag) AS tot
    FROM unnest(p_van, p_tot) AS o(van, tot)
    WHERE COALESCE(o.tot, p_vandaag) > GREATEST(o.van, p_start)
    ORDER BY 1
  LOOP
    IF v_van IS NOT NULL AND r.van <= v_tot THEN
      v_tot := GREATEST(v_tot, r.tot);
    ELSE
      IF v_van IS NOT NULL THEN
        IF v_van > atw_einde(p_start, v_einde, p_dagen) + p_verdaging THEN
          RETURN atw_einde(p_start, v_einde, p_dagen) + p_verdaging; -- the term had run out before this opschorting began
        END IF;
        v_einde := v_einde + (v_tot - v_van);
      END IF;
      v_van := r.van;
      v_tot := r.tot;
    END IF;
  END LOOP;
  IF v_van IS NOT NULL AND v_van <= atw_einde(p_start, v_einde, p_dagen) + p_verdaging THEN
    v_einde := v_einde + (v_tot - v_van);
  END IF;
  RETURN atw_einde(p_start, v_einde, p_dagen) + p_verdaging;
END
$$;

-- The beslistermijn of an aanvraag: now with the verdaging apart from the term (the Atw moves the one, not the other).
DROP FUNCTION aanvraag_uiterlijk(uuid, date, int, date);
CREATE FUNCTION aanvraag_uiterlijk(p_aanvraag uuid, p_start date, p_dagen int, p_verdaging int, p_vandaag date) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT termijn_uiterlijk(p_start, p_dagen, p_verdaging, p_vandaag,
                           COALESCE(array_agg(o."van"), '{}'::date[]), COALESCE(array_agg(o."tot"), '{}'::date[]))
  FROM "Opschorting" o WHERE o."aanvraagId" = p_aanvraag
$$;

-- The onderzoek term of a casus (Wmo 2015 art. 2.3.2: six weeks from the melding), moved by the casus's opschortingen:
-- onderzoekUiterlijk of lib/domain/werkvoorraad.ts and the dossier's, for the rapportage.
CREATE FUNCTION casus_uiterlijk(p_casus uuid, p_start date, p_dagen int, p_vandaag date) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT termijn_uiterlijk(p_start, p_dagen, 0, p_vandaag,
                           COALESCE(array_agg(o."van"), '{}'::date[]), COALESCE(array_agg(o."tot"), '{}'::date[]))
  FROM "Opschorting" o WHERE o."casusId" = p_casus
$$;

-- The bezwaar term stored on a sent beschikking (ZGW uiterlijkeReactiedatum, Awb 6:7 and 6:8) moves with the rule: keep
-- the term in days it was computed with, so that it can be recomputed when beheer changes the Besluitdagen.
ALTER TABLE "Beschikking" ADD COLUMN "bezwaarTermijnDagen" INTEGER;
UPDATE "Beschikking" SET "bezwaarTermijnDagen" = "uiterlijkeReactiedatum" - "verzenddatum"
WHERE "verzenddatum" IS NOT NULL AND "uiterlijkeReactiedatum" IS NOT NULL;

-- Recompute the stored bezwaar terms of beschikkingen sent on or after p_vanaf (all: NULL); returns how many changed.
CREATE FUNCTION herbereken_bezwaartermijnen(p_vanaf date) RETURNS int
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_aantal int;
BEGIN
  UPDATE "Beschikking" b
  SET "uiterlijkeReactiedatum" = atw_einde(b."verzenddatum", b."verzenddatum" + b."bezwaarTermijnDagen", b."bezwaarTermijnDagen")
  WHERE b."verzenddatum" IS NOT NULL AND b."bezwaarTermijnDagen" IS NOT NULL
    AND (p_vanaf IS NULL OR b."verzenddatum" >= p_vanaf)
    AND b."uiterlijkeReactiedatum" IS DISTINCT FROM atw_einde(b."verzenddatum", b."verzenddatum" + b."bezwaarTermijnDagen", b."bezwaarTermijnDagen");
  GET DIAGNOSTICS v_aantal = ROW_COUNT;
  RETURN v_aantal;
END
$$;

SELECT herbereken_bezwaartermijnen(NULL);

-- One calendar day (issue 17): timestamps are stored as UTC `timestamp(3)`; the day they fall on is the Amsterdam day
-- (toCalendarDay of lib/domain/dates.ts), and an Amsterdam day begins at its Amsterdam midnight.
CREATE FUNCTION amsterdam_dag(p_moment timestamp) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((p_moment AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date
$$;
CREATE FUNCTION amsterdam_middernacht(p_dag date) RETURNS timestamp
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT (p_dag::timestamp AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC'
$$;

-- Mijn werkvoorraad now shows the beslistermijn of the open aanvragen of the casussen in regie.
CREATE INDEX "Aanvraag_casusId_status_idx" ON "Aanvraag"("casusId", "status");
