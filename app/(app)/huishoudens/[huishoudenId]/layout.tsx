import type { Metadata } from 'next';
import { DossierKop } from '@/components/dossier/dossier-kop';
import { DossierTabsNav } from '@/components/dossier/dossier-tabs-nav';
import { GeenToegangDossier } from '@/components/dossier/geen-toegang-dossier';
import { can } from '@/lib/auth/permissions';
import { refuseRead } from '@/lib/auth/refuse';
import { requirePagePermission } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { intakeRefusalUitleg } from '@/lib/server/access/household-access';
import { getDossierKop, type DossierKop as Kop } from '@/lib/server/dossier/get-dossier-kop';
import { breakTheGlassAction } from './actions';

// The household dossier (issue 11): header and tabs around every page under /huishoudens/[huishoudenId]. The tabs
// come from components/dossier/dossier-tabs.ts. Need-to-know is checked once per request, shared by the header and
// the page's own read (householdAccessForView); the page's read writes the one access-log row of the view. A refused
// user sees "Geen toegang" with break the glass instead of the page.

export const metadata: Metadata = { title: { template: '%s · Dossier · Wijkregie', default: 'Dossier' } };

export default async function DossierLayout({ children, params }: { children: React.ReactNode; params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  let kop: Kop;
  try {
    kop = await getDossierKop(actor, huishoudenId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') await refuseRead(error);
    if (error instanceof DomainError && error.code === 'FORBIDDEN') {
      return <GeenToegangDossier huishoudenId={huishoudenId} breekAction={can(actor, 'dossier:break-the-glass') ? breakTheGlassAction : null} uitleg={await intakeRefusalUitleg(actor, huishoudenId)} />;
    }
    throw error;
  }
  return (
    <>
      <DossierKop kop={kop} />
      <DossierTabsNav huishoudenId={huishoudenId} />
      {children}
    </>
  );
}
