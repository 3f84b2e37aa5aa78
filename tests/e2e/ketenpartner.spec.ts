// Issue 22, Done-when: (1) the household consents to sharing with its huisarts for "afstemming zorg"; a user of the
// practice signs in with (test) eHerkenning, sees exactly the goal and the action of the practice and nothing else of
// the dossier, marks the action done with a note; the regisseur sees it in the plan; the household withdraws the
// consent in Mijn plan and the same user now gets "niet gevonden". (2) An aanbieder's user confirms the start of care
// for a toewijzing and the dossier shows it; a crisis signal from a school reaches the regisseur's werkvoorraad at the
// top and the teamleider's casusverdeling (and both by mail).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectUniqueIds, mailInTestSmtp, query, signIn, signInInwoner, signInPartner } from './support';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const HUISARTS = 'Ellen Visser (POH-ggz)';
const SCHOOL = 'Mark de Boer (intern begeleider)';
const AANBIEDER = 'Rob Jansen (zorgplanner)';
const ACTIE = 'Afstemming met de POH-ggz van de huisarts';
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

async function nieuwePagina(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('de huisarts ziet alleen het eigen doel en de eigen actie, meldt voortgang, en verliest toegang na intrekken', async ({ browser }) => {
  // The demo household with the huisarts's action in its plan but no consent yet (prisma/seed/partners.ts).
  const [h] = await query<{ huishoudenId: string; naam: string; bsn: string; doelId: string }>(`
    SELECT o."huishoudenId", concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam, p.bsn, a."doelId"
    FROM "Actie" a JOIN "PlanVersie" pv ON pv.id = a."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = pv."planId"
    JOIN "PartnerOrganisatie" po ON po.id = a."partnerOrganisatieId" AND po."kvkNummer" = '60000001'
    JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = o."huishoudenId" AND l.tot IS NULL AND l.rol = 'HOOFDBEWONER'
    JOIN "Persoon" p ON p.id = l."persoonId"
    WHERE NOT EXISTS (SELECT 1 FROM "Toestemming" t WHERE t."huishoudenId" = o."huishoudenId" AND t."partnerOrganisatieId" = po.id)`);
  expect(h, 'een huishouden met een actie van de huisarts zonder toestemming in de demodata').toBeTruthy();
  const andereDoelen = await query<{ omschrijving: string }>(`
    SELECT d.omschrijving FROM "Doel" d WHERE d."planVersieId" = (SELECT "planVersieId" FROM "Doel" WHERE id = $1) AND d.id <> $1`, [h.doelId]);

  // Without consent the practice does not see the household.
  const partner = await nieuwePagina(browser);
  await signInPartner(partner, HUISARTS);
  await partner.goto(`/partner/huishoudens/${h.huishoudenId}`);
  await expect(partner.getByRole('heading', { name: 'Niet gevonden' })).toBeVisible();

  // The household consents (recorded by its regisseur) to sharing with the practice for "afstemming zorg".
  const coach = await nieuwePagina(browser);
  await signIn(coach, 'wijkcoach@wijkregie.test');
  await coach.goto(`/huishoudens/${h.huishoudenId}/toestemmingen`);
  await coach.getByLabel('Wie geeft toestemming?').selectOption({ label: h.naam });
  await coach.getByLabel('Delen met een partij').check();
  await coach.getByRole('combobox', { name: 'Ketenpartner (niet verplicht)' }).selectOption({ label: 'Huisartsenpraktijk Molenplein (huisartsenpraktijk)' });
  await coach.getByLabel('Contactgegevens van deze persoon mogen met de ketenpartner gedeeld worden').check();
  await coach.getByLabel('Voor welk doel?').fill('Afstemming zorg');
  await coach.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(coach.getByText('De toestemming is vastgelegd.')).toBeVisible();

  // The practice now sees exactly its goal and its action, and nothing else of the dossier.
  await partner.goto('/partner');
  await expect(partner.getByRole('heading', { name: 'Acties van Huisartsenpraktijk Molenplein' })).toBeVisible();
  await expectAccessible(partner);
  await partner.goto(`/partner/huishoudens/${h.huishoudenId}`);
  await expect(partner.getByRole('heading', { level: 1, name: h.naam })).toBeVisible();
  const doelen = partner.locator('section[aria-labelledby="doelen"]');
  await expect(doelen.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(doelen.getByText(ACTIE)).toHaveCount(1);
  await expect(doelen.locator('li[id^="actie-"]')).toHaveCount(1);
  for (const d of andereDoelen) await expect(partner.getByText(d.omschrijving)).toHaveCount(0);
  await expect(partner.getByText(/journaal|gesprek|veiligheidsanalyse/i)).toHaveCount(0);
  await expectAccessible(partner);
  await expectUniqueIds(partner);
  await partner.setViewportSize({ width: 360, height: 800 });
  await partner.screenshot({ path: 'test-results/ketenpartner-huishouden-360.png', fullPage: true });
  await partner.setViewportSize({ width: 1280, height: 900 });

  // It marks the action done with a note.
  await partner.getByText('Voortgang melden').click();
  await partner.getByLabel('Gedaan').check();
  await partner.getByRole('textbox', { name: 'Wat is er gebeurd', exact: true }).fill('Afgestemd met de POH-ggz: slaapadvies gegeven, vervolg over zes weken.');
  await partner.getByRole('button', { name: 'Voortgang opslaan' }).click();
  await expect(partner.getByText('De voortgang is opgeslagen. De regisseur ziet het in het plan.')).toBeVisible();

  // The regisseur sees it in the plan.
  await coach.goto(`/huishoudens/${h.huishoudenId}/plan`);
  const ketenpartners = coach.locator('section[aria-labelledby="kop-ketenpartners"]');
  await expect(ketenpartners.getByText('Afgestemd met de POH-ggz: slaapadvies gegeven')).toBeVisible();
  await expect(ketenpartners.getByText(/Huisartsenpraktijk Molenplein.*Gedaan/)).toBeVisible();
  await expect(ketenpartners.getByText(/Ziet het huishouden op grond van toestemming/)).toBeVisible();
  await expectAccessible(coach);

  // The household withdraws the consent in Mijn plan; the practice gets "niet gevonden" at once.
  const inwoner = await nieuwePagina(browser);
  await signInInwoner(inwoner, h.bsn);
  await inwoner.goto('/mijn/toestemmingen');
  await inwoner.getByRole('button', { name: 'Toestemming intrekken: Gegevens delen met Huisartsenpraktijk Molenplein' }).click();
  await expect(inwoner.getByText(/ingetrokken/i).first()).toBeVisible();
  await inwoner.goto('/mijn/wie-keek-mee');
  await expect(inwoner.getByText(/Huisartsenpraktijk Molenplein/).first()).toBeVisible();

  await partner.goto(`/partner/huishoudens/${h.huishoudenId}`);
  await expect(partner.getByRole('heading', { name: 'Niet gevonden' })).toBeVisible();
  await partner.goto('/partner');
  await expect(partner.locator(`a[href^="/partner/huishoudens/${h.huishoudenId}"]`)).toHaveCount(0);
});

test('een aanbieder bevestigt de start van zorg; een crisissignaal van school komt bovenaan bij regisseur en teamleider', async ({ browser }) => {
  const [t] = await query<{ id: string; nummer: number; huishoudenId: string; ingangsdatum: Date }>(`
    SELECT t.id, t."toewijzingNummer" AS nummer, l."huishoudenId", t.ingangsdatum
    FROM "Toewijzing" t JOIN "PartnerOrganisatie" po ON po."aanbiederId" = t."aanbiederId" AND po."kvkNummer" = '60000004'
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = t."persoonId" AND l.tot IS NULL
    WHERE t.status <> 'INGETROKKEN' AND (t.einddatum IS NULL OR t.einddatum >= current_date) AND t.ingangsdatum <= current_date
      AND NOT EXISTS (SELECT 1 FROM "Zorglevering" z WHERE z."toewijzingId" = t.id)
    ORDER BY t.ingangsdatum DESC, t.id LIMIT 1`);
  expect(t, 'een lopende toewijzing zonder gestarte zorg bij de demo-aanbieder').toBeTruthy();

  const aanbieder = await nieuwePagina(browser);
  await signInPartner(aanbieder, AANBIEDER);
  await aanbieder.getByRole('link', { name: 'Toewijzingen' }).click();
  // The worklist: not yet started first; found by its number; each row opens the toewijzing.
  await expect(aanbieder.getByRole('heading', { level: 1, name: /^Toewijzingen aan / })).toBeVisible();
  await aanbieder.getByLabel('Zoeken').fill(String(t.nummer));
  await aanbieder.getByRole('button', { name: 'Filter toepassen' }).click();
  await aanbieder.getByRole('link', { name: String(t.nummer), exact: true }).click();
  await expect(aanbieder.getByRole('heading', { level: 1, name: `Toewijzing ${t.nummer}` })).toBeVisible();
  await aanbieder.getByRole('button', { name: 'Start zorg bevestigen' }).click();
  // The page now shows the running care and offers the stop instead of the start.
  await expect(aanbieder.getByText(`Gestart op ${DATUM.format(t.ingangsdatum)}`)).toBeVisible();
  await expect(aanbieder.getByRole('button', { name: 'Stop zorg bevestigen' })).toBeVisible();
  await expectAccessible(aanbieder);
  await expectUniqueIds(aanbieder);

  const backoffice = await nieuwePagina(browser);
  await signIn(backoffice, 'backoffice@wijkregie.test');
  await backoffice.goto(`/huishoudens/${t.huishoudenId}`);
  await expect(backoffice.getByText(`Gestart ${DATUM.format(t.ingangsdatum)}`).first()).toBeVisible();

  // A school's crisis signal.
  const [s] = await query<{ huishoudenId: string; huishoudenNaam: string; teamlead: string }>(`
    SELECT o."huishoudenId", h.naam AS "huishoudenNaam",
           (SELECT u.email FROM "TeamLidmaatschap" tl JOIN "User" u ON u.id = tl."userId" WHERE tl."teamId" = c."teamId" AND tl.tot IS NULL AND 'TEAMLEAD' = ANY(u.rollen) ORDER BY u.email LIMIT 1) AS teamlead
    FROM "Actie" a JOIN "PlanVersie" pv ON pv.id = a."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = pv."planId"
    JOIN "Casus" c ON c.id = o."casusId" JOIN "Huishouden" h ON h.id = o."huishoudenId"
    JOIN "PartnerOrganisatie" po ON po.id = a."partnerOrganisatieId" AND po."kvkNummer" = '60000002'
    ORDER BY h.naam LIMIT 1`);
  const school = await nieuwePagina(browser);
  await signInPartner(school, SCHOOL);
  await school.goto(`/partner/huishoudens/${s.huishoudenId}`);
  await school.getByLabel('Crisis').check();
  await school.getByLabel('Wat zie je of wat is er gebeurd').fill('Kind vertelt vandaag over een ernstige ruzie thuis en wil niet naar huis.');
  await school.getByRole('button', { name: 'Signaal versturen' }).click();
  await expect(school.getByText('Het signaal is verstuurd naar de regisseur.')).toBeVisible();

  const coach = await nieuwePagina(browser);
  await signIn(coach, 'wijkcoach@wijkregie.test');
  await coach.goto('/werkvoorraad');
  const secties = await coach.locator('main section h2').allTextContents();
  expect(secties[0]).toBe('Zorgsignalen van ketenpartners');
  const eerste = coach.locator('section[aria-labelledby="kop-zorgsignalen-van-ketenpartners"] tbody tr').first();
  await expect(eerste).toContainText('Crisis');
  await expect(eerste).toContainText(s.huishoudenNaam);
  await expectAccessible(coach);

  expect(s.teamlead, 'een teamleider van het team van de casus').toBeTruthy();
  const teamlead = await nieuwePagina(browser);
  await signIn(teamlead, s.teamlead);
  await teamlead.goto('/casusverdeling');
  const rij = teamlead.locator('section[aria-labelledby="kop-zorgsignalen-van-ketenpartners"] tbody tr').first();
  await expect(rij).toContainText('Crisis');
  await expect(rij).toContainText(s.huishoudenNaam);

  const mails = await query<{ aan: string }>(`SELECT aan FROM "MailBericht" WHERE soort = 'PARTNER_CRISIS' AND "huishoudenId" = $1`, [s.huishoudenId]);
  expect(mails.map((m) => m.aan).sort()).toEqual(expect.arrayContaining(['wijkcoach@wijkregie.test', s.teamlead]));
});

// Issue 22 item 4: a small aanbieder asks by hand for a change of a toewijzing, with a motivation; the backoffice sees
// it where the 315/317 verzoeken are, marked "via portaal" with the motivation and who asked, and grants it; the
// planner sees "Toegekend".
test('de planner van de aanbieder vraagt een wijziging aan met motivatie; de backoffice kent die toe', async ({ browser }) => {
  const [t] = await query<{ id: string; nummer: number; persoonId: string }>(`
    SELECT t.id, t."toewijzingNummer" AS nummer, t."persoonId"
    FROM "Toewijzing" t JOIN "PartnerOrganisatie" po ON po."aanbiederId" = t."aanbiederId" AND po."kvkNummer" = '60000004'
    JOIN "Persoon" p ON p.id = t."persoonId" AND p.bsn IS NOT NULL
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = t."persoonId" AND l.tot IS NULL
    WHERE t.status IN ('VERZONDEN', 'GEWIJZIGD') AND (t.einddatum IS NULL OR t.einddatum >= current_date)
      AND NOT EXISTS (SELECT 1 FROM "AanbiederVerzoek" v WHERE v."persoonId" = t."persoonId" AND v."aanbiederId" = t."aanbiederId" AND v.status = 'OPEN')
    ORDER BY t.id LIMIT 1`);
  expect(t, 'een verstuurde lopende toewijzing bij de demo-aanbieder').toBeTruthy();
  const motivatie = `Moeder werkt sinds deze maand vier dagen; zes dagdelen nodig (${Date.now()}).`;

  const planner = await nieuwePagina(browser);
  await signInPartner(planner, AANBIEDER);
  await planner.goto(`/partner/toewijzingen/${t.id}`);
  await expectAccessible(planner);
  await expectUniqueIds(planner);
  // Without a motivation: the message at the field, what was typed stays.
  await planner.getByLabel('Gewenst volume').fill('6');
  await planner.getByRole('button', { name: 'Wijziging aanvragen' }).click();
  await expect(planner.getByText('Schrijf waarom je dit vraagt.').first()).toBeVisible();
  await expect(planner.getByLabel('Gewenst volume')).toHaveValue('6');
  await planner.getByLabel('Motivatie').fill(motivatie);
  await planner.getByRole('button', { name: 'Wijziging aanvragen' }).click();
  await expect(planner.getByText(/Je verzoek is verstuurd/)).toBeVisible();
  await planner.screenshot({ path: 'test-results/partner-toewijzing.png', fullPage: true });

  const [v] = await query<{ referentie: string }>(`SELECT "referentieAanbieder" AS referentie FROM "AanbiederVerzoek" WHERE motivatie = $1`, [motivatie]);
  expect(v.referentie).toMatch(/^PORTAAL-\d+$/);
  await planner.goto('/partner/verzoeken');
  const rijPartner = planner.getByRole('row').filter({ hasText: v.referentie });
  await expect(rijPartner).toContainText('Nog niet beantwoord');
  await expectAccessible(planner);

  // The gemeente has made the changed toewijzing through a beschikking (not yet sent): here copied from the old one.
  const kolommen = (await query<{ c: string }>(`
    SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'Toewijzing' AND table_schema = current_schema()
      AND column_name NOT IN ('id', 'toewijzingNummer', 'status', 'referentieAanbieder', 'version', 'createdAt')`)).map((r) => `"${r.c}"`).join(', ');
  const [nieuw] = await query<{ id: string; nummer: number }>(`
    INSERT INTO "Toewijzing" ("id", "toewijzingNummer", "status", ${kolommen})
    SELECT gen_random_uuid(), (SELECT max("toewijzingNummer") + 1 FROM "Toewijzing"), 'NIEUW', ${kolommen} FROM "Toewijzing" WHERE id = $1
    RETURNING id, "toewijzingNummer" AS nummer`, [t.id]);

  const backoffice = await nieuwePagina(browser);
  await signIn(backoffice, 'backoffice@wijkregie.test');
  await backoffice.goto('/berichtenverkeer?weergave=verzoeken');
  const rij = backoffice.getByRole('row').filter({ hasText: v.referentie });
  await expect(rij).toContainText('Via portaal');
  await rij.getByRole('link', { name: 'Beantwoorden' }).click();
  await expect(backoffice.getByText(motivatie)).toBeVisible();
  await expect(backoffice.getByText(/via het partnerportaal door Rob Jansen/)).toBeVisible();
  await expectAccessible(backoffice);
  await backoffice.getByLabel('Toewijzing', { exact: true }).selectOption(nieuw.id);
  await backoffice.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(backoffice.getByText(`Het verzoek is toegewezen met toewijzing ${nieuw.nummer}`)).toBeVisible();

  await planner.goto('/partner/verzoeken');
  await expect(planner.getByRole('row').filter({ hasText: v.referentie })).toContainText('Toegekend');
  // The planner heard by mail that there is an answer, and where (nothing of the client).
  const mail = await mailInTestSmtp(browser, 'planning@aanbieder.test');
  expect(mail).toContain(`Antwoord op je verzoek ${v.referentie}`);
  await planner.screenshot({ path: 'test-results/partner-verzoeken.png', fullPage: true });
  await planner.goto('/partner/toewijzingen');
  await planner.screenshot({ path: 'test-results/partner-toewijzingen.png', fullPage: true });
  // A new toewijzing for the same client: the BSN is filled in from the toewijzing.
  await planner.goto(`/partner/verzoeken/nieuw?toewijzing=${t.id}`);
  await expect(planner.getByLabel('BSN van de cliënt')).not.toHaveValue('');
  await expectAccessible(planner);
  await expectUniqueIds(planner);
  await planner.screenshot({ path: 'test-results/partner-verzoek-nieuw.png', fullPage: true });
});

test('een voorstel van school komt in het concept, school beantwoordt een adviesvraag, en beheer schakelt school uit', async ({ browser }) => {
  // The second demo household where the school has an action and consent (the first one got the crisis signal above).
  const [h] = await query<{ huishoudenId: string; regisseur: string }>(`
    SELECT o."huishoudenId", u.email AS regisseur
    FROM "Actie" a JOIN "PlanVersie" pv ON pv.id = a."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = pv."planId" AND o.actueel
    JOIN "Huishouden" hh ON hh.id = o."huishoudenId"
    JOIN "RegieToewijzing" r ON r."casusId" = o."casusId" AND r.tot IS NULL AND r.lead JOIN "User" u ON u.id = r."regisseurId"
    JOIN "PartnerOrganisatie" po ON po.id = a."partnerOrganisatieId" AND po."kvkNummer" = '60000002'
    ORDER BY hh.naam OFFSET 1 LIMIT 1`);
  expect(h, 'een tweede huishouden met een actie van school').toBeTruthy();
  const voorstel = 'Gesprek met ouders en leerplichtambtenaar over het verzuim';

  // The school proposes a new action for the goal it serves.
  const school = await nieuwePagina(browser);
  await signInPartner(school, SCHOOL);
  await school.goto(`/partner/huishoudens/${h.huishoudenId}`);
  const voorstelSectie = school.locator('section[aria-labelledby="voorstel"]');
  await voorstelSectie.getByLabel('Bij doel').selectOption({ index: 1 });
  await voorstelSectie.getByLabel('Wat stel je voor').fill(voorstel);
  await voorstelSectie.getByLabel('Waarom').fill('Het verzuim loopt op; een gesprek met ouders en leerplicht samen werkt het best.');
  await voorstelSectie.getByRole('button', { name: 'Voorstel versturen' }).click();
  await expect(school.getByText('Je voorstel is verstuurd.')).toBeVisible();

  // The regisseur takes it over: it is written into the concept of the next version, with the school as executor.
  const coach = await nieuwePagina(browser);
  await signIn(coach, h.regisseur);
  await coach.goto(`/huishoudens/${h.huishoudenId}/plan`);
  const ketenpartners = coach.locator('section[aria-labelledby="kop-ketenpartners"]');
  await ketenpartners.locator('li', { hasText: voorstel }).getByRole('button', { name: 'Overnemen in het concept' }).click();
  // The buttons make way for the outcome (the list is revalidated with the answer).
  await expect(ketenpartners.locator('li', { hasText: voorstel }).getByText(/Opgenomen in het concept van versie \d+/)).toBeVisible();
  const [actie] = await query<{ versienummer: number; status: string; wieNaam: string }>(`
    SELECT pv.versienummer, pv.status::text AS status, a."wieNaam" FROM "Actie" a JOIN "PlanVersie" pv ON pv.id = a."planVersieId"
    JOIN "PartnerOrganisatie" po ON po.id = a."partnerOrganisatieId" AND po."kvkNummer" = '60000002'
    WHERE a.wat = $1`, [voorstel]);
  expect(actie).toMatchObject({ status: 'CONCEPT', wieNaam: 'Basisschool De Vuurtoren' });
  await school.reload();
  await expect(school.getByText(`${voorstel} — Opgenomen in het concept van versie ${actie.versienummer}`)).toBeVisible();

  // The regisseur asks the school for advice; the school sees it on its worklist and answers on the household page.
  await coach.reload();
  await ketenpartners.getByText('Een ketenpartner om advies vragen').click();
  await ketenpartners.getByLabel('Ketenpartner', { exact: true }).selectOption({ label: 'Basisschool De Vuurtoren' });
  await ketenpartners.getByLabel('Je vraag').fill('Hoe gaat het op school sinds het gesprek met de intern begeleider?');
  await ketenpartners.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(ketenpartners.getByText(/Je vraag is verstuurd/)).toBeVisible();

  await school.goto('/partner');
  const vragen = school.locator('section[aria-labelledby="vragen"]');
  await expect(vragen.getByText(/Hoe gaat het op school sinds het gesprek/)).toBeVisible();
  await expectAccessible(school);
  await vragen.getByRole('link').first().click();
  await expect(school.getByRole('heading', { name: 'Vragen van de regisseur' })).toBeVisible();
  await expectUniqueIds(school);
  await school.screenshot({ path: 'test-results/ketenpartner-vraag.png', fullPage: true });
  await school.getByLabel('Je advies').fill('Hij is sinds twee weken elke dag op tijd; houd het vaste ochtendritme vast.');
  await school.getByRole('button', { name: 'Advies versturen' }).click();
  // The form makes way for the answer as sent.
  await expect(school.getByText('Jullie advies:')).toBeVisible();
  await school.setViewportSize({ width: 360, height: 800 });
  await school.screenshot({ path: 'test-results/ketenpartner-vraag-360.png', fullPage: true });

  // The regisseur reads the answer in the plan, the veiligheid tab (consults) and the tijdlijn.
  await coach.reload();
  await expect(ketenpartners.getByText('Hij is sinds twee weken elke dag op tijd')).toBeVisible();
  await expectAccessible(coach);
  await ketenpartners.screenshot({ path: 'test-results/ketenpartner-regisseur-plan.png' });
  await coach.goto(`/huishoudens/${h.huishoudenId}/veiligheid`);
  await expect(coach.getByText('Hij is sinds twee weken elke dag op tijd')).toBeVisible();
  await coach.goto(`/huishoudens/${h.huishoudenId}/tijdlijn`);
  await expect(coach.getByText('Basisschool De Vuurtoren gaf advies')).toBeVisible();

  // Beheer switches the school off: its user loses access at once; on again restores it.
  const beheer = await nieuwePagina(browser);
  await signIn(beheer, 'beheer@wijkregie.test');
  await beheer.goto('/beheer/ketenpartners');
  await beheer.getByRole('button', { name: 'Basisschool De Vuurtoren uitschakelen' }).click();
  await expect(beheer.getByText(/De ketenpartner is uitgeschakeld: 1 gebruiker heeft geen toegang meer\./)).toBeVisible();
  await expectAccessible(beheer);
  await expectUniqueIds(beheer);
  await beheer.screenshot({ path: 'test-results/ketenpartner-beheer.png', fullPage: true });
  await school.setViewportSize({ width: 1280, height: 900 });
  await school.goto(`/partner/huishoudens/${h.huishoudenId}`);
  await expect(school).toHaveURL(/\/partner\/inloggen/);
  await beheer.reload();
  await beheer.getByRole('button', { name: 'Basisschool De Vuurtoren weer inschakelen' }).click();
  await expect(beheer.getByText('De ketenpartner is weer ingeschakeld.')).toBeVisible();
});
