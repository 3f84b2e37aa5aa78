import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { persoonNaam } from '@/lib/domain/gesprek';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { networkMap } from '@/lib/server/gesprek/get-gesprek-form';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/** The gesprekken tab: every gesprek, the network map and each person's ZRM scores over time. */
export async function listGesprekken(actor: Actor, huishoudenId: string) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Gesprek' });
    const huishouden = await tx.huishouden.findFirst({
      where: { id: huishoudenId, gemeenteId: actor.gemeenteId },
      select: { id: true, naam: true, casussen: { where: { fase: { not: 'AFGESLOTEN' } }, select: { id: true, nummer: true, verslagVerstuurdOp: true } } },
    });
    if (!huishouden) throw new DomainError('NOT_FOUND');
    const [gesprekken, scores, verslagen] = await eenVoorEen([
      tx.gesprek.findMany({
        where: { huishoudenId },
        orderBy: [{ datum: 'desc' }, { createdAt: 'desc' }],
        select: {
          id: true, datum: true, plaats: true, status: true, verslagVerstuurdOp: true, voerderId: true, updatedAt: true,
          leefgebieden: { where: { persoonId: null }, select: { label: true } },
        },
      }),
      tx.zrmScore.findMany({
        where: { huishoudenId },
        orderBy: [{ datum: 'asc' }],
        select: { id: true, persoonId: true, domein: true, score: true, datum: true, notitie: true, beoordelaarId: true, persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
      }),
      tx.document.findMany({ where: { huishoudenId, soort: 'VERSLAG' }, select: { bronId: true } }),
    ]);
    const netwerk = await networkMap(tx, huishoudenId);
    const userIds = [...new Set([...gesprekken.map((g) => g.voerderId), ...scores.map((s) => s.beoordelaarId)])];
    const users = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } })).map((u) => [u.id, u.naam]));
    const withVerslag = new Set(verslagen.map((v) => v.bronId));

    const personen = new Map<string, { persoonId: string; naam: string; scores: { id: string; domein: (typeof scores)[number]['domein']; score: number; datum: Date; notitie: string | null; beoordelaar: string }[] }>();
    for (const s of scores) {
      const entry = personen.get(s.persoonId) ?? { persoonId: s.persoonId, naam: persoonNaam(s.persoon), scores: [] };
      entry.scores.push({ id: s.id, domein: s.domein, score: s.score, datum: s.datum, notitie: s.notitie, beoordelaar: users.get(s.beoordelaarId) ?? 'Onbekend' });
      personen.set(s.persoonId, entry);
    }
    return {
      huishouden: { id: huishouden.id, naam: huishouden.naam },
      casus: huishouden.casussen[0] ?? null,
      gesprekken: gesprekken.map((g) => ({
        ...g,
        voerder: users.get(g.voerderId) ?? 'Onbekend',
        leefgebieden: g.leefgebieden.map((l) => l.label),
        heeftVerslag: withVerslag.has(g.id),
      })),
      zrm: [...personen.values()],
      netwerk,
    };
  });
}
