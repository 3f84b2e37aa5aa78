// The tabs of the household dossier, in one place: app/(app)/huishoudens/[huishoudenId]/layout.tsx renders them, and
// every page behind a tab lives at /huishoudens/[huishoudenId]/<segment>. A new dossier page only needs a line here
// (or none, when its tab is already listed); nobody needs to edit the layout. Pure data: no React, no server code.

export type DossierTab = {
  /** The path segment after /huishoudens/[huishoudenId]; '' for the overview. */
  segment: string;
  label: string;
};

export const DOSSIER_TABS = [
  { segment: '', label: 'Overzicht' },
  { segment: 'leden', label: 'Leden' },
  { segment: 'tijdlijn', label: 'Tijdlijn' },
  { segment: 'journaal', label: 'Journaal' },
  { segment: 'betrokkenen', label: 'Betrokkenen' },
  { segment: 'toestemmingen', label: 'Toestemming' },
  { segment: 'gesprekken', label: 'Gesprekken' },
  { segment: 'veiligheid', label: 'Veiligheid' },
  { segment: 'regie', label: 'Regie' },
  { segment: 'plan', label: 'Plan' },
  { segment: 'beschikkingen', label: 'Aanvragen en beschikkingen' },
  { segment: 'documenten', label: 'Documenten' },
  { segment: 'berichten', label: 'Berichten' }, // issue 21: Mijn plan
] as const satisfies readonly DossierTab[];

export type DossierSegment = (typeof DOSSIER_TABS)[number]['segment'];

export const dossierHref = (huishoudenId: string, segment: DossierSegment = '', sub?: string): string =>
  `/huishoudens/${huishoudenId}${segment ? `/${segment}` : ''}${sub ? `/${sub}` : ''}`;

/** The tab a path belongs to: '/huishoudens/x/gesprekken/y' → 'gesprekken'; the overview only on its own path. */
export const activeDossierSegment = (pathname: string, huishoudenId: string): DossierSegment | null => {
  const base = `/huishoudens/${huishoudenId}`;
  if (pathname === base || pathname === `${base}/`) return '';
  if (!pathname.startsWith(`${base}/`)) return null;
  const segment = pathname.slice(base.length + 1).split('/')[0];
  return DOSSIER_TABS.find((t) => t.segment === segment)?.segment ?? null;
};
