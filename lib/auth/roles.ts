// Roles of DOMAIN.md §1, each with its own start page and navigation. Pure data: used by pages, proxy and tests.
import type { Rol } from '@/lib/generated/prisma/enums';

export type { Rol };

export const ROLLEN: readonly Rol[] = [
  'FRONTOFFICE',
  'WIJKCOACH',
  'TEAMLEAD',
  'GEDRAGSWETENSCHAPPER',
  'BACKOFFICE',
  'BEHEERDER',
  'BELEID',
  'PRIVACY',
];

export const ROLE_HOME: Record<Rol, string> = {
  FRONTOFFICE: '/meldingen',
  WIJKCOACH: '/werkvoorraad',
  TEAMLEAD: '/casusverdeling',
  GEDRAGSWETENSCHAPPER: '/consulten',
  BACKOFFICE: '/aanvragen',
  BEHEERDER: '/beheer',
  BELEID: '/rapportage',
  PRIVACY: '/toegangslog',
};

/** The first role in this order decides where a person with several roles lands. */
export function homeFor(rollen: readonly Rol[]): string {
  const first = ROLLEN.find((rol) => rollen.includes(rol));
  return first ? ROLE_HOME[first] : '/geen-rol';
}

