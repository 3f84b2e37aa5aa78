// Issue 18 item 2: the one shape of a server action (lib/actions/run-action.ts), its behaviour without a server.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const revalidated = vi.hoisted(() => [] as unknown[][]);
vi.mock('next/cache', () => ({ revalidatePath: (...args: unknown[]) => revalidated.push(args) }));

import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { redirect } from 'next/navigation';
import { DomainError } from '@/lib/errors';
import '@/lib/forms';
import { layout, runAction } from '@/lib/actions/run-action';

const schema = z.object({ naam: z.string().trim().min(1, 'Vul een naam in.'), version: z.coerce.number().int() });
const actor = { id: 'medewerker-1' };
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const redirectTarget = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isRedirectError(error)).toBe(true);
  return (error as { digest: string }).digest.split(';')[2];
};

let logged: string[];
beforeEach(() => {
  revalidated.length = 0;
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
});
afterEach(() => vi.restoreAllMocks());

describe('runAction', () => {
  it('answers zod errors at their fields with everything typed kept, and never calls the use case', async () => {
    const run = vi.fn();
    const state = await runAction(form({ naam: '  ', version: 'x', opmerking: 'blijft staan' }), { actor: async () => actor, schema, run, invalid: 'Controleer de gemarkeerde velden.' });
    expect(run).not.toHaveBeenCalled();
    expect(state.values).toEqual({ naam: '  ', version: 'x', opmerking: 'blijft staan' });
    expect(state.fieldErrors?.naam).toEqual(['Vul een naam in.']);
    expect(state.fieldErrors?.version?.length).toBe(1);
    expect(state.formError).toBe('Controleer de gemarkeerde velden.');
    expect(revalidated).toEqual([]);
  });

  it('gives repeated fields to the schema as lists and keeps omitted fields out of the answer', async () => {
    const run = vi.fn(async (input: { rollen: string[] }) => input.rollen.length);
    const state = await runAction(form({ rollen: ['A', 'B'], wachtwoord: 'geheim' }), {
      actor: async () => actor,
      schema: z.object({ rollen: z.array(z.string()).min(3, 'Kies drie rollen.') }),
      lists: ['rollen'],
      omit: ['wachtwoord'],
      run,
    });
    expect(state.fieldErrors?.rollen).toEqual(['Kies drie rollen.']);
    expect(state.values).toEqual({ rollen: 'A,B' });
  });

  it('calls the use case with the parsed input and the actor, revalidates, and redirects where done says', async () => {
    const run = vi.fn(async (input: z.output<typeof schema>) => ({ id: `${input.naam}-${input.version}` }));
    const target = await redirectTarget(
      runAction(form({ naam: ' Jansen ', version: '3' }), {
        actor: async () => actor,
        schema,
        run,
        revalidate: (result) => ['/lijst', layout(`/items/${result.id}`)],
        done: (result) => `/items/${result.id}?opgeslagen=1`,
      }),
    );
    expect(run).toHaveBeenCalledWith({ naam: 'Jansen', version: 3 }, actor, expect.anything());
    expect(revalidated).toEqual([['/lijst'], ['/items/Jansen-3', 'layout']]);
    expect(target).toBe('/items/Jansen-3?opgeslagen=1');
  });

  it('answers the state done gives, or a plain confirmation', async () => {
    const run = async () => 2;
    expect(await runAction(form({}), { actor: async () => actor, run, done: (n) => ({ ok: true, message: `${n} bijgewerkt.` }) })).toEqual({ ok: true, message: '2 bijgewerkt.' });
    expect(await runAction(form({}), { actor: async () => actor, run })).toEqual({ ok: true, message: 'Opgeslagen.' });
  });

  it("answers a domain error's reasons and field messages with the values kept", async () => {
    const state = await runAction(form({ naam: 'Jansen', version: '1' }), {
      actor: async () => actor,
      schema,
      run: async () => {
        throw new DomainError('INVALID', ['De einddatum ligt voor de begindatum.'], { einddatum: ['Kies een latere datum.'] });
      },
    });
    expect(state).toEqual({
      values: { naam: 'Jansen', version: '1' },
      fieldErrors: { einddatum: ['Kies een latere datum.'] },
      formError: 'De einddatum ligt voor de begindatum.',
    });
  });

  it('answers a stale version with the concurrency message, nothing typed lost', async () => {
    const state = await runAction(form({ naam: 'Jansen', version: '1' }), {
      actor: async () => actor,
      schema,
      run: async () => {
        throw new DomainError('STALE_VERSION');
      },
    });
    expect(state.formError).toBe('Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.');
    expect(state.values).toEqual({ naam: 'Jansen', version: '1' });
    expect(revalidated).toEqual([]);
  });

  it('answers an unexpected error with a reference that is in the server log, never with the stack', async () => {
    const state = await runAction(form({ naam: 'Jansen', version: '1' }), {
      actor: async () => actor,
      schema,
      run: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
    });
    const ref = state.formError?.match(/^Er ging iets mis \(referentie ([0-9a-f]{8})\)\. Probeer het later opnieuw\.$/)?.[1];
    expect(ref).toBeDefined();
    expect(JSON.stringify(state)).not.toContain('ECONNREFUSED');
    expect(JSON.stringify(state)).not.toContain('at ');
    expect(logged.some((line) => line.includes(ref!) && line.includes('ECONNREFUSED'))).toBe(true);
    expect(state.values).toEqual({ naam: 'Jansen', version: '1' });
  });

  it("lets a form's own mapping take an error first, the common mapping after", async () => {
    const spec = {
      actor: async () => actor,
      run: async (): Promise<void> => {
        throw new DomainError('STALE_VERSION', ['Het plan is gewijzigd.', 'Doel 1: door Jansen.']);
      },
      error: (error: unknown, values: Record<string, string>) =>
        error instanceof DomainError && error.reasons.length > 1 ? { values, formError: error.reasons[0], conflict: error.reasons.slice(1) } : undefined,
    };
    expect(await runAction(form({ a: '1' }), spec)).toEqual({ values: { a: '1' }, formError: 'Het plan is gewijzigd.', conflict: ['Doel 1: door Jansen.'] });
  });

  it('passes redirects thrown by the actor or the use case through instead of answering an error', async () => {
    expect(await redirectTarget(runAction(form({}), { actor: async () => redirect('/login'), run: async () => 1 }))).toBe('/login');
    expect(await redirectTarget(runAction(form({}), { actor: async () => actor, run: async () => redirect('/elders') }))).toBe('/elders');
  });

  it('asks who is asking only for input that parsed (bad input costs no session lookup)', async () => {
    const asked = vi.fn(async () => actor);
    await runAction(form({ naam: '' }), { actor: asked, schema, run: vi.fn() });
    expect(asked).not.toHaveBeenCalled();
    await runAction(form({ naam: 'Jansen', version: '1' }), { actor: asked, schema, run: async () => 1 });
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('answers a lapsed session with its message and the values, before parsing', async () => {
    const run = vi.fn();
    const state = await runAction(form({ naam: '' }), { actor: async () => null, signedOut: 'Je sessie is verlopen.', schema, run });
    expect(state).toEqual({ values: { naam: '' }, formError: 'Je sessie is verlopen.' });
    expect(run).not.toHaveBeenCalled();
  });

  it('treats anything that is not FormData as an empty form (a hand-made request), with field messages', async () => {
    for (const posted of [undefined, null, 'tekst', 42, { naam: 'x' }]) {
      const state = await runAction(posted, { actor: async () => actor, schema, run: vi.fn() });
      expect(state.values).toEqual({});
      expect(Object.keys(state.fieldErrors ?? {})).toEqual(['naam', 'version']);
    }
  });

  it("takes a parser's own outcome (field messages, form message, values)", async () => {
    const state = await runAction(form({ x: '1' }), {
      actor: async () => actor,
      parse: () => ({ success: false, formError: 'Deze persoon is niet gevonden.' }),
      run: vi.fn(),
    });
    expect(state).toEqual({ values: { x: '1' }, formError: 'Deze persoon is niet gevonden.' });
  });

  it('reads an uploaded file, and none when the input was left empty', async () => {
    const data = form({ titel: 'Brief' });
    data.append('bestand', new File(['%PDF-1.7'], 'brief.pdf', { type: 'application/pdf' }));
    data.append('leeg', new File([], ''));
    const seen = await runAction(data, {
      actor: async () => actor,
      run: async (_input, _actor, posted) => [await posted.file('bestand'), await posted.file('leeg')],
      done: ([bestand, leeg]) => ({ ok: true, message: `${bestand?.naam}:${bestand?.bytes.length}:${leeg}` }),
    });
    expect(seen.message).toBe('brief.pdf:8:null');
    expect(seen).not.toHaveProperty('values');
  });
});
