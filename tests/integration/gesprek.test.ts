import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { AFROND_REASONS } from '@/lib/domain/gesprek';
import { saveGesprek } from '@/lib/server/gesprek/save-gesprek';
import { getGesprekForm } from '@/lib/server/gesprek/get-gesprek-form';
import { listGesprekken } from '@/lib/server/gesprek/list-gesprekken';
import { gesprekKeys, parseGesprekForm, type SaveGesprekInput } from '@/lib/validations/gesprek';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

let s: VraagverhelderingSetup;

beforeEach(async () => {
  s = await createVraagverhelderingSetup();
});

/** The form as a caseworker fills it in: three leefgebieden, the child's view, mantelzorg, network and ZRM. */
const formValues = (over: Record<string, string> = {}): Record<string, string> => {
  const fin = s.lg('FINANCIEN').id;
  const huis = s.lg('HUISVESTING').id;
  const opv = s.lg('OPVOEDING_ONTWIKKELING').id;
  return {
    huishoudenId: s.huishouden.id,
    version: '0',
    intent: 'concept',
    datum: '2026-11-20',
    plaats: 'Bij de familie thuis',
    deelnemers: `${s.anna.id},${s.piet.id}`,
    [gesprekKeys.andere(0, 'naam')]: 'Joke de Ruiter',
    [gesprekKeys.andere(0, 'rol')]: 'CLIENTONDERSTEUNER',
    clientondersteuningAangeboden: 'ja',
    clientondersteunerNaam: 'Joke de Ruiter',
    leefgebieden: `${fin},${huis},${opv}`,
    [gesprekKeys.leefgebied(fin, 'situatie')]: 'Betalingsachterstand bij de energie',
    [gesprekKeys.leefgebied(fin, 'wens')]: 'Overzicht over de rekeningen',
    [gesprekKeys.leefgebied(huis, 'zorgen')]: 'Vocht in de slaapkamer',
    [gesprekKeys.leefgebied(opv, 'gaatGoed')]: 'Sanne gaat graag naar school',
    [gesprekKeys.kind(opv, s.sanne.id, 'wens')]: 'Dat papa en mama minder ruzie maken',
    [gesprekKeys.mantelzorg(0, 'naam')]: 'Kees Jansen',
    [gesprekKeys.mantelzorg(0, 'relatie')]: 'broer van Piet',
    [gesprekKeys.mantelzorg(0, 'belasting')]: 'ZWAAR',
    [gesprekKeys.netwerk(0, 'soort')]: 'PERSOON',
    [gesprekKeys.netwerk(0, 'naam')]: 'Buurvrouw Els',
    [gesprekKeys.netwerk(0, 'relatie')]: 'buurvrouw',
    [gesprekKeys.netwerk(0, 'bijdrage')]: 'Haalt Sanne van school',
    [gesprekKeys.netwerk(1, 'soort')]: 'ORGANISATIE',
    [gesprekKeys.netwerk(1, 'naam')]: 'Voedselbank',
    [gesprekKeys.netwerk(1, 'relatie')]: 'hulp',
    [gesprekKeys.screening('armoede')]: 'SIGNAAL',
    [gesprekKeys.screening('schulden')]: 'SIGNAAL',
    [gesprekKeys.screening('onveiligheid')]: 'GEEN_SIGNAAL',
    [gesprekKeys.screening('participatie')]: 'GEEN_SIGNAAL',
    [gesprekKeys.zrmScore(s.anna.id, 'FINANCIEN')]: '2',
    [gesprekKeys.zrmNotitie(s.anna.id, 'FINANCIEN')]: 'Aanmaningen',
    [gesprekKeys.zrmScore(s.anna.id, 'HUISVESTING')]: '3',
    samenvatting: 'We spraken over geld, het huis en Sanne.',
    afspraken: 'Anna belt de schuldhulp\nPiet vraagt de verhuurder om het vocht',
    vervolg: 'Over twee weken komt de wijkcoach terug',
    ...over,
  };
};

const parse = (values: Record<string, string>): SaveGesprekInput => {
  const result = parseGesprekForm(values);
  if (!result.success) throw new Error(JSON.stringify(result.fieldErrors));
  return result.data;
};

describe('saveGesprek', () => {
  it('saves a concept with all its parts and an access-log row, and shows it back as the same values', async () => {
    const values = formValues();
    const result = await saveGesprek(s.coach, parse(values));
    expect(result).toMatchObject({ version: 1, status: 'CONCEPT', created: true });
    const gesprek = await prisma.gesprek.findUniqueOrThrow({ where: { id: result.gesprekId }, include: { deelnemers: true, leefgebieden: true, mantelzorg: true, netwerk: true } });
    expect(gesprek).toMatchObject({ casusId: s.casus.id, voerderId: s.coach.id, plaats: 'Bij de familie thuis', screeningSchulden: 'SIGNAAL' });
    expect(gesprek.deelnemers.map((d) => d.naam).sort()).toEqual(['Anna Jansen', 'Joke de Ruiter', 'Piet Jansen']);
    expect(gesprek.leefgebieden.map((l) => [l.label, l.persoonId]).sort()).toEqual(
      [['Financiën', null], ['Huisvesting', null], ['Opvoeding en ontwikkeling', null], ['Opvoeding en ontwikkeling', s.sanne.id]].sort(),
    );
    expect(gesprek.mantelzorg).toMatchObject([{ naam: 'Kees Jansen', belasting: 'ZWAAR' }]);
    expect(gesprek.netwerk).toHaveLength(2);
    const scores = await prisma.zrmScore.findMany({ where: { gesprekId: result.gesprekId }, orderBy: { domein: 'asc' } });
    expect(scores.map((z) => [z.domein, z.score, z.beoordelaarId])).toEqual([['FINANCIEN', 2, s.coach.id], ['HUISVESTING', 3, s.coach.id]]);
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: result.gesprekId } })).toMatchObject({ actie: 'GESPREK_VASTGELEGD', huishoudenId: s.huishouden.id });

    const form = await getGesprekForm(s.coach, s.huishouden.id, result.gesprekId);
    for (const [key, value] of Object.entries(values)) {
      if (['huishoudenId', 'version', 'intent'].includes(key)) continue;
      expect.soft(form.values[key], key).toBe(value);
    }
    expect(form.leden.find((l) => l.id === s.sanne.id)?.kind).toBe(true);
  });

  it('refuses a stale version: two tabs cannot silently overwrite each other', async () => {
    const first = await saveGesprek(s.coach, parse(formValues()));
    const tabA = parse(formValues({ gesprekId: first.gesprekId, version: '1', plaats: 'Tab A' }));
    const tabB = parse(formValues({ gesprekId: first.gesprekId, version: '1', plaats: 'Tab B' }));
    expect(await saveGesprek(s.coach, tabA)).toMatchObject({ version: 2, created: false });
    const conflict = await saveGesprek(s.coach, tabB).then(() => null, (e: unknown) => e as { code: string; reasons: string[] });
    expect(conflict?.code).toBe('STALE_VERSION');
    // The same wijkcoach in another tab: the message says so, and when.
    expect(conflict?.reasons[0]).toMatch(/^Je hebt dit gesprek \(in een ander venster of tabblad\) (vandaag )?(om|op) .*opgeslagen\. /);
    expect((await prisma.gesprek.findUniqueOrThrow({ where: { id: first.gesprekId } })).plaats).toBe('Tab A');
    expect(await prisma.zrmScore.count({ where: { gesprekId: first.gesprekId } })).toBe(2); // replaced, not doubled
  });

  it('refuses to afronden an incomplete gesprek with a message per field, and keeps the concept as it was', async () => {
    const first = await saveGesprek(s.coach, parse(formValues()));
    const incomplete = parse(formValues({ gesprekId: first.gesprekId, version: '1', intent: 'afronden', afspraken: '', clientondersteuningAangeboden: '' }));
    await expect(saveGesprek(s.coach, incomplete)).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { afspraken: [AFROND_REASONS.afspraken], clientondersteuningAangeboden: [AFROND_REASONS.clientondersteuning] },
    });
    const stored = await prisma.gesprek.findUniqueOrThrow({ where: { id: first.gesprekId } });
    expect(stored).toMatchObject({ status: 'CONCEPT', version: 1 });
    expect(await saveGesprek(s.coach, parse(formValues({ gesprekId: first.gesprekId, version: '1', intent: 'afronden' })))).toMatchObject({ status: 'AFGEROND', version: 2 });
  });

  it('refuses a person or leefgebied that is not the household\'s or the gemeente\'s', async () => {
    const stranger = await prisma.persoon.create({ data: { gemeenteId: s.gemeenteId, voornamen: 'X', achternaam: 'Y' } });
    await expect(saveGesprek(s.coach, parse(formValues({ deelnemers: stranger.id })))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(saveGesprek(s.coach, parse(formValues({ leefgebieden: crypto.randomUUID() })))).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('refuses a role without the permission and a coach without access', async () => {
    await expect(saveGesprek(s.gedrag, parse(formValues()))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveGesprek(s.outsider, parse(formValues()))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getGesprekForm(s.outsider, s.huishouden.id, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.gesprek.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
  });

  it('needs an open casus', async () => {
    await prisma.casus.update({ where: { id: s.casus.id }, data: { fase: 'AFGESLOTEN', afgeslotenOp: new Date() } });
    await expect(saveGesprek(s.coach, parse(formValues()))).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
  });
});

describe('listGesprekken and the next gesprek', () => {
  it('keeps ZRM scores as history per person and carries the network map into a new gesprek', async () => {
    await saveGesprek(s.coach, parse(formValues({ datum: '2026-09-01' })));
    const second = formValues({ datum: '2026-11-20', [gesprekKeys.zrmScore(s.anna.id, 'FINANCIEN')]: '4', [gesprekKeys.netwerk(1, 'naam')]: '', [gesprekKeys.netwerk(1, 'relatie')]: '' });
    await saveGesprek(s.coach, parse(second));
    const page = await listGesprekken(s.coach, s.huishouden.id);
    expect(page.gesprekken).toHaveLength(2);
    const anna = page.zrm.find((p) => p.persoonId === s.anna.id)!;
    expect(anna.scores.filter((z) => z.domein === 'FINANCIEN').map((z) => z.score)).toEqual([2, 4]);
    expect(page.netwerk.map((n) => n.naam)).toEqual(['Buurvrouw Els']); // the latest gesprek's map
    const next = await getGesprekForm(s.coach, s.huishouden.id, null);
    expect(next.values[gesprekKeys.netwerk(0, 'naam')]).toBe('Buurvrouw Els');
    expect(next.values[gesprekKeys.mantelzorg(0, 'naam')]).toBe('Kees Jansen');
  });
});
