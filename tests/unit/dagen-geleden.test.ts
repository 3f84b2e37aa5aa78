import { describe, expect, it } from 'vitest';
import { dagenGeleden } from '@/lib/domain/dagen-geleden';

describe('dagenGeleden', () => {
  it.each([
    [0, 'vandaag'],
    [1, 'gisteren'],
    [2, '2 dagen geleden'],
    [40, '40 dagen geleden'],
  ])('%i → %s', (dagen, tekst) => expect(dagenGeleden(dagen)).toBe(tekst));
});
