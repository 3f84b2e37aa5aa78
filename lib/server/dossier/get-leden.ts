import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { GezagGrond } from '@/lib/domain/brp';
import { ageOn, toCalendarDay } from '@/lib/domain/dates';
import { vertegenwoordigingActueel, vertegenwoordigingTot, volledigeNaam } from '@/lib/domain/lidmaatschap';
import { openDossier } from './common';

/** The leden tab: current members and the whole membership history of the household. */
export async function getLeden(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  const vandaag = toCalendarDay(today);
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Leden' });
    const h = await tx.huishouden.findUniqueOrThrow({
      where: { id: huishoudenId },
      select: {
        version: true,
        leden: {
          orderBy: [{ vanaf: 'desc' }],
          select: {
            id: true, rol: true, vanaf: true, tot: true, reden: true,
            persoon: {
              select: {
                id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, bsn: true,
                version: true, brpGeverifieerdOp: true, geheimhouding: true, brpInOnderzoek: true, gezagBron: true, gezagToelichting: true, brpAndereGemeente: true, brpAndereGemeenteReden: true, // issue 20
                vertegenwoordigd: {
                  select: {
                    soort: true, vanaf: true, tot: true, naam: true, bron: true, vertegenwoordiger: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
                    grond: true, grondDatum: true, grondKenmerk: true, vastgesteldDoorId: true, vastgesteldOp: true, // issue 20: a staff member's decision
                  },
                },
              },
            },
          },
        },
      },
    });
    // Who recorded a gezag decision (issue 20): staff names, one query for the whole household.
    const doorIds = [...new Set(h.leden.flatMap((l) => l.persoon.vertegenwoordigd.map((v) => v.vastgesteldDoorId)).filter((id): id is string => id !== null))];
    const door = new Map((doorIds.length ? await tx.user.findMany({ where: { id: { in: doorIds }, gemeenteId: actor.gemeenteId }, select: { id: true, naam: true } }) : []).map((u) => [u.id, u.naam]));
    const rows = h.leden.map((l) => {
      const g = l.persoon.geboortedatum;
      return {
        lidmaatschapId: l.id, persoonId: l.persoon.id, naam: volledigeNaam(l.persoon), rol: l.rol, vanaf: l.vanaf, tot: l.tot, reden: l.reden,
        geboortedatum: g, leeftijd: g && g.getTime() <= vandaag.getTime() ? ageOn(g, vandaag) : null, bsnBekend: l.persoon.bsn !== null,
        brp: {
          version: l.persoon.version, geverifieerdOp: l.persoon.brpGeverifieerdOp, geheimhouding: l.persoon.geheimhouding,
          inOnderzoek: l.persoon.brpInOnderzoek, gezagBron: l.persoon.gezagBron, gezagToelichting: l.persoon.gezagToelichting,
          andereGemeente: l.persoon.brpAndereGemeente, andereGemeenteReden: l.persoon.brpAndereGemeenteReden,
        },
        vertegenwoordiging: l.persoon.vertegenwoordigd.map((v) => ({
          soort: v.soort,
          uitBrp: v.bron === 'BRP',
          besluit: v.bron === 'MEDEWERKER' && v.grond && v.grondDatum && v.vastgesteldOp
            ? { grond: v.grond as GezagGrond, grondDatum: v.grondDatum, grondKenmerk: v.grondKenmerk, door: door.get(v.vastgesteldDoorId ?? '') ?? 'onbekend', op: v.vastgesteldOp }
            : null,
          naam: v.vertegenwoordiger ? volledigeNaam(v.vertegenwoordiger) : v.naam ?? 'Onbekend',
          actueel: vertegenwoordigingActueel(v, g, vandaag),
          tot: vertegenwoordigingTot(v, g),
        })),
      };
    });
    return { version: h.version, huidig: rows.filter((r) => r.tot === null), vroeger: rows.filter((r) => r.tot !== null) };
  });
}
