-- Issue 9: the legal due date of an aanvraag in SQL, so that the backoffice queue is ordered, filtered, counted and
-- paged by PostgreSQL instead of by computing a thousand due dates in Node.
--
-- aanvraag_uiterlijk is EXACTLY `dueDate` of lib/domain/deadlines.ts for the aanvraag's own opschortingen
-- (tests/integration/aanvraag-uiterlijk-sql.test.ts compares them on generated cases):
--   p_start    the day the term starts (Aanvraag."ontvangenOp");
--   p_dagen    the term plus the verdaging (beschikkingTermDays(wet) + "verdagingDagen");
--   p_vandaag  today's calendar day in Amsterdam (toCalendarDay(today)): an open opschorting counts until then.
-- An opschorting pauses the days from van up to but not including tot; the days before the start do not count
-- (van is clipped to the start), opschortingen that overlap or touch count their days once (merged in van order),
-- and one that begins after the term has already run out does not revive it.
CREATE FUNCTION aanvraag_uiterlijk(p_aanvraag uuid, p_start date, p_dagen int, p_vandaag date) RETURNS date
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  v_due date := p_start + p_dagen;
  v_van date; -- the merged interval being built
  v_tot date;
  r record;
BEGIN
  FOR r IN
    SELECT GREATEST(o."van", p_start) AS van, COALESCE(o."tot", p_vandaag) AS tot
    FROM "Opschorting" o
    WHERE o."aanvraagId" = p_aanvraag AND COALESCE(o."tot", p_vandaag) > GREATEST(o."van", p_start)
    ORDER BY 1
  LOOP
    IF v_van IS NOT NULL AND r.van <= v_tot THEN
      v_tot := GREATEST(v_tot, r.tot);
    ELSE
      IF v_van IS NOT NULL THEN
        IF v_van > v_due THEN
          RETURN v_due; -- the term had run out before this opschorting began
        END IF;
        v_due := v_due + (v_tot - v_van);
      END IF;
      v_van := r.van;
      v_tot := r.tot;
    END IF;
  END LOOP;
  IF v_van IS NOT NULL AND v_van <= v_due THEN
    v_due := v_due + (v_tot - v_van);
  END IF;
  RETURN v_due;
END
$$;
