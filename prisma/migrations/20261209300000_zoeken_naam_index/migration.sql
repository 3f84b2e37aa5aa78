-- Issue 23: search by name at 1,000,000 households. "Naima Boersma" is `achternaam ILIKE '%Boersma%' AND voornamen
-- ILIKE 'Naima%'`; the trigram index on achternaam alone found every Boersma of the city (~32,000 persons) and each
-- was read from the heap to test the voornaam: 72 ms of PostgreSQL per search. One GIN index over both columns
-- intersects the two conditions inside the index (a multicolumn GIN index serves any subset of its columns as well as
-- a single-column one, so the achternaam-only search keeps its index): it replaces the achternaam trigram index.
DROP INDEX "Persoon_achternaam_ilike_trgm";
CREATE INDEX "Persoon_naam_ilike_trgm" ON "Persoon" USING gin ("achternaam" gin_trgm_ops, "voornamen" gin_trgm_ops);
