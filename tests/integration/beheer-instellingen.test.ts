import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { updateBewaartermijnenSchema, updateGemeenteSchema } from '@/lib/validations/beheer';
import { getInstellingen } from '@/lib/server/beheer/get-instellingen';
import { updateBewaartermijnen } from '@/lib/server/beheer/update-bewaartermijnen';
import { updateGemeenteInstellingen } from '@/lib/server/beheer/update-gemeente-instellingen';
import { actorFor, createGemeente, createUser } from '../support/factories';

let gemeenteId: string;
let beheerder: Actor;

const form = (fields: Record<string, string> = {}) => ({
  version: '1', naam: 'Den Helder', gemeentecode: '0400', postadres: 'Postbus 2', postcodePlaats: '1780 AA Den Helder', telefoon: '14 0223',
  website: 'https://www.denhelder.example', email: 'info@denhelder.example', briefhoofd: 'Gemeente Den Helder\nPostbus 2', ondertekening: 'Het college',
  onderzoekTermijnDagen: '42', wmoBeschikkingTermijnDagen: '14', awbBeschikkingTermijnDagen: '56', bezwaarTermijnDagen: '42', consultTermijnDagen: '5', waakvlamStandaardDagen: '90',
  ...fields,
});

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
});

describe('updateGemeenteInstellingen', () => {
  it('saves name, code, letter texts and a stricter verordening term, and logs old and new values', async () => {
    const before = (await getInstellingen(beheerder)).gemeente;
    await updateGemeenteInstellingen(beheerder, updateGemeenteSchema.parse(form({ wmoBeschikkingTermijnDagen: '10' })));
    const after = await prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } });
    expect(after).toMatchObject({ naam: 'Den Helder', gemeentecode: '0400', wmoBeschikkingTermijnDagen: 10, briefhoofd: 'Gemeente Den Helder\nPostbus 2', version: 2 });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: gemeenteId, actie: 'GEMEENTE_UPDATED' } });
    expect(audit.before).toMatchObject({ naam: before.naam, wmoBeschikkingTermijnDagen: 14 });
    expect(audit.after).toMatchObject({ naam: 'Den Helder', wmoBeschikkingTermijnDagen: 10 });
    expect(Object.keys(audit.after as object)).not.toContain('onderzoekTermijnDagen');
  });

  it('refuses a term looser than the law and a wrong gemeentecode at their fields', () => {
    const issues = updateGemeenteSchema.safeParse(form({ gemeentecode: '400', wmoBeschikkingTermijnDagen: '21', bezwaarTermijnDagen: '28' })).error!.issues;
    expect(issues.map((i) => [i.path[0], i.message])).toEqual([
      ['gemeentecode', 'Vul de gemeentecode van 4 cijfers in (CBS-code), bijvoorbeeld 0400.'],
      ['wmoBeschikkingTermijnDagen', 'Kies tussen 1 en 14 dagen (Wmo 2015 art. 2.3.5: binnen twee weken).'],
      ['bezwaarTermijnDagen', 'Kies tussen 42 en 365 dagen (Awb 6:7: zes weken; een gemeente kan die niet korter maken).'],
    ]);
  });

  it('refuses a stale version and anyone without beheer', async () => {
    await expect(updateGemeenteInstellingen(beheerder, updateGemeenteSchema.parse(form({ naam: 'Anders' })))).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const privacy = actorFor(await createUser(gemeenteId, ['PRIVACY']));
    await expect(updateGemeenteInstellingen(privacy, updateGemeenteSchema.parse(form({ version: '2' })))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } })).naam).toBe('Den Helder');
  });
});

describe('updateBewaartermijnen', () => {
  it('creates the terms per law, then changes one with its version', async () => {
    await updateBewaartermijnen(beheerder, updateBewaartermijnenSchema.parse({ WMO: '15', JEUGDWET: '20', PARTICIPATIEWET: '10' }));
    const rows = await prisma.bewaartermijn.findMany({ where: { gemeenteId }, orderBy: { wet: 'asc' } });
    expect(rows.map((r) => [r.wet, r.jaren])).toEqual([['WMO', 15], ['JEUGDWET', 20], ['PARTICIPATIEWET', 10]]);
    const v = Object.fromEntries(rows.map((r) => [`version_${r.wet}`, String(r.version)]));
    await updateBewaartermijnen(beheerder, updateBewaartermijnenSchema.parse({ WMO: '17', JEUGDWET: '20', PARTICIPATIEWET: '10', ...v }));
    expect((await prisma.bewaartermijn.findFirstOrThrow({ where: { gemeenteId, wet: 'WMO' } })).jaren).toBe(17);
    const wmo = rows.find((r) => r.wet === 'WMO')!;
    expect(await prisma.auditEntry.findMany({ where: { entiteitId: wmo.id }, select: { before: true, after: true }, orderBy: { id: 'asc' } })).toEqual([
      { before: { wet: 'WMO', jaren: null }, after: { wet: 'WMO', jaren: 15 } },
      { before: { jaren: 15 }, after: { jaren: 17 } },
    ]);
    // The same form again, with the old versions: refused, nothing changed.
    await expect(updateBewaartermijnen(beheerder, updateBewaartermijnenSchema.parse({ WMO: '18', JEUGDWET: '20', PARTICIPATIEWET: '10', ...v }))).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await prisma.bewaartermijn.findFirstOrThrow({ where: { gemeenteId, wet: 'WMO' } })).jaren).toBe(17);
  });

  it('refuses a Jeugdwet term shorter than the law', () => {
    expect(updateBewaartermijnenSchema.safeParse({ WMO: '15', JEUGDWET: '15', PARTICIPATIEWET: '10' }).error?.issues).toMatchObject([
      { path: ['JEUGDWET'], message: 'Kies tussen 20 en 100 jaar (Jeugdwet art. 7.3.8: twintig jaar).' },
    ]);
  });
});
