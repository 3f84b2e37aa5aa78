import type { Metadata } from 'next';
import { getInwoner, getInwonerGemeente } from '@/lib/auth/inwoner';
import { buttonClasses } from '@/components/ui/button';
import { InwonerChrome, InwonerMenu } from '@/components/mijn/inwoner-chrome';
import { uitloggen } from './mijn/actions';

export const metadata: Metadata = { title: { default: 'Mijn plan', template: '%s · Mijn plan' } };
export const dynamic = 'force-dynamic';

const MENU = [
  ['/mijn', 'Overzicht'],
  ['/mijn/plan', 'Mijn plan'],
  ['/mijn/berichten', 'Berichten'],
  ['/mijn/brieven', 'Brieven'],
  ['/mijn/toestemmingen', 'Toestemming'],
  ['/mijn/wie-keek-mee', 'Wie keek mee'],
] as const;

/** Issue 21: the residents' part, in the same resident frame as the melding form (NL Design System), 360 px up. */
export default async function MijnLayout({ children }: { children: React.ReactNode }) {
  const [gemeente, inwoner] = await Promise.all([getInwonerGemeente(), getInwoner()]);
  return (
    <InwonerChrome
      gemeente={gemeente}
      onderdeel="Mijn plan"
      voetKop="Vragen?"
      actie={inwoner && (
        <form action={uitloggen}>
          <button type="submit" className={buttonClasses('secondary', 'text-base')}>Uitloggen</button>
        </form>
      )}
      menu={inwoner && <InwonerMenu label="Mijn plan" items={MENU} />}
    >
      {children}
    </InwonerChrome>
  );
}
