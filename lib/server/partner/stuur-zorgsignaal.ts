import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { PARTNER_SIGNAAL_SOORT_LABELS } from '@/lib/domain/labels';
import { env } from '@/lib/env';
import { recordPartnerAudit, requirePartnerToegang } from '@/lib/server/access/partner-access';
import { zetInWachtrij } from '@/lib/server/mail/queue';
import type { ZorgsignaalInput } from '@/lib/validations/partner';

/**
 * Issue 22: a partner sends a zorgsignaal about a household it sees (worry, a no-show, a crisis) to the regisseur. It
 * stands unhandled in the regisseur's werkvoorraad until handled. A CRISIS signal also raises the open casus's
 * urgency to CRISIS (the top of the werkvoorraad and the casusverdeling) and mails the regisseur and the teamleads of
 * the casus's team at once, through the mail outbox (the mail names the casus number only, never the household).
 */
export async function stuurZorgsignaal(partner: PartnerActor, input: ZorgsignaalInput, now = new Date()) {
  const { signaal, mailIds } = await prisma.$transaction(async (tx) => {
    const toegang = await requirePartnerToegang(tx, partner, input.huishoudenId, now);
    const casus = await tx.casus.findFirst({
      where: { huishoudenId: input.huishoudenId, gemeenteId: partner.gemeenteId, fase: { not: 'AFGESLOTEN' } },
      orderBy: { geopendOp: 'desc' },
      select: { id: true, nummer: true, urgentie: true, teamId: true },
    });
    const signaal = await tx.partnerSignaal.create({
      data: {
        gemeenteId: partner.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus?.id ?? null, organisatieId: partner.organisatieId,
        gebruikerId: partner.gebruikerId, soort: input.soort, toelichting: input.toelichting, createdAt: now,
      },
      select: { id: true, soort: true },
    });
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_SIGNAAL', entiteit: 'PartnerSignaal', entiteitId: signaal.id, huishoudenId: input.huishoudenId,
      after: { soort: input.soort, casusId: casus?.id ?? null, urgentieVoor: casus?.urgentie ?? null },
    }, toegang);
    const mailIds: string[] = [];
    if (input.soort === 'CRISIS' && casus) {
      if (casus.urgentie !== 'CRISIS') {
        await tx.casus.update({ where: { id: casus.id }, data: { urgentie: 'CRISIS', version: { increment: 1 } } });
      }
      // One after the other: a transaction is one connection, which runs one statement at a time.
      const regisseurs = await tx.regieToewijzing.findMany({ where: { casusId: casus.id, tot: null, regisseur: { actief: true } }, select: { regisseur: { select: { email: true } } } });
      const teamleads = casus.teamId
        ? await tx.user.findMany({ where: { actief: true, rollen: { has: 'TEAMLEAD' }, teams: { some: { teamId: casus.teamId, tot: null } } }, select: { email: true } })
        : [];
      const adressen = new Set([...regisseurs.map((r) => r.regisseur?.email), ...teamleads.map((t) => t.email)].filter((e): e is string => Boolean(e)));
      const base = env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
      for (const aan of adressen) {
        const mail = await tx.mailBericht.create({
          data: {
            gemeenteId: partner.gemeenteId, huishoudenId: input.huishoudenId, soort: 'PARTNER_CRISIS', aan,
            onderwerp: `Crisissignaal van een ketenpartner (casus ${casus.nummer})`,
            tekst: `Er is een ${PARTNER_SIGNAAL_SOORT_LABELS.CRISIS.toLowerCase()}signaal binnengekomen van een ketenpartner voor casus ${casus.nummer}.\nDe urgentie van de casus staat nu op crisis. Bekijk het signaal in Wijkregie:\n${base}/werkvoorraad\n\nDit is een automatisch bericht.`,
            createdAt: now,
          },
          select: { id: true },
        });
        mailIds.push(mail.id);
      }
    }
    return { signaal, mailIds };
  });
  await zetInWachtrij(mailIds);
  return signaal;
}
