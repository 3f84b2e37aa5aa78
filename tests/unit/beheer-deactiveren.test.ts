import { describe, expect, it } from 'vitest';
import { deactivateMedewerkerSchema } from '@/lib/validations/beheer';

// Issue 16 item 20: "Account deactiveren" had no confirmation.
describe('deactivateMedewerkerSchema', () => {
  const userId = crypto.randomUUID();

  it('refuses without the confirmation, with the message at the checkbox', () => {
    const r = deactivateMedewerkerSchema.safeParse({ userId, version: '3' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['bevestig', 'Vink aan dat je dit account wilt deactiveren.']]);
  });

  it('accepts with the box ticked', () => {
    expect(deactivateMedewerkerSchema.safeParse({ userId, version: '3', bevestig: 'on' })).toMatchObject({ success: true, data: { userId, version: 3 } });
  });
});
