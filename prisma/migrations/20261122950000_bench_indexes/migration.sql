-- Benchmark (issue 9): the indexes that the query plans at 100,000 households ask for (bench/explain.ts lists every
-- statement of the measured pages with its plan; bench/README.md). Each replaced a sequential scan of the whole table.

-- The dossier and the plan read a version's parts by their parent: the acties and the evaluations of each doel, the
-- vragen of a version, the evaluations of a version.
CREATE INDEX "Actie_doelId_idx" ON "Actie"("doelId");
CREATE INDEX "DoelEvaluatie_doelId_idx" ON "DoelEvaluatie"("doelId");
CREATE INDEX "DoelEvaluatie_evaluatieId_idx" ON "DoelEvaluatie"("evaluatieId");
CREATE INDEX "PlanVraag_planVersieId_idx" ON "PlanVraag"("planVersieId");
CREATE INDEX "Evaluatie_planVersieId_idx" ON "Evaluatie"("planVersieId");

-- The gesprek form reads the mantelzorgers and the network of a gesprek.
CREATE INDEX "Mantelzorg_gesprekId_idx" ON "Mantelzorg"("gesprekId");
CREATE INDEX "NetwerkRelatie_gesprekId_idx" ON "NetwerkRelatie"("gesprekId");

-- The veiligheid tab and the tijdlijn read a household's veiligheidsanalyses.
CREATE INDEX "Veiligheidsanalyse_huishoudenId_idx" ON "Veiligheidsanalyse"("huishoudenId");

-- The aanvragen queue looks up which of its aanvragen have a concept beschikking.
CREATE INDEX "Beschikking_status_aanvraagId_idx" ON "Beschikking"("status", "aanvraagId");

-- Caseloads (casusverdeling) join current regie to the open casussen: an index-only scan of the open casussen instead
-- of reading every casus the city ever had.
CREATE INDEX "Casus_open_idx" ON "Casus"("id") WHERE "fase" <> 'AFGESLOTEN';
