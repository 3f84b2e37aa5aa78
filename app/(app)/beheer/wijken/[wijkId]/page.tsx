import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatPostcode } from '@/lib/domain/postcode';
import { postcodesInReeks } from '@/lib/domain/postcode-gebieden';
import { getWijk } from '@/lib/server/beheer/get-wijk';
import { RowActionForm } from '../../_components/row-action-form';
import { removePostcodeGebiedAction } from '../actions';
import { PostcodeGebiedForm, WijkForm } from '../wijk-forms';
import { formatAantal } from '@/lib/domain/getallen';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';
import { isUuid } from '@/lib/domain/ids';

export const metadata: Metadata = { title: 'Wijk · Beheer' };

export default async function WijkPage({ params }: { params: Promise<{ wijkId: string }> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { wijkId } = await params;
  if (!isUuid(wijkId)) await refuseRead();
  const wijk = await readOrRefuse(getWijk(actor, wijkId));
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/wijken">← Wijken</Link>
      </p>
      <PageHeader
        title={wijk.naam}
        description={`${wijk.huishoudens} ${wijk.huishoudens === 1 ? 'huishouden' : 'huishoudens'} in Wijkregie · bediend door ${wijk.teams.map((t) => t.team.naam).join(', ') || 'geen team'}`}
      />
      <Section title="Wijk">
        <WijkForm wijk={{ id: wijk.id, code: wijk.code, naam: wijk.naam, inwoners: wijk.inwoners, actief: wijk.actief }} />
      </Section>
      <Section title="Postcodereeksen">
        <p className="mb-3 max-w-3xl text-slate-700">
          Een reeks loopt van de eerste tot en met de laatste postcode. Reeksen van verschillende wijken mogen niet overlappen. Huishoudens die al in Wijkregie staan, houden hun wijk.
        </p>
        <DataTable
          caption="Postcodereeksen van deze wijk"
          rows={wijk.postcodeGebieden}
          rowKey={(g) => g.id}
          empty={<EmptyState>Deze wijk heeft nog geen postcodes: adressen komen er nu niet vanzelf in.</EmptyState>}
          columns={[
            { header: 'Van', cell: (g) => formatPostcode(g.postcodeVan) },
            { header: 'Tot en met', cell: (g) => formatPostcode(g.postcodeTot) },
            { header: 'Postcodes', cell: (g) => formatAantal(postcodesInReeks(g.postcodeVan, g.postcodeTot)) },
            {
              header: 'Actie',
              cell: (g) => (
                <RowActionForm
                  action={removePostcodeGebiedAction}
                  fields={{ postcodeGebiedId: g.id }}
                  label="Verwijderen"
                  context={`reeks ${formatPostcode(g.postcodeVan)} tot en met ${formatPostcode(g.postcodeTot)}`}
                />
              ),
            },
          ]}
        />
        <PostcodeGebiedForm wijkId={wijk.id} />
      </Section>
    </>
  );
}
