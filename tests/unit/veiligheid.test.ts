import { describe, expect, it } from 'vitest';
import { VEILIGHEID_VALUES } from '@/lib/domain/enums';
import {
  ANTWOORD_VALUES,
  assessVeiligheid,
  consultDueDate,
  finalNiveau,
  needsConsult,
  STAPELING_DREMPEL,
  VEILIGHEID_CHECKLIST,
  VEILIGHEID_REASONS,
  type Antwoord,
  type Antwoorden,
} from '@/lib/domain/veiligheid';

const allNee = (): Antwoorden => Object.fromEntries(VEILIGHEID_CHECKLIST.map((item) => [item.code, 'NEE' as Antwoord]));
const with_ = (over: Antwoorden) => ({ ...allNee(), ...over });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the default checklist', () => {
  it('has unique codes, a question per item and covers acute danger, violence, children, neglect and niet-pluis', () => {
    const codes = VEILIGHEID_CHECKLIST.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['ACUUT_GEVAAR', 'HUISELIJK_GEWELD', 'KINDERMISHANDELING', 'VERWAARLOZING', 'NIET_PLUIS']));
    VEILIGHEID_CHECKLIST.forEach((item) => expect(item.vraag).toMatch(/\?$/));
  });
});

describe('assessVeiligheid', () => {
  it('gives GEEN_ZORGEN when every answer is nee', () => {
    expect(assessVeiligheid(allNee())).toEqual({ niveau: 'GEEN_ZORGEN', redenen: [], onbeantwoord: [] });
  });

  // Every item, every answer: the level it points to on its own (all other answers nee).
  const cases = VEILIGHEID_CHECKLIST.flatMap((item) =>
    ANTWOORD_VALUES.map((antwoord) => {
      const expected = antwoord === 'NEE' ? 'GEEN_ZORGEN' : antwoord === 'JA' ? (item.bijJa ?? 'GEEN_ZORGEN') : item.bijWeetNiet;
      return [item.code, antwoord, expected] as const;
    }),
  );
  it('has a case for every item and answer', () => expect(cases).toHaveLength(VEILIGHEID_CHECKLIST.length * 3));
  it.each(cases)('%s = %s → %s', (code, antwoord, expected) => {
    expect(assessVeiligheid(with_({ [code]: antwoord })).niveau).toBe(expected);
  });

  it.each([
    ['doubt from niet-pluis', { NIET_PLUIS: 'JA' }, 'TWIJFEL'],
    ['not knowing whether a child is abused is doubt', { KINDERMISHANDELING: 'WEET_NIET' }, 'TWIJFEL'],
    ['violence is a risk', { HUISELIJK_GEWELD: 'JA', NIET_PLUIS: 'JA' }, 'RISICO'],
    ['acute danger outranks everything', { ACUUT_GEVAAR: 'JA', HUISELIJK_GEWELD: 'JA' }, 'ACUUT'],
    ['stress alone raises nothing', { SPANNING: 'JA' }, 'GEEN_ZORGEN'],
    ['two risk factors are doubt', { SPANNING: 'JA', ZORGMIJDING: 'JA' }, 'TWIJFEL'],
    ['three risk factors stack up to a risk', { SPANNING: 'JA', ZORGMIJDING: 'JA', EERDER_GEWELD: 'JA' }, 'RISICO'],
  ] as const)('%s', (_, over, niveau) => {
    expect(assessVeiligheid(with_(over as Antwoorden)).niveau).toBe(niveau);
  });

  it('names the questions behind the level, and stapeling', () => {
    const { redenen } = assessVeiligheid(with_({ SPANNING: 'JA', ZORGMIJDING: 'JA', EERDER_GEWELD: 'JA' }));
    expect(STAPELING_DREMPEL).toBe(3);
    expect(redenen.at(-1)).toBe(VEILIGHEID_REASONS.stapeling(3));
    expect(redenen[0]).toContain('eerder geweld');
  });

  it('lists unanswered items and does not count them', () => {
    const { niveau, onbeantwoord } = assessVeiligheid({ NIET_PLUIS: 'JA' });
    expect(niveau).toBe('TWIJFEL');
    expect(onbeantwoord).toHaveLength(VEILIGHEID_CHECKLIST.length - 1);
  });
});

describe('the professional judgement and the consult', () => {
  it.each([
    ['GEEN_ZORGEN', 'TWIJFEL', 'TWIJFEL'],
    ['RISICO', 'TWIJFEL', 'RISICO'],
    ['RISICO', null, 'RISICO'],
    ['TWIJFEL', 'ACUUT', 'ACUUT'],
  ] as const)('checklist %s with own judgement %s → %s (raise, never lower)', (berekend, eigen, expected) => {
    expect(finalNiveau(berekend, eigen)).toBe(expected);
  });

  it.each(VEILIGHEID_VALUES.map((niveau) => [niveau, niveau !== 'GEEN_ZORGEN'] as const))('%s needs a consult: %s', (niveau, expected) => {
    expect(needsConsult(niveau)).toBe(expected);
  });

  it('is due within the consult term, the same day when acute', () => {
    expect(consultDueDate(day('2026-11-20'), 'TWIJFEL', 5)).toEqual(day('2026-11-25'));
    expect(consultDueDate(day('2026-11-20'), 'RISICO', 5)).toEqual(day('2026-11-25'));
    expect(consultDueDate(new Date('2026-11-20T15:00:00Z'), 'ACUUT', 5)).toEqual(day('2026-11-20'));
  });
});
