import { describe, expect, it } from 'vitest';
import { bevestigingTekst } from '@/lib/domain/melding';
import { GEEN_BESLUITDAGEN as besluitdagen } from '@/lib/domain/termijnwet';

// Issue 16 item 10: the confirmation of an online melding is written per situation.
const ontvangenOp = new Date('2026-11-23T10:00:00Z');
const alles = (t: ReturnType<typeof bevestigingTekst>) => [t.hulpNuSlot ?? '', ...t.stappen, t.eigenPlan ?? ''].join('\n');

describe('bevestigingTekst', () => {
  it('a resident about themselves: contact within five working days, the visit, the onderzoek date and their own plan', () => {
    const t = bevestigingTekst({ urgent: false, overAnder: false, ontvangenOp, besluitdagen });
    expect(t.hulpNuSlot).toBeNull();
    expect(alles(t)).toContain('binnen 5 werkdagen');
    expect(alles(t)).toContain('gesprek bij u thuis');
    expect(alles(t)).toContain('uiterlijk op 4 januari 2027');
    expect(t.eigenPlan).toContain('stuur ons dan uw eigen plan uiterlijk op 30 november 2026');
  });

  it('urgent: the melding has been sent, so nothing says it can still be sent', () => {
    for (const overAnder of [false, true]) {
      const t = bevestigingTekst({ urgent: true, overAnder, ontvangenOp, besluitdagen });
      expect(t.hulpNuSlot).toContain('Uw melding is verstuurd');
      expect(alles(t)).not.toMatch(/nog steeds versturen/);
      expect(alles(t)).toContain('zo snel mogelijk');
      expect(alles(t)).not.toContain('binnen 5 werkdagen');
    }
  });

  it('about someone else: no visit at the melder’s home, no own plan, no verslag promised to the melder', () => {
    for (const urgent of [false, true]) {
      const t = bevestigingTekst({ urgent, overAnder: true, ontvangenOp, besluitdagen });
      const tekst = alles(t);
      expect(tekst).not.toContain('gesprek bij u thuis');
      expect(tekst).not.toContain('uw eigen plan');
      expect(tekst).not.toContain('verslag');
      expect(t.eigenPlan).toBeNull();
      expect(tekst).toContain('de persoon over wie u zich zorgen maakt');
    }
  });
});
