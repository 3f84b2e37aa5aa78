// Issue 22: a ketenpartner's user, signed in with eHerkenning (ARCHITECTURE.md "Three audiences, one app"). Rights
// come only from the organisation's involvement in a household within its consent or legal ground
// (lib/server/access/partner-access.ts), never from a staff role. Read fresh on every request: a user or an
// organisation made inactive loses access at once.
import type { PartnerSoort } from '@/lib/domain/enums';

export type PartnerActor = {
  kind: 'partner';
  gemeenteId: string;
  gebruikerId: string;
  naam: string;
  email: string;
  /** Manages the organisation's own users. */
  coordinator: boolean;
  organisatieId: string;
  organisatieNaam: string;
  soort: PartnerSoort;
  /** The aanbieder this organisation is (its toewijzingen), or null. */
  aanbiederId: string | null;
};

export const isPartner = (actor: { kind?: string } | null | undefined): actor is PartnerActor => actor?.kind === 'partner';
