import 'server-only';
import { prisma } from '@/lib/db';
import { formatNummer } from '@/lib/domain/nummering';
import { isUrgent, VEILIGHEID_ANTWOORD_LABELS } from '@/lib/domain/melding';
import { hashAddress, isRateLimited, MELDING_RATE_LIMIT, windowStart } from '@/lib/domain/rate-limit';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import { nextKenmerk } from '@/lib/server/nummering';
import type { PublicMeldingInput } from '@/lib/validations/melding';
import { getPublicGemeente } from './get-public-gemeente';
import { meldMeldingOntvangen } from '@/lib/server/mail/meld-nieuw-bericht';
import { env } from '@/lib/env';

export type PublicMeldingResult = { kenmerk: string; ontvangenOp: Date; urgent: boolean; onderzoekTermijnDagen: number; stored: boolean };

function addressSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set: it keys the hash of client addresses');
  return secret;
}

export const rateLimitMessage = (telefoon: string) =>
  `U heeft het afgelopen uur al ${MELDING_RATE_LIMIT.max} meldingen gedaan. Probeer het over een uur opnieuw. Heeft u nu hulp nodig? Bel dan de gemeente op ${telefoon}.`;

/**
 * The resident's online melding (no account). Refuses more than MELDING_RATE_LIMIT.max meldingen per hour from one
 * address (counted by a keyed hash, never the address itself); a bot that fills the honeypot gets an answer that
 * looks the same as a real one, and nothing is stored.
 */
export async function submitPublicMelding(input: PublicMeldingInput, meta: { address: string; now?: Date }): Promise<PublicMeldingResult> {
  const now = meta.now ?? new Date();
  const gemeente = await getPublicGemeente();
  const urgent = isUrgent({ veiligheidsantwoord: input.veiligheid, kanaal: 'WEBSITE' });
  if (input.honeypot) {
    const fake = formatNummer('melding', 100_000 + Math.floor(Math.random() * 800_000), now);
    return { kenmerk: fake, ontvangenOp: now, urgent, onderzoekTermijnDagen: gemeente.onderzoekTermijnDagen, stored: false };
  }
  const bronIpHash = hashAddress(meta.address, addressSecret());
  const ander = input.overWie === 'ander';

  const { result, mails } = await prisma.$transaction(async (tx) => {
    // One address at a time: without the lock, parallel requests would all count the same earlier meldingen.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${bronIpHash}))`;
    const recent = await tx.melding.count({ where: { bronIpHash, createdAt: { gte: windowStart(now) } } });
    if (isRateLimited(recent)) throw new DomainError('THROTTLED', [rateLimitMessage(gemeente.telefoon)]);

    const leefgebieden = input.leefgebieden.length
      ? await tx.leefgebied.findMany({ where: { gemeenteId: gemeente.id, actief: true, id: { in: input.leefgebieden } }, select: { id: true, naam: true } })
      : [];
    const kenmerk = await nextKenmerk(tx, gemeente.id, 'melding', now);
    const melding = await tx.melding.create({
      data: {
        gemeenteId: gemeente.id,
        kenmerk,
        kanaal: 'WEBSITE',
        overZichzelf: !ander,
        melderNaam: ander ? input.melderNaam : null,
        melderRelatie: ander ? input.melderRelatie : null,
        melderTelefoon: ander ? input.telefoon : null,
        melderEmail: ander ? input.email : null,
        inwonerWeetErVan: ander ? (input.inwonerWeetErVan === 'ja' ? true : input.inwonerWeetErVan === 'nee' ? false : null) : true,
        naam: input.naam,
        geboortedatum: input.geboortedatum,
        postcode: input.postcode,
        huisnummer: input.huisnummer?.huisnummer ?? null,
        huisnummerToevoeging: input.huisnummer?.toevoeging ?? null,
        telefoon: ander ? null : input.telefoon,
        email: ander ? null : input.email,
        vraag: input.vraag,
        veiligheidsantwoord: VEILIGHEID_ANTWOORD_LABELS[input.veiligheid],
        urgent,
        ontvangenOp: now,
        bronIpHash,
        leefgebieden: { create: leefgebieden.map((l) => ({ leefgebiedId: l.id, label: l.naam })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, null, { actie: 'MELDING_CREATED', entiteit: 'Melding', entiteitId: melding.id, after: { kanaal: 'WEBSITE', urgent } }, { gemeenteId: gemeente.id });
    // Issue 21: a confirmation to the address given (the kenmerk and what happens next), sent after the commit.
    const mails = input.email
      ? await meldMeldingOntvangen(tx, { gemeenteId: gemeente.id, meldingId: melding.id, aan: input.email, kenmerk, ontvangenOp: now, overAnder: ander, termijnDagen: gemeente.onderzoekTermijnDagen }, gemeente)
      : null;
    return { result: { kenmerk, ontvangenOp: now, urgent, onderzoekTermijnDagen: gemeente.onderzoekTermijnDagen, stored: true }, mails };
  });
  await mails?.verstuur();
  return result;
}
