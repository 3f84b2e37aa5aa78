import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

// The confirmation page after the online form is reached by a redirect (so a refresh does not send the melding
// twice). What it shows travels in the address, signed with the server secret so nobody can make the page show a
// kenmerk that was never given out. It holds no personal data: the kenmerk, when, whether it was urgent and whether
// the melder wrote about someone else (the confirmation is written per situation).

export type Bevestiging = { kenmerk: string; ontvangenOp: Date; urgent: boolean; termijnDagen: number; overAnder: boolean };

const GELDIG_MS = 24 * 60 * 60 * 1000;

const secret = () => {
  const value = env().NEXTAUTH_SECRET;
  if (!value) throw new Error('NEXTAUTH_SECRET is not set');
  return value;
};

const sign = (payload: string) => createHmac('sha256', secret()).update(`bevestiging:${payload}`).digest('base64url');

export function bevestigingToken(b: Bevestiging): string {
  const payload = Buffer.from(JSON.stringify({ k: b.kenmerk, o: b.ontvangenOp.toISOString(), u: b.urgent, t: b.termijnDagen, a: b.overAnder })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function readBevestigingToken(token: string | undefined, now = new Date()): Bevestiging | null {
  if (!token || token.length > 1000) return null;
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { k: string; o: string; u: boolean; t: number; a?: boolean };
    const ontvangenOp = new Date(data.o);
    if (Number.isNaN(ontvangenOp.getTime()) || now.getTime() - ontvangenOp.getTime() > GELDIG_MS) return null;
    return { kenmerk: String(data.k), ontvangenOp, urgent: Boolean(data.u), termijnDagen: Number(data.t) || 42, overAnder: data.a === true };
  } catch {
    return null;
  }
}
