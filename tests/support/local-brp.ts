// The local BRP as `npm start` starts it (startEmbeddedBrp), for integration tests of issue 20: started on the test's
// own port, a test gemeente that is 's-Gravenhage (0518, where the RvIG's test persons live) with 2511xx in its wijk,
// and PATCHes of test persons that the test undoes before each test.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { prisma } from '@/lib/db';
import { startEmbeddedBrp } from '@/lib/brp/embedded';
import type { LocalBrp } from '@/lib/brp/local-server';
import { createFrontDoor, type FrontDoor } from './melding-factories';

export type TestBrp = {
  frontDoor: () => FrontDoor;
  /** Changes a test person in the local BRP (PATCH /lokaal/personen/{bsn}); undone before the next test. */
  wijzigInBrp: (bsn: string, wijziging: Record<string, unknown>) => Promise<void>;
  /** Undoes every change now (the next test does this itself). */
  herstel: () => void;
};

/** Registers beforeAll/afterAll/beforeEach hooks in the calling test file. */
export function useLocalBrp(port: number): TestBrp {
  let brp: LocalBrp;
  let f: FrontDoor;
  const origineel = new Map<string, unknown>();
  const herstel = () => {
    for (const [bsn, p] of origineel) brp.personen.set(bsn, structuredClone(p) as never);
  };
  beforeAll(async () => {
    const started = await startEmbeddedBrp({ port, env: {} });
    brp = started.brp!;
    Object.assign(process.env, started.env, { BRP_TIMEOUT_MS: '1500', BRP_RETRIES: '1' });
    f = await createFrontDoor();
    // The test persons live in 's-Gravenhage: this test gemeente is that gemeente.
    await prisma.gemeente.update({ where: { id: f.gemeenteId }, data: { gemeentecode: '0518' } });
    await prisma.postcodeGebied.create({ data: { gemeenteId: f.gemeenteId, wijkId: f.wijkId, postcodeVan: '2511AA', postcodeTot: '2511ZZ' } });
  });
  afterAll(async () => {
    await brp?.close();
  });
  beforeEach(herstel);
  return {
    frontDoor: () => f,
    herstel,
    async wijzigInBrp(bsn, wijziging) {
      if (!origineel.has(bsn)) origineel.set(bsn, structuredClone(brp.personen.get(bsn)));
      const res = await fetch(`http://127.0.0.1:${port}/lokaal/personen/${bsn}`, {
        method: 'PATCH', headers: { 'x-api-key': process.env.BRP_API_KEY!, 'content-type': 'application/json' }, body: JSON.stringify(wijziging),
      });
      expect(res.status).toBe(204);
    },
  };
}
