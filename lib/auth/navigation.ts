import { can, type Actor, type Permission } from '@/lib/auth/permissions';

export type NavItem = { href: string; label: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: '/meldingen', label: 'Meldingen', permission: 'melding:read' },
  { href: '/werkvoorraad', label: 'Mijn werkvoorraad', permission: 'werkvoorraad:read' },
  { href: '/casusverdeling', label: 'Casusverdeling', permission: 'regie:assign' },
  { href: '/zoeken', label: 'Zoeken', permission: 'dossier:search' },
  { href: '/sociale-kaart', label: 'Sociale kaart', permission: 'socialekaart:read' },
  { href: '/consulten', label: 'Consulten', permission: 'consult:read' },
  { href: '/aanvragen', label: 'Aanvragen', permission: 'aanvraag:read' },
  { href: '/beschikkingen', label: 'Nog versturen', permission: 'beschikking:draft' },
  { href: '/berichtenverkeer', label: 'Berichtenverkeer', permission: 'berichten:read' },
  { href: '/rapportage', label: 'Rapportage', permission: 'rapportage:read' },
  { href: '/beheer', label: 'Beheer', permission: 'beheer:manage' },
  { href: '/toegangslog', label: 'Toegangslog', permission: 'auditlog:read' },
  { href: '/inzage', label: 'Inzage', permission: 'inzage:export' },
];

export function navigationFor(actor: Pick<Actor, 'rollen'>): NavItem[] {
  return NAV_ITEMS.filter((item) => can(actor, item.permission));
}
