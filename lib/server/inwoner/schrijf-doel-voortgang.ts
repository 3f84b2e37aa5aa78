import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { inwonerPersoonSql, recordInwonerAudit } from '@/lib/server/access/inwoner-access';
import type { DoelVoortgangInput } from '@/lib/validations/inwoner';
import { assertInwonerRateLimit } from './shared';

export const DOEL_NIET_GEVONDEN = 'Dit doel hebben we niet gevonden.';

/**
 * Issue 21, own progress: the resident says how a goal of their plan in force or its concept is going (a short text
 * and a scale of 1 to 5). Only a goal of their household's current plan that is theirs to see (a goal of someone
 * else's part answers as not found). The regisseur sees it in the plan and the evaluation.
 */
export async function schrijfDoelVoortgang(inwoner: InwonerActor, input: DoelVoortgangInput, now = new Date()): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const [doel] = await tx.$queryRaw<{ id: string }[]>`
      SELECT d."id" FROM "Doel" d
      JOIN "PlanVersie" v ON v."id" = d."planVersieId" AND v."gemeenteId" = ${inwoner.gemeenteId}::uuid AND v."status" <> 'VERVANGEN'
      JOIN "Ondersteuningsplan" o ON o."id" = v."planId" AND o."actueel" AND o."huishoudenId" = ${inwoner.huishoudenId}::uuid
      WHERE d."id" = ${input.doelId}::uuid
        AND (d."persoonId" IS NULL OR EXISTS (SELECT 1 FROM "Persoon" p WHERE p."id" = d."persoonId" AND ${inwonerPersoonSql(inwoner, Prisma.sql`p`, now)}))`;
    if (!doel) throw new DomainError('NOT_FOUND', [DOEL_NIET_GEVONDEN]);
    await assertInwonerRateLimit(tx, inwoner, now);
    const row = await tx.doelVoortgang.create({
      data: { gemeenteId: inwoner.gemeenteId, doelId: doel.id, persoonId: inwoner.persoonId, schaal: input.schaal, tekst: input.tekst, op: now },
      select: { id: true },
    });
    await recordInwonerAudit(tx, inwoner, { actie: 'INWONER_DOEL_VOORTGANG', entiteit: 'Doel', entiteitId: doel.id, after: { voortgangId: row.id, schaal: input.schaal } });
    return row;
  });
}
