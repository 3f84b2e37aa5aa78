import type { Metadata } from 'next';
import { ActieVoortgangForm, ConsultAntwoordForm, PlanVoorstelForm, ZorgsignaalForm } from '@/components/partner/partner-forms';
import { Badge } from '@/components/ui/badge';
import { requirePartner } from '@/lib/auth/partner';
import { readOrRefuse } from '@/lib/auth/refuse';
import { formatDatum, formatDatumKort } from '@/lib/domain/dates';
import { ACTIE_STATUS_VALUES, PARTNER_SIGNAAL_SOORT_VALUES } from '@/lib/domain/enums';
import { ACTIE_STATUS_LABELS, HORIZON_LABELS, PARTNER_SIGNAAL_SOORT_LABELS, TOEWIJZING_STATUS_LABELS } from '@/lib/domain/labels';
import { ACTIE_TERMIJN_LABELS, PARTNER_BETROKKENHEID_LABELS, PARTNER_GROND_LABELS } from '@/lib/domain/partner-toegang';
import { getPartnerHuishouden, type PartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { actieVoortgangAction, consultAntwoordAction, planVoorstelAction, zorgsignaalAction } from '../../actions';

export const metadata: Metadata = { title: 'Huishouden' };

const STATUSSEN = ACTIE_STATUS_VALUES.map((s) => ({ value: s, label: ACTIE_STATUS_LABELS[s] }));
const SOORTEN = PARTNER_SIGNAAL_SOORT_VALUES.map((s) => ({ value: s, label: PARTNER_SIGNAAL_SOORT_LABELS[s] }));

type Actie = PartnerHuishouden['overigeActies'][number];

function ActieBlok({ actie }: { actie: Actie }) {
  return (
    <li id={`actie-${actie.id}`} className="mt-4 rounded border border-slate-300 p-4">
      <p className="font-semibold">{actie.wat}</p>
      <p className="mt-1 text-slate-700">
        {actie.eigen ? 'Jouw organisatie' : `${actie.organisatie} (gedeeld)`} · {ACTIE_STATUS_LABELS[actie.status]}
        {actie.uiterlijk ? ` · uiterlijk ${formatDatumKort(actie.uiterlijk)}` : ''}{' '}
        {actie.eigen && <Badge tone={actie.termijn === 'TE_LAAT' ? 'danger' : 'neutral'}>{ACTIE_TERMIJN_LABELS[actie.termijn]}</Badge>}
      </p>
      {actie.voortgang.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {actie.voortgang.map((v) => <li key={v.id}>{formatDatumKort(v.op)}: {ACTIE_STATUS_LABELS[v.status]} — {v.notitie}</li>)}
        </ul>
      )}
      {actie.eigen && (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-brand-800">Voortgang melden</summary>
          <ActieVoortgangForm action={actieVoortgangAction} actieId={actie.id} status={actie.status} statussen={STATUSSEN} />
        </details>
      )}
    </li>
  );
}

/**
 * Issue 22: one household as a partner sees it — the goals its actions serve, its own actions (and shared ones), the
 * contact details the household agreed to share, its toewijzingen there, the regisseur's questions to it (consults, to
 * answer here); nothing else of the dossier.
 */
export default async function PartnerHuishoudenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const partner = await requirePartner();
  const h = await readOrRefuse(getPartnerHuishouden(partner, huishoudenId));
  const eigenActies = [...h.doelen.flatMap((d) => d.acties), ...h.overigeActies].filter((a) => a.eigen);
  return (
    <>
      <h1 className="text-3xl font-bold">{h.namen.join(', ') || 'Huishouden'}</h1>
      <p className="mt-2 text-slate-700">
        Je ziet dit op grond van: {h.gronden.map((g) => PARTNER_GROND_LABELS[g]).join(', ')}; betrokken via {h.betrokkenheid.map((b) => PARTNER_BETROKKENHEID_LABELS[b]).join(', ')}.
      </p>

      {h.contactgegevens.length > 0 && (
        <section className="mt-6" aria-labelledby="contact">
          <h2 id="contact" className="text-2xl font-bold">Contactgegevens</h2>
          <ul className="mt-2">
            {h.contactgegevens.map((c) => (
              <li key={c.naam}>{c.naam}{c.telefoon ? ` · ${c.telefoon}` : ''}{c.email ? ` · ${c.email}` : ''}</li>
            ))}
          </ul>
        </section>
      )}

      {h.consulten.length > 0 && (
        <section className="mt-6" aria-labelledby="vragen">
          <h2 id="vragen" className="text-2xl font-bold">Vragen van de regisseur</h2>
          <ul>
            {h.consulten.map((k) => (
              <li key={k.id} id={`vraag-${k.id}`} className="mt-4 rounded border border-slate-300 p-4">
                <p className="text-slate-700">
                  Gevraagd {formatDatumKort(k.createdAt)} ·{' '}
                  {k.status === 'AFGEROND'
                    ? <Badge tone="success">Beantwoord{k.adviesOp ? ` op ${formatDatumKort(k.adviesOp)}` : ''}</Badge>
                    : <Badge tone="warning">Graag advies uiterlijk {formatDatumKort(k.uiterlijkOp)}</Badge>}
                </p>
                <p className="mt-1 whitespace-pre-line font-semibold">{k.vraag}</p>
                {k.advies
                  ? <p className="mt-2"><strong>Jullie advies: </strong><span className="whitespace-pre-line">{k.advies}</span></p>
                  : <ConsultAntwoordForm action={consultAntwoordAction} consultId={k.id} version={k.version} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="mt-6" aria-labelledby="doelen">
        <h2 id="doelen" className="text-2xl font-bold">Doelen en acties</h2>
        {h.doelen.length === 0 && h.overigeActies.length === 0 && <p className="mt-2">Er staan geen acties van jouw organisatie in het plan.</p>}
        {h.doelen.map((d) => (
          <div key={d.id} className="mt-4">
            <h3 className="text-xl font-semibold">{d.omschrijving}</h3>
            <p className="text-slate-700">{d.label} · {HORIZON_LABELS[d.horizon]} · Zo zien we het: {d.zichtbaarAan}</p>
            <ul>{d.acties.map((a) => <ActieBlok key={a.id} actie={a} />)}</ul>
          </div>
        ))}
        {h.overigeActies.length > 0 && (
          <div className="mt-4">
            <h3 className="text-xl font-semibold">Andere acties</h3>
            <ul>{h.overigeActies.map((a) => <ActieBlok key={a.id} actie={a} />)}</ul>
          </div>
        )}
      </section>

      {h.toewijzingen.length > 0 && (
        <section className="mt-8" aria-labelledby="toewijzingen">
          <h2 id="toewijzingen" className="text-2xl font-bold">Toewijzingen aan jouw organisatie</h2>
          <ul className="mt-2">
            {h.toewijzingen.map((t) => (
              <li key={t.id}>
                {t.product} voor {t.persoon}, {formatDatum(t.ingangsdatum)}{t.einddatum ? ` tot en met ${formatDatum(t.einddatum)}` : ''} · {TOEWIJZING_STATUS_LABELS[t.status]}
                {t.leveringen[0] ? ` · zorg gestart ${formatDatumKort(t.leveringen[0].begindatum)}${t.leveringen[0].einddatum ? `, gestopt ${formatDatumKort(t.leveringen[0].einddatum)}` : ''}` : ' · zorg nog niet gestart'}
              </li>
            ))}
          </ul>
          <p className="mt-2"><a href="/partner/toewijzingen">Start of stop van zorg doorgeven</a></p>
        </section>
      )}

      <section className="mt-8" aria-labelledby="signaal">
        <h2 id="signaal" className="text-2xl font-bold">Zorgsignaal aan de regisseur</h2>
        <ZorgsignaalForm action={zorgsignaalAction} huishoudenId={h.id} soorten={SOORTEN} />
        {h.signalen.length > 0 && (
          <ul className="mt-3 list-disc pl-6">
            {h.signalen.map((s) => <li key={s.id}>{formatDatumKort(s.createdAt)}: {PARTNER_SIGNAAL_SOORT_LABELS[s.soort]} — {s.afgehandeldOp ? 'afgehandeld' : 'nog niet afgehandeld'}</li>)}
          </ul>
        )}
      </section>

      <section className="mt-8" aria-labelledby="voorstel">
        <h2 id="voorstel" className="text-2xl font-bold">Voorstel voor het plan</h2>
        <PlanVoorstelForm
          action={planVoorstelAction} huishoudenId={h.id}
          acties={eigenActies.map((a) => ({ value: a.id, label: a.wat }))}
          doelen={h.doelen.map((d) => ({ value: d.id, label: d.omschrijving }))}
        />
        {h.voorstellen.length > 0 && (
          <ul className="mt-3 list-disc pl-6">
            {h.voorstellen.map((v) => <li key={v.id}>{formatDatumKort(v.createdAt)}: {v.wat} — {v.uitkomst}</li>)}
          </ul>
        )}
      </section>
    </>
  );
}
