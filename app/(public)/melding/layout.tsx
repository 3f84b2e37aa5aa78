import type { Metadata } from 'next';
import { InwonerChrome } from '@/components/mijn/inwoner-chrome';
import { getPublicGemeente } from '@/lib/server/melding/get-public-gemeente';

export const metadata: Metadata = { title: { default: 'Hulp vragen', template: '%s · Hulp vragen' } };

// Rendered per request: the gemeente comes from the database, which the build has none of.
export const dynamic = 'force-dynamic';

/** The resident's side: the gemeente's own name, plain and calm, in the resident frame (NL Design System). */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const gemeente = await getPublicGemeente();
  return (
    <InwonerChrome gemeente={gemeente} onderdeel="Sociaal wijkteam" voetKop="Liever bellen?" veiligThuis>
      {children}
    </InwonerChrome>
  );
}
