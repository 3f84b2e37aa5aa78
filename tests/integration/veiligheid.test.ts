import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { REASONS, refusalReasons, type CasusFacts } from '@/lib/domain/casus-transitions';
import { VEILIGHEID_CHECKLIST, type Antwoorden } from '@/lib/domain/veiligheid';
import { answerConsult } from '@/lib/server/consult/answer-consult';
import { hasOpenVeiligheidsconsult } from '@/lib/server/consult/has-open-veiligheidsconsult';
import { takeConsult } from '@/lib/server/consult/take-consult';
import { getVeiligheid } from '@/lib/server/veiligheid/get-veiligheid';
import { recordVeiligheidsanalyse } from '@/lib/server/veiligheid/record-veiligheidsanalyse';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = new Date('2026-11-20T10:00:00Z');
let s: VraagverhelderingSetup;

beforeEach(async () => {
  s = await createVraagverhelderingSetup();
});

const answers = (over: Antwoorden = {}): Antwoorden => ({ ...Object.fromEntries(VEILIGHEID_CHECKLIST.map((i) => [i.code, 'NEE'])), ...over });
const analyse = (over: Antwoorden = {}, extra: { eigenOordeel?: 'RISICO'; toelichting?: string | null } = {}) => ({
  huishoudenId: s.huishouden.id,
  antwoorden: answers(over),
  eigenOordeel: extra.eigenOordeel,
  toelichting: extra.toelichting ?? 'Moeder oogt gespannen, kind stil',
});

const closingFacts = async (): Promise<CasusFacts> => {
  const casus = await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } });
  return {
    fase: casus.fase, hasLeadRegisseur: true, planVastgesteld: false, veiligheid: casus.veiligheid, spoed: false,
    teamleadApprovedClosing: false, afsluitreden: 'Situatie stabiel',
    hasOpenVeiligheidsconsult: await prisma.$transaction((tx) => hasOpenVeiligheidsconsult(tx, casus.id)),
  };
};

describe('recordVeiligheidsanalyse (rule 6)', () => {
  it('with doubt: sets the casus level and raises a consult due within the gemeente term, which blocks closing until answered', async () => {
    expect(refusalReasons(await closingFacts(), 'AFGESLOTEN')).toEqual([]);
    const result = await recordVeiligheidsanalyse(s.coach, analyse({ NIET_PLUIS: 'JA' }), TODAY);
    expect(result).toMatchObject({ niveau: 'TWIJFEL', consult: { nieuw: true, uiterlijkOp: day('2026-11-25') } });
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } });
    expect(casus.veiligheid).toBe('TWIJFEL');
    const consult = await prisma.consult.findUniqueOrThrow({ where: { id: result.consult!.id } });
    expect(consult).toMatchObject({ soort: 'VEILIGHEID', status: 'OPEN', casusId: s.casus.id, aangevraagdDoorId: s.coach.id });
    expect(consult.vraag).toContain('Twijfel');
    expect(refusalReasons(await closingFacts(), 'AFGESLOTEN')).toEqual([REASONS.openVeiligheidsconsult]);

    // Taken up but not yet answered still blocks.
    await takeConsult(s.gedrag, { consultId: consult.id, version: consult.version });
    expect(refusalReasons(await closingFacts(), 'AFGESLOTEN')).toEqual([REASONS.openVeiligheidsconsult]);

    await answerConsult(s.gedrag, { consultId: consult.id, version: consult.version + 1, advies: 'Geen acuut gevaar; bespreek veiligheidsafspraken.' }, TODAY);
    expect(refusalReasons(await closingFacts(), 'AFGESLOTEN')).toEqual([]);
  });

  it('without worries: no consult', async () => {
    const result = await recordVeiligheidsanalyse(s.coach, analyse({}, { toelichting: null }), TODAY);
    expect(result).toMatchObject({ niveau: 'GEEN_ZORGEN', consult: null });
    expect(await prisma.consult.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
  });

  it('acute: the consult is due the same day; a later analysis does not open a second consult but brings the date forward', async () => {
    const first = await recordVeiligheidsanalyse(s.coach, analyse({ NIET_PLUIS: 'JA' }), TODAY);
    const second = await recordVeiligheidsanalyse(s.coach, analyse({ ACUUT_GEVAAR: 'JA' }), new Date('2026-11-21T09:00:00Z'));
    expect(second.consult).toEqual({ id: first.consult!.id, uiterlijkOp: day('2026-11-21'), nieuw: false });
    expect(await prisma.consult.count({ where: { huishoudenId: s.huishouden.id } })).toBe(1);
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } })).veiligheid).toBe('ACUUT');
  });

  it('lets the professional raise the level and records why', async () => {
    const result = await recordVeiligheidsanalyse(s.coach, analyse({}, { eigenOordeel: 'RISICO' }), TODAY);
    expect(result).toMatchObject({ niveau: 'RISICO', berekend: 'GEEN_ZORGEN' });
    const page = await getVeiligheid(s.coach, s.huishouden.id);
    expect(page.analyses[0].antwoorden).toMatchObject({ berekend: 'GEEN_ZORGEN', eigenOordeel: 'RISICO' });
    expect(page.consulten).toHaveLength(1);
  });

  it('refuses an incomplete checklist, a role without the permission and a coach without access', async () => {
    await expect(recordVeiligheidsanalyse(s.coach, { ...analyse(), antwoorden: { NIET_PLUIS: 'JA' } }, TODAY)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(recordVeiligheidsanalyse(s.gedrag, analyse({ NIET_PLUIS: 'JA' }), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordVeiligheidsanalyse(s.outsider, analyse({ NIET_PLUIS: 'JA' }), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getVeiligheid(s.outsider, s.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.veiligheidsanalyse.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
    expect(await prisma.consult.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
  });
});
