// Issue 21: the kinds of people who use Wijkregie (ARCHITECTURE.md, "Three audiences, one app"). Staff are the
// existing Actor (lib/auth/permissions); a resident is an InwonerActor, signed in with DigiD, whose rights come only
// from their current household membership and gezag (lib/server/access/inwoner-access.ts), never from a role.
// The partner kind comes with issue 22.
import type { Actor } from './permissions';

export type InwonerActor = {
  kind: 'inwoner';
  gemeenteId: string;
  persoonId: string;
  bsn: string;
  naam: string;
  /** The household of the current membership (read fresh on every request: moving out ends access at once). */
  huishoudenId: string;
};

export type MedewerkerActor = Actor & { kind?: 'medewerker' };

/** Any signed-in person, tagged by kind (staff carry no tag today: an actor without one is a medewerker). */
export type AnyActor = MedewerkerActor | InwonerActor;

export const isInwoner = (actor: AnyActor | null | undefined): actor is InwonerActor => actor?.kind === 'inwoner';
