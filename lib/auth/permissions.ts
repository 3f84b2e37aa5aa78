// The one permission table. Every use case starts with assertPermission; every page checks it before it reads;
// the navigation shows only what a role may open. Need-to-know on a household comes on top (lib/server/access).
import { DomainError } from '@/lib/errors';
import type { Rol } from '@/lib/generated/prisma/enums';

export type Actor = {
  id: string;
  gemeenteId: string;
  naam: string;
  email: string;
  rollen: Rol[];
  teamIds: string[];
};

const STAFF_WITH_CASES: Rol[] = ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD', 'GEDRAGSWETENSCHAPPER', 'BACKOFFICE'];

export const PERMISSIONS = {
  'melding:read': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'melding:register': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'triage:perform': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'dossier:search': STAFF_WITH_CASES,
  'dossier:read': STAFF_WITH_CASES,
  'dossier:break-the-glass': STAFF_WITH_CASES,
  'journaal:write': STAFF_WITH_CASES,
  'document:upload': STAFF_WITH_CASES,
  'betrokkene:write': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'huishouden:leden-wijzigen': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'toestemming:write': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'gesprek:write': ['WIJKCOACH', 'TEAMLEAD'],
  'veiligheid:write': ['WIJKCOACH', 'TEAMLEAD'],
  // DOMAIN.md §3 rule 5: sharing with or consulting an outside party, on consent or a recorded legal ground.
  'gegevensdeling:write': ['WIJKCOACH', 'TEAMLEAD'],
  'werkvoorraad:read': ['WIJKCOACH', 'TEAMLEAD'],
  'regie:assign': ['TEAMLEAD'],
  'regie:request-opschaling': ['WIJKCOACH'],
  // Plus the DOORZETTINGSMACHT mandate, checked in the use case.
  'regie:doorzettingsmacht': ['WIJKCOACH', 'TEAMLEAD'],
  'plan:write': ['WIJKCOACH', 'TEAMLEAD'],
  'plan:vaststellen': ['WIJKCOACH', 'TEAMLEAD'],
  // Closing and reopening a casus (issue 6): the regisseur or the teamleider; with a lasting safety risk only the
  // teamleider (lib/domain/casus-transitions REASONS.riskNeedsTeamlead).
  'casus:afsluiten': ['WIJKCOACH', 'TEAMLEAD'],
  'casus:heropenen': ['WIJKCOACH', 'TEAMLEAD'],
  'consult:read': ['GEDRAGSWETENSCHAPPER', 'TEAMLEAD'],
  'consult:answer': ['GEDRAGSWETENSCHAPPER'],
  'aanvraag:read': ['BACKOFFICE', 'TEAMLEAD'],
  // Issue 7: the backoffice handles the aanvraag (opschorten, hervatten, verdagen), drafts the beschikking, a second
  // backoffice user with the BESCHIKKING_VASTSTELLEN mandate stelt it vast (four eyes), and sends the toewijzingen.
  'aanvraag:behandelen': ['BACKOFFICE'],
  'beschikking:draft': ['BACKOFFICE'],
  'beschikking:vaststellen': ['BACKOFFICE'],
  'toewijzing:verzenden': ['BACKOFFICE'],
  // Issue 19: the berichtenverkeer with the aanbieders; beheer sees it too (refused messages, the channel).
  'berichten:read': ['BACKOFFICE', 'BEHEERDER'],
  'berichten:behandelen': ['BACKOFFICE'],
  'beheer:manage': ['BEHEERDER'],
  // The sociale kaart (algemene voorzieningen, voorliggende partners) while triaging and planning; no personal data.
  'socialekaart:read': ['FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD'],
  'rapportage:read': ['BELEID', 'TEAMLEAD'],
  'auditlog:read': ['PRIVACY', 'BEHEERDER'],
  // Issue 16 item 18: reviewing a break-the-glass access afterwards (NEN 7513) is the privacy officer's.
  'auditlog:review': ['PRIVACY'],
  'inzage:export': ['PRIVACY'],
} as const satisfies Record<string, readonly Rol[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Pick<Actor, 'rollen'>, permission: Permission): boolean {
  const allowed: readonly Rol[] = PERMISSIONS[permission];
  return actor.rollen.some((rol) => allowed.includes(rol));
}

export function assertPermission(actor: Pick<Actor, 'rollen'>, permission: Permission): void {
  if (!can(actor, permission)) throw new DomainError('FORBIDDEN');
}
