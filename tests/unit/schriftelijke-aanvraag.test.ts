import { describe, expect, it } from 'vitest';
import { ONTVANGST_MAX_DAGEN_TERUG, ONTVANGST_ZONDER_REDEN_DAGEN, ontvangstProblemen, SCHRIFTELIJK_REDENEN } from '@/lib/domain/schriftelijke-aanvraag';
import { schriftelijkeAanvraagSchema } from '@/lib/validations/aanvraag';

const dag = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 23:30 in Amsterdam on 20 May (21:30 UTC) and 00:30 on 21 May (22:30 UTC): the calendar day is Amsterdam's.
const laatOpDeAvond = new Date('2026-05-20T21:30:00Z');

describe('the date of receipt of a written aanvraag (issue 16 item 3)', () => {
  it('is not in the future', () => {
    expect(ontvangstProblemen({ ontvangenOp: dag('2026-05-21'), reden: null }, laatOpDeAvond)).toEqual({ ontvangenOp: SCHRIFTELIJK_REDENEN.inToekomst });
    expect(ontvangstProblemen({ ontvangenOp: dag('2026-05-21'), reden: null }, new Date('2026-05-20T22:30:00Z'))).toEqual({});
    expect(ontvangstProblemen({ ontvangenOp: dag('2026-05-20'), reden: null }, laatOpDeAvond)).toEqual({});
  });

  it(`needs a reason when it lies more than ${ONTVANGST_ZONDER_REDEN_DAGEN} days back`, () => {
    expect(ONTVANGST_ZONDER_REDEN_DAGEN).toBe(5);
    expect(ontvangstProblemen({ ontvangenOp: dag('2026-05-15'), reden: null }, laatOpDeAvond)).toEqual({});
    expect(ontvangstProblemen({ ontvangenOp: dag('2026-05-14'), reden: '  ' }, laatOpDeAvond)).toEqual({ reden: SCHRIFTELIJK_REDENEN.redenNodig });
    expect(ontvangstProblemen({ ontvangenOp: dag('2026-05-14'), reden: 'Lag op de verkeerde afdeling' }, laatOpDeAvond)).toEqual({});
  });

  it(`is refused more than ${ONTVANGST_MAX_DAGEN_TERUG} days back, reason or not`, () => {
    expect(ontvangstProblemen({ ontvangenOp: dag('2025-05-19'), reden: 'Kwijt geweest' }, laatOpDeAvond)).toEqual({ ontvangenOp: SCHRIFTELIJK_REDENEN.teOud });
    expect(ontvangstProblemen({ ontvangenOp: dag('2025-05-20'), reden: 'Kwijt geweest' }, laatOpDeAvond)).toEqual({});
  });

  it('parses the form: a BSN by the elfproef, a product, a delivery form and a date', () => {
    const ok = schriftelijkeAanvraagSchema.safeParse({ bsn: '1112.22.333', productId: crypto.randomUUID(), leveringsvorm: 'PGB', ontvangenOp: '18-05-2026', reden: '', toelichting: '' });
    expect(ok.success && ok.data).toMatchObject({ bsn: '111222333', leveringsvorm: 'PGB', ontvangenOp: dag('2026-05-18'), reden: null, toelichting: null });
    const fout = schriftelijkeAanvraagSchema.safeParse({ bsn: '123456789', productId: 'x', ontvangenOp: '31-02-2026' });
    expect(fout.success).toBe(false);
    expect(Object.keys(fout.error!.flatten().fieldErrors).sort()).toEqual(['bsn', 'leveringsvorm', 'ontvangenOp', 'productId']);
  });
});
