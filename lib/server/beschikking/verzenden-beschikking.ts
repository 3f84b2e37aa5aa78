import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { beschikkingRefusalReasons, REDENEN, uiterlijkeReactiedatum, type BeschikkingFeiten } from '@/lib/domain/beschikking';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { VerzendenInput } from '@/lib/validations/beschikking';
import { beschikkingBriefPdf } from './brief';
import { beschikkingBriefData } from './brief-data';
import { beschikkingConflict, loadBeschikking } from './shared';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { meldHuishouden } from '@/lib/server/mail/meld-nieuw-bericht';

/**
 * Vastgesteld → verzonden on the day the letter went out (bekendmaking). That day starts the bezwaar term: the
 * uiterlijke reactiedatum is six weeks later (Awb 6:7, the gemeente's bezwaarTermijnDagen), moved by the Algemene
 * termijnenwet when that day is a Saturday, Sunday or feestdag. The letter as sent is
 * stored in the dossier (Document soort BESCHIKKING, bronId the beschikking), in the same transaction.
 */
export async function verzendenBeschikking(actor: Actor, input: VerzendenInput, now = new Date()) {
  assertPermission(actor, 'beschikking:draft');
  const today = toCalendarDay(now);
  const { mails, ...result } = await prisma.$transaction(async (tx) => {
    const b = await loadBeschikking(tx, actor, input.beschikkingId);
    await assertHouseholdAccess(tx, actor, b.huishoudenId, {
      actie: 'BESCHIKKING_VERZONDEN', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId,
      after: { verzenddatum: input.verzenddatum.toISOString().slice(0, 10) },
    });
    const feiten: BeschikkingFeiten = {
      status: b.status, opgesteldDoorId: b.opgesteldDoorId, actorId: actor.id, mandaatProbleem: null, inhoudProblemen: [],
      datum: b.datum, verzenddatum: input.verzenddatum, vervalreden: null, today,
    };
    // The reasons first, to put a date problem at the field; applyTransition checks the same table again.
    const redenen = beschikkingRefusalReasons(feiten, 'VERZONDEN');
    if (redenen.length) {
      const bijDatum = [REDENEN.verzenddatumVoorDatum, REDENEN.verzenddatumToekomst] as string[];
      throw new DomainError('TRANSITION_REFUSED', redenen, redenen.some((r) => bijDatum.includes(r)) ? { verzenddatum: redenen } : {});
    }
    const { bezwaarTermijnDagen } = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { bezwaarTermijnDagen: true } });
    const verzenddatum = toCalendarDay(input.verzenddatum);
    const uiterlijk = uiterlijkeReactiedatum(verzenddatum, bezwaarTermijnDagen, await laadBesluitdagen(tx));
    // The term in days is kept, so that the date moves with the rule when beheer changes the Besluitdagen (issue 17).
    const version = await applyTransition(tx, actor, {
      object: 'beschikking', id: b.id, version: input.version, van: b.status, naar: 'VERZONDEN', facts: feiten,
      data: { verzenddatum, uiterlijkeReactiedatum: uiterlijk, bezwaarTermijnDagen },
      audit: null, // BESCHIKKING_VERZONDEN above (need-to-know)
      conflict: () => beschikkingConflict(tx, actor, b.id),
    });

    const verzonden = { ...b, status: 'VERZONDEN' as const, verzenddatum, uiterlijkeReactiedatum: uiterlijk };
    const brief = await beschikkingBriefPdf(await beschikkingBriefData(tx, verzonden, today));
    const casus = b.aanvraagId ? await tx.aanvraag.findUnique({ where: { id: b.aanvraagId }, select: { casusId: true } }) : null;
    await tx.document.create({
      data: {
        gemeenteId: actor.gemeenteId, huishoudenId: b.huishoudenId, casusId: casus?.casusId ?? null, soort: 'BESCHIKKING',
        titel: `Beschikking ${b.identificatie}`, mimeType: 'application/pdf', inhoud: new Uint8Array(brief), grootte: brief.length, bronId: b.id, doorId: actor.id,
      },
    });
    // Issue 21: the person (or the parents with gezag) hears by mail that a letter waits in Mijn plan, after the commit.
    const mails = await meldHuishouden(tx, actor.gemeenteId, b.huishoudenId, now, 'BESCHIKKING_VERSTUURD', b.persoonId);
    return { version, uiterlijkeReactiedatum: uiterlijk, mails };
  });
  await mails.verstuur();
  return result;
}
