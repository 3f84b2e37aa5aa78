import { describe, expect, it } from 'vitest';
import { assessVeiligheid, veiligheidFormFout, VEILIGHEID_CHECKLIST, voorlopigeUitkomst, type Antwoorden } from '@/lib/domain/veiligheid';

// Issue 16 item 13: an empty checklist showed a green "Geen zorgen" on a casus at twijfel, and a missing toelichting
// was reported as "Controleer de gemarkeerde vragen.".
const alleNee: Antwoorden = Object.fromEntries(VEILIGHEID_CHECKLIST.map((i) => [i.code, 'NEE']));

describe('voorlopigeUitkomst', () => {
  it('concludes nothing from an empty or half-filled list without signals', () => {
    expect(voorlopigeUitkomst(assessVeiligheid({}), null)).toBeNull();
    expect(voorlopigeUitkomst(assessVeiligheid({ [VEILIGHEID_CHECKLIST[0].code]: 'NEE' }), null)).toBeNull();
  });

  it('says "geen zorgen" only when every question is answered', () => {
    expect(voorlopigeUitkomst(assessVeiligheid(alleNee), null)).toBe('GEEN_ZORGEN');
  });

  it('shows signals and a raised own judgement at once', () => {
    expect(voorlopigeUitkomst(assessVeiligheid({ ACUUT_GEVAAR: 'JA' }), null)).toBe('ACUUT');
    expect(voorlopigeUitkomst(assessVeiligheid({}), 'TWIJFEL')).toBe('TWIJFEL');
  });
});

describe('veiligheidFormFout', () => {
  it.each([
    [{ vragen: true, toelichting: false }, 'Controleer de gemarkeerde vragen.'],
    [{ vragen: false, toelichting: true }, 'Vul de toelichting in: bij twijfel, risico of acuut is die verplicht.'],
    [{ vragen: true, toelichting: true }, 'Beantwoord de gemarkeerde vragen en vul de toelichting in.'],
  ])('%o → %s', (ontbreekt, melding) => expect(veiligheidFormFout(ontbreekt)).toBe(melding));
});
