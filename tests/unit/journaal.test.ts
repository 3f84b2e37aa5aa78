import { describe, expect, it } from 'vitest';
import {
  amsterdamTijdstip,
  amsterdamTijdTekst,
  contactDatumReden,
  JOURNAAL_REASONS,
  journaalBewerkReden,
  parseTijd,
  vastOp,
} from '@/lib/domain/journaal';

const createdAt = new Date('2026-11-20T09:00:00Z');
const moment = { auteurId: 'auteur', createdAt };

describe('who may change a contactmoment, and until when', () => {
  it.each([
    ['the author within the term', 'auteur', '2026-11-20T12:00:00Z', null],
    ['the author one minute before it is fixed', 'auteur', '2026-11-21T08:59:00Z', null],
    ['the author at the moment it is fixed', 'auteur', '2026-11-21T09:00:00Z', JOURNAAL_REASONS.vast],
    ['the author a week later', 'auteur', '2026-11-27T09:00:00Z', JOURNAAL_REASONS.vast],
    ['a colleague within the term', 'collega', '2026-11-20T10:00:00Z', JOURNAAL_REASONS.nietAuteur],
  ])('%s', (_, actorId, now, reason) => {
    expect(journaalBewerkReden(moment, actorId, new Date(now))).toBe(reason);
  });

  it('is fixed 24 hours after it was written', () => {
    expect(vastOp(createdAt).toISOString()).toBe('2026-11-21T09:00:00.000Z');
  });

  it('refuses a contact in the future, with ten minutes for clocks that differ', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    expect(contactDatumReden(new Date('2026-11-22T10:05:00Z'), now)).toBeNull();
    expect(contactDatumReden(new Date('2026-11-22T11:00:00Z'), now)).toBe('Een contactmoment kan niet in de toekomst liggen.');
  });
});

describe('wall-clock time in Amsterdam', () => {
  it.each([
    ['14:30', 870],
    ['9.05', 545],
    ['00:00', 0],
    ['23:59', 1439],
    ['24:00', null],
    ['12:60', null],
    ['', null],
  ])('parseTijd(%s) = %s', (input, minutes) => expect(parseTijd(input)).toBe(minutes));

  it.each([
    ['2026-01-15', 14 * 60 + 30, '2026-01-15T13:30:00.000Z'], // winter time, UTC+1
    ['2026-07-15', 14 * 60 + 30, '2026-07-15T12:30:00.000Z'], // summer time, UTC+2
    ['2026-03-29', 60, '2026-03-29T00:00:00.000Z'], // before the clocks go forward at 02:00
    ['2026-03-29', 3 * 60, '2026-03-29T01:00:00.000Z'], // after
    ['2026-10-25', 0, '2026-10-24T22:00:00.000Z'], // midnight, still summer time
  ])('%s at minute %s is %s', (day, minutes, iso) => {
    const instant = amsterdamTijdstip(new Date(`${day}T00:00:00Z`), minutes);
    expect(instant.toISOString()).toBe(iso);
    expect(amsterdamTijdTekst(instant)).toBe(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  });
});
