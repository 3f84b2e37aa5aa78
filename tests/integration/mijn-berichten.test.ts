// Issue 21: the household's conversation with its regisseur, the notification mail and consent in Mijn plan, against
// the demo data. Attachments are checked as dossier documents are; a staff answer makes a mail (no content) for the
// members of 16 or older with an address; a mail that cannot be delivered ends MISLUKT after its attempts; a resident
// withdraws only a consent of their own part, and the staff side refuses the sharing at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { DomainError } from '@/lib/errors';
import { findInwoner } from '@/lib/server/access/inwoner-access';
import { stuurBerichtMedewerker } from '@/lib/server/dossier/stuur-bericht-medewerker';
import { getPortaalBerichten } from '@/lib/server/dossier/get-portaal-berichten';
import { shareWithParty } from '@/lib/server/gegevensdeling/share-with-party';
import { getMijnBerichten } from '@/lib/server/inwoner/get-mijn-berichten';
import { getMijnBijlage } from '@/lib/server/inwoner/get-mijn-bijlage';
import { stuurBerichtInwoner } from '@/lib/server/inwoner/stuur-bericht-inwoner';
import { getMijnToestemmingen, trekToestemmingIn } from '@/lib/server/inwoner/toestemmingen';
import { getWieKeekMee } from '@/lib/server/inwoner/get-wie-keek-mee';
import { getMijnBrief, getMijnBrieven } from '@/lib/server/inwoner/brieven';
import { meldHuishouden } from '@/lib/server/mail/meld-nieuw-bericht';
import { recordAudit } from '@/lib/server/audit/record';
import { MAIL_POGINGEN } from '@/lib/server/mail/queue';
import { verstuurMail } from '@/lib/server/mail/verstuur-mail';
import { getWerkvoorraad } from '@/lib/server/werkvoorraad/get-werkvoorraad';
import { getMijnOverzicht } from '@/lib/server/inwoner/get-mijn-overzicht';
import { getMijnPlan } from '@/lib/server/inwoner/get-mijn-plan';
import { seedDemo } from '@/prisma/seed';
import { sentStatements } from '../support/sent-statements';

let gemeenteId: string;
let coach: Actor;
let inwoner: InwonerActor;
let ander: InwonerActor;

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const refusedAs = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
};

beforeAll(async () => {
  process.env.SMTP_URL = 'smtp://127.0.0.1:1'; // nothing listens there: every attempt fails
  ({ gemeenteId } = await seedDemo(prisma, { today: new Date() }));
  const user = await prisma.user.findFirstOrThrow({ where: { email: 'wijkcoach@wijkregie.test' }, include: { teams: { where: { tot: null } } } });
  coach = { id: user.id, gemeenteId: user.gemeenteId, naam: user.naam, email: user.email, rollen: user.rollen, teamIds: user.teams.map((t) => t.teamId) };
  // Two adults who head households the demo wijkcoach leads.
  const leden = await prisma.$queryRaw<{ bsn: string }[]>`
    SELECT p."bsn" FROM "RegieToewijzing" r
    JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = r."huishoudenId" AND l."tot" IS NULL AND l."rol" = 'HOOFDBEWONER'
    JOIN "Persoon" p ON p."id" = l."persoonId" AND p."bsn" IS NOT NULL AND p."geboortedatum" < current_date - interval '18 years'
    WHERE r."regisseurId" = ${coach.id}::uuid AND r."tot" IS NULL AND r."lead"
    ORDER BY p."bsn" LIMIT 2`;
  const vind = async (bsn: string) => {
    const found = await findInwoner(gemeenteId, bsn);
    if (!('inwoner' in found)) throw new Error('geen inwoner');
    return found.inwoner;
  };
  [inwoner, ander] = await Promise.all(leden.map((l) => vind(l.bsn)));
}, 120_000);

describe('messages', () => {
  it('a resident writes with a PDF; a script disguised as PDF is refused; the regisseur sees it as a task, reads and answers', async () => {
    const fout = await refusedAs(stuurBerichtInwoner(inwoner, { tekst: 'Zie bijlage' }, { naam: 'brief.pdf', bytes: new TextEncoder().encode('<script>alert(1)</script>') }), 'INVALID');
    expect(fout.fieldErrors.bestand?.[0]).toMatch(/PDF, PNG of JPEG/);
    await stuurBerichtInwoner(inwoner, { tekst: 'Hierbij de brief.' }, { naam: 'brief.pdf', bytes: PDF });
    const document = await prisma.document.findFirstOrThrow({ where: { huishoudenId: inwoner.huishoudenId, titel: { contains: 'brief.pdf' } } });
    expect(document.mimeType).toBe('application/pdf');
    expect(document.soort).toBe('BIJLAGE');

    // The other household sees nothing of it.
    expect((await getMijnBerichten(ander)).map((b) => b.tekst)).not.toContain('Hierbij de brief.');
    const { berichten: taken } = await getWerkvoorraad(coach);
    expect(taken.find((t) => t.huishoudenId === inwoner.huishoudenId)?.aantal).toBe(1);

    const gezien = await getPortaalBerichten(coach, inwoner.huishoudenId);
    expect(gezien.find((b) => b.tekst === 'Hierbij de brief.')?.bijlage?.id).toBe(document.id);
    expect((await prisma.portaalBericht.findFirstOrThrow({ where: { tekst: 'Hierbij de brief.' } })).gelezenOp).not.toBeNull();

    await prisma.persoon.update({ where: { id: inwoner.persoonId }, data: { email: 'inwoner@voorbeeld.example' } });
    await stuurBerichtMedewerker(coach, { huishoudenId: inwoner.huishoudenId, tekst: 'Ik bel u morgen om tien uur.' });
    expect((await getWerkvoorraad(coach)).berichten.find((t) => t.huishoudenId === inwoner.huishoudenId)).toBeUndefined();
    const voorInwoner = await getMijnBerichten(inwoner);
    expect(voorInwoner.at(-1)).toMatchObject({ tekst: 'Ik bel u morgen om tien uur.', vanInwoner: false });
    expect((await prisma.portaalBericht.findFirstOrThrow({ where: { tekst: 'Ik bel u morgen om tien uur.' } })).gelezenOp).not.toBeNull();

    // The mail says there is a message, never what it says; one per address.
    const mails = await prisma.mailBericht.findMany({ where: { huishoudenId: inwoner.huishoudenId } });
    expect(mails.map((m) => m.aan)).toContain('inwoner@voorbeeld.example');
    for (const m of mails) expect(m.tekst).not.toContain('tien uur');
    expect(new Set(mails.map((m) => m.aan)).size).toBe(mails.length);

    // The database refuses a message from nobody or from both sides.
    await expect(prisma.portaalBericht.create({ data: { gemeenteId, huishoudenId: inwoner.huishoudenId, tekst: 'x' } })).rejects.toThrow();
    await expect(prisma.portaalBericht.create({ data: { gemeenteId, huishoudenId: inwoner.huishoudenId, tekst: 'x', persoonId: inwoner.persoonId, medewerkerId: coach.id } })).rejects.toThrow();
  });

  it('a resident downloads the attachments of the conversation again, their own and the regisseur’s; anything else is not found', async () => {
    const fout = await refusedAs(stuurBerichtMedewerker(coach, { huishoudenId: inwoner.huishoudenId, tekst: 'x' }, { naam: 'x.pdf', bytes: new TextEncoder().encode('MZ') }), 'INVALID');
    expect(fout.fieldErrors.bestand?.[0]).toMatch(/PDF, PNG of JPEG/);
    await stuurBerichtMedewerker(coach, { huishoudenId: inwoner.huishoudenId, tekst: 'Hierbij het formulier.' }, { naam: 'formulier.pdf', bytes: PDF });
    const berichten = await getMijnBerichten(inwoner);
    const eigen = berichten.find((b) => b.tekst === 'Hierbij de brief.')!.bijlage!;
    const vanRegisseur = berichten.find((b) => b.tekst === 'Hierbij het formulier.')!.bijlage!;
    expect(vanRegisseur.titel).toBe(`Bijlage van ${coach.naam}: formulier.pdf`);
    for (const id of [eigen.id, vanRegisseur.id]) {
      const bestand = await getMijnBijlage(inwoner, id);
      expect(bestand.mimeType).toBe('application/pdf');
      expect(new Uint8Array(bestand.inhoud)).toEqual(PDF);
      expect(await prisma.auditEntry.count({ where: { actie: 'EXPORT', entiteitId: id, actorRol: 'INWONER', persoonId: inwoner.persoonId } })).toBe(1);
    }

    // Another household's resident: not found, the same answer as for an id that does not exist.
    const ander1 = await refusedAs(getMijnBijlage(ander, eigen.id), 'NOT_FOUND');
    const nergens = await refusedAs(getMijnBijlage(ander, crypto.randomUUID()), 'NOT_FOUND');
    expect(ander1.reasons).toEqual(nergens.reasons);
    await refusedAs(getMijnBijlage(inwoner, 'geen-uuid'), 'NOT_FOUND');
    // A document of the own dossier that is no attachment of the conversation (the wijkteam's own file): not found.
    const dossierStuk = await prisma.document.create({
      data: { gemeenteId, huishoudenId: inwoner.huishoudenId, soort: 'BIJLAGE', titel: 'Notitie wijkteam', mimeType: 'application/pdf', inhoud: PDF, grootte: PDF.length, doorId: coach.id },
    });
    await refusedAs(getMijnBijlage(inwoner, dossierStuk.id), 'NOT_FOUND');
  });

  it('a plan ter akkoord is announced by mail to the members of 16 or older with an address, pointing to Mijn plan', async () => {
    await prisma.persoon.update({ where: { id: ander.persoonId }, data: { email: 'ander@voorbeeld.example' } });
    const { aantal } = await prisma.$transaction((tx) => meldHuishouden(tx, gemeenteId, ander.huishoudenId, new Date(), 'PLAN_TER_AKKOORD'));
    expect(aantal).toBeGreaterThanOrEqual(1);
    const mail = await prisma.mailBericht.findFirstOrThrow({ where: { huishoudenId: ander.huishoudenId, soort: 'PLAN_TER_AKKOORD', aan: 'ander@voorbeeld.example' } });
    expect(mail.onderwerp).toBe('Uw plan is klaar: wilt u het lezen?');
    expect(mail.tekst).toContain('/mijn/plan');
    expect(mail.status).toBe('WACHT');
  });

  it('a mail that cannot be delivered is retried and ends MISLUKT with its error after its attempts', async () => {
    const mail = await prisma.mailBericht.create({ data: { gemeenteId, soort: 'NIEUW_BERICHT', aan: 'x@voorbeeld.example', onderwerp: 'Test', tekst: 'Test' } });
    for (let i = 1; i < MAIL_POGINGEN; i++) {
      await expect(verstuurMail(mail.id)).rejects.toThrow();
      expect(await prisma.mailBericht.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ status: 'WACHT', pogingen: i });
    }
    await verstuurMail(mail.id); // the last attempt: recorded, not thrown (the job ends)
    const laatst = await prisma.mailBericht.findUniqueOrThrow({ where: { id: mail.id } });
    expect(laatst).toMatchObject({ status: 'MISLUKT', pogingen: MAIL_POGINGEN });
    expect(laatst.fout).toBeTruthy();
  }, 60_000);
});

describe('consent', () => {
  it('a resident withdraws their own consent; the staff side refuses the sharing at once; another household’s consent is not found', async () => {
    const t = await prisma.toestemming.create({
      data: { gemeenteId, huishoudenId: inwoner.huishoudenId, persoonId: inwoner.persoonId, soort: 'DELEN_MET_PARTIJ', partij: 'Woningcorporatie', doel: 'Vocht', wijze: 'SCHRIFTELIJK', gegevenOp: new Date(Date.now() - 10 * 86_400_000), vastgelegdDoorId: coach.id },
    });
    const share = () => shareWithParty(coach, { huishoudenId: inwoner.huishoudenId, partij: 'Woningcorporatie', doel: 'Vocht', grondslag: 'TOESTEMMING' } as never);
    await share();
    expect((await getMijnToestemmingen(inwoner)).find((x) => x.id === t.id)?.status).toBe('GELDIG');
    await refusedAs(trekToestemmingIn(ander, t.id), 'NOT_FOUND');
    await trekToestemmingIn(inwoner, t.id);
    expect((await getMijnToestemmingen(inwoner)).find((x) => x.id === t.id)?.status).toBe('INGETROKKEN');
    const refusal = await refusedAs(share(), 'TRANSITION_REFUSED');
    expect(refusal.reasons[0]).toMatch(/ingetrokken/);
    await refusedAs(trekToestemmingIn(inwoner, t.id), 'CONFLICT');
    expect(await prisma.auditEntry.count({ where: { entiteitId: t.id, actie: 'INWONER_TOESTEMMING_INGETROKKEN', actorRol: 'INWONER' } })).toBe(1);
  });
});

describe('who looked', () => {
  it('shows staff access by role and organisation with a break the glass reason, never a name, and not the household’s own actions', async () => {
    await prisma.$transaction((tx) => recordAudit(tx, coach, { actie: 'BREAK_THE_GLASS', entiteit: 'Huishouden', entiteitId: ander.huishoudenId, huishoudenId: ander.huishoudenId, context: 'Zorgen om veiligheid na een melding', breakTheGlass: true }));
    await prisma.$transaction((tx) => recordAudit(tx, coach, { actie: 'READ', entiteit: 'Ondersteuningsplan', huishoudenId: ander.huishoudenId, context: 'regisseur' }));
    const rijen = await getWieKeekMee(ander);
    const btg = rijen.find((r) => r.breakTheGlass);
    expect(btg?.reden).toBe('Zorgen om veiligheid na een melding');
    expect(rijen.find((r) => r.actie === 'READ' && !r.breakTheGlass)?.reden).toBeNull();
    expect(rijen.every((r) => r.rollen.length > 0 && r.organisatie.length > 0)).toBe(true);
    expect(JSON.stringify(rijen)).not.toContain(coach.naam);
    // The household's own reads (actorRol INWONER) are not in it.
    expect(await prisma.auditEntry.count({ where: { huishoudenId: ander.huishoudenId, actorRol: 'INWONER' } })).toBeGreaterThan(0);
    expect(rijen.length).toBe(await prisma.auditEntry.count({ where: { huishoudenId: ander.huishoudenId, actorId: { not: null } } }));
    // Another household's access log is not in it.
    expect(rijen.some((r) => r.reden === 'Zorgen om veiligheid na een melding')).toBe(true);
    expect((await getWieKeekMee(inwoner)).some((r) => r.reden === 'Zorgen om veiligheid na een melding')).toBe(false);
  });
});

describe('letters', () => {
  it('the household’s plan and a beschikking of the resident’s own part as sent; another household’s or another adult’s as not found', async () => {
    const doc = (huishoudenId: string, soort: 'PLAN' | 'BESCHIKKING', bronId: string | null = null) => prisma.document.create({
      data: { gemeenteId, huishoudenId, soort, titel: `Brief ${soort}`, mimeType: 'application/pdf', inhoud: Buffer.from('%PDF-1.4 brief'), grootte: 14, bronId, doorId: coach.id },
      select: { id: true },
    });
    const plan = await doc(inwoner.huishoudenId, 'PLAN');
    const anderPlan = await doc(ander.huishoudenId, 'PLAN');
    // A beschikking for another adult of the household (a partner) is theirs: a document made from it is not the resident's.
    const partner = await prisma.persoon.create({ data: { gemeenteId, voornamen: 'Partner', achternaam: 'Test', geboortedatum: new Date('1980-01-01') } });
    const beschikking = await prisma.beschikking.create({
      data: { gemeenteId, identificatie: `B-TEST-${Date.now()}`, huishoudenId: inwoner.huishoudenId, persoonId: partner.id, wet: 'WMO', besluit: 'TOEKENNING', wettelijkeGrondslag: 'Wmo 2015', motivering: 'Test', opgesteldDoorId: coach.id },
    });
    const vanPartner = await doc(inwoner.huishoudenId, 'BESCHIKKING', beschikking.id);
    const lijst = (await getMijnBrieven(inwoner)).map((b) => b.id);
    expect(lijst).toContain(plan.id);
    expect(lijst).not.toContain(anderPlan.id);
    expect(lijst).not.toContain(vanPartner.id);
    expect((await getMijnBrief(inwoner, plan.id)).buffer.toString()).toContain('%PDF');
    await refusedAs(getMijnBrief(inwoner, anderPlan.id), 'NOT_FOUND');
    await refusedAs(getMijnBrief(inwoner, vanPartner.id), 'NOT_FOUND');
    await refusedAs(getMijnBrief(inwoner, 'geen-uuid'), 'NOT_FOUND');
    // Once it is the resident's own beschikking, it is theirs to read.
    await prisma.beschikking.update({ where: { id: beschikking.id }, data: { persoonId: inwoner.persoonId } });
    expect((await getMijnBrieven(inwoner)).map((b) => b.id)).toContain(vanPartner.id);
  });
});

describe('issue 23: the reads of Mijn plan', () => {
  it('each page reads in one statement and writes its one access-log row; opening the messages writes the read receipt in the same transaction', async () => {
    const pages: [string, () => Promise<unknown>, number][] = [
      ['Huishouden', () => getMijnOverzicht(inwoner), 2],
      ['Ondersteuningsplan', () => getMijnPlan(inwoner), 2],
      ['Document', () => getMijnBrieven(inwoner), 2],
      ['AuditEntry', () => getWieKeekMee(inwoner), 2],
      // BEGIN, the read receipt, the access-log row, the conversation, COMMIT.
      ['PortaalBericht', () => getMijnBerichten(inwoner), 5],
    ];
    for (const [entiteit, page, aantal] of pages) {
      const voor = await prisma.auditEntry.count({ where: { entiteit, actorRol: 'INWONER', persoonId: inwoner.persoonId } });
      const { statements } = await sentStatements(page);
      expect(statements, entiteit).toHaveLength(aantal);
      expect(statements.filter((s) => /INSERT INTO "AuditEntry"/.test(s)), entiteit).toHaveLength(1);
      expect(await prisma.auditEntry.count({ where: { entiteit, actorRol: 'INWONER', persoonId: inwoner.persoonId } }), entiteit).toBe(voor + 1);
    }
  });
});
