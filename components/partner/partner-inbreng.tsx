// Issue 22 item 5: in the dossier's plan, what the ketenpartners reported (progress, signals, proposals) and which
// partners can see what of this household, and why.
import { Badge } from '@/components/ui/badge';
import { Section } from '@/components/ui/page';
import { formatDatum, formatDatumKort } from '@/lib/domain/dates';
import { ACTIE_STATUS_LABELS, PARTNER_SIGNAAL_SOORT_LABELS, PARTNER_SOORT_LABELS } from '@/lib/domain/labels';
import { PARTNER_BETROKKENHEID_LABELS, PARTNER_GROND_LABELS } from '@/lib/domain/partner-toegang';
import type { PartnerInbreng as Inbreng } from '@/lib/server/ketenpartner/get-partner-inbreng';
import type { FormAction } from '@/lib/actions/states';
import { InbrengKnop } from './inbreng-knop';
import { PartnerConsultVraagForm } from './partner-forms';

/** The regisseur's two answers, passed down by the plan page (components/ does not import from app/). */
export type PartnerInbrengActies = { zorgsignaalAfhandelen: FormAction; voorstelBeoordelen: FormAction; consultVragen?: FormAction };

export function PartnerInbreng({ huishoudenId, inbreng, acties }: { huishoudenId: string; inbreng: Inbreng; acties: PartnerInbrengActies }) {
  if (!inbreng.zicht.length && !inbreng.signalen.length && !inbreng.voortgang.length && !inbreng.voorstellen.length) return null;
  return (
    <Section title="Ketenpartners">
      {inbreng.signalen.length > 0 && (
        <>
          <h3 className="mt-2 text-lg font-semibold">Zorgsignalen</h3>
          <ul className="mt-1">
            {inbreng.signalen.map((s) => (
              <li key={s.id} className="mt-3 border-l-4 border-slate-300 pl-3">
                <p>
                  <Badge tone={s.soort === 'CRISIS' ? 'danger' : 'warning'}>{PARTNER_SIGNAAL_SOORT_LABELS[s.soort]}</Badge>{' '}
                  {s.organisatie}, {formatDatumKort(s.createdAt)}{s.afgehandeldOp ? ` · afgehandeld ${formatDatumKort(s.afgehandeldOp)}` : ''}
                </p>
                <p className="mt-1 whitespace-pre-line">{s.toelichting}</p>
                {!s.afgehandeldOp && (
                  <InbrengKnop action={acties.zorgsignaalAfhandelen} hidden={{ huishoudenId, signaalId: s.id, version: String(s.version) }} knoppen={[{ label: 'Afgehandeld' }]} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {inbreng.voortgang.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-semibold">Voortgang van acties</h3>
          <ul className="mt-1 list-disc pl-6">
            {inbreng.voortgang.map((v) => (
              <li key={v.id}>
                {formatDatumKort(v.op)} · {v.organisatie}: {v.actie ?? 'actie uit een eerdere versie'} — <strong>{ACTIE_STATUS_LABELS[v.status]}</strong>. {v.notitie}
              </li>
            ))}
          </ul>
        </>
      )}
      {inbreng.voorstellen.length > 0 && (
        <>
          <h3 className="mt-4 text-lg font-semibold">Voorstellen voor het plan</h3>
          <ul className="mt-1">
            {inbreng.voorstellen.map((v) => (
              <li key={v.id} className="mt-3 border-l-4 border-slate-300 pl-3">
                <p>{v.organisatie}, {formatDatumKort(v.createdAt)} · {v.uitkomst}</p>
                <p className="mt-1"><strong>{v.actie ? `Wijziging van “${v.actie}”: ` : 'Nieuwe actie: '}</strong>{v.wat}{v.uiterlijk ? ` (uiterlijk ${formatDatumKort(v.uiterlijk)})` : ''}</p>
                <p className="whitespace-pre-line text-slate-700">{v.toelichting}</p>
                {v.status === 'OPEN' && (
                  <InbrengKnop
                    action={acties.voorstelBeoordelen} hidden={{ huishoudenId, voorstelId: v.id, version: String(v.version) }}
                    knoppen={[{ label: 'Overnemen in het concept', name: 'besluit', value: 'OVERGENOMEN', variant: 'primary' }, { label: 'Afwijzen', name: 'besluit', value: 'AFGEWEZEN' }]}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {(inbreng.consulten.length > 0 || (acties.consultVragen && inbreng.adviseurs.length > 0)) && (
        <>
          <h3 className="mt-4 text-lg font-semibold">Advies van ketenpartners</h3>
          <ul className="mt-1">
            {inbreng.consulten.map((k) => (
              <li key={k.id} className="mt-3 border-l-4 border-slate-300 pl-3">
                <p>
                  {k.organisatie}, gevraagd {formatDatumKort(k.createdAt)} ·{' '}
                  {k.status === 'AFGEROND'
                    ? <Badge tone="success">Beantwoord{k.adviesOp ? ` op ${formatDatumKort(k.adviesOp)}` : ''}</Badge>
                    : <Badge tone="warning">Wacht op advies, uiterlijk {formatDatumKort(k.uiterlijkOp)}</Badge>}
                </p>
                <p className="mt-1"><strong>Vraag: </strong><span className="whitespace-pre-line">{k.vraag}</span></p>
                {k.advies && <p className="mt-1"><strong>Advies: </strong><span className="whitespace-pre-line">{k.advies}</span></p>}
              </li>
            ))}
          </ul>
          {acties.consultVragen && inbreng.adviseurs.length > 0 && (
            <details className="mt-3">
              <summary className="cursor-pointer font-semibold text-brand-800">Een ketenpartner om advies vragen</summary>
              <div className="max-w-2xl">
                <PartnerConsultVraagForm action={acties.consultVragen} huishoudenId={huishoudenId} organisaties={inbreng.adviseurs} />
              </div>
            </details>
          )}
        </>
      )}
      <h3 className="mt-4 text-lg font-semibold">Wie ziet wat en waarom</h3>
      <ul className="mt-1">
        {inbreng.zicht.map((z) => (
          <li key={z.organisatieId} className="mt-3">
            <p className="font-semibold">{z.naam} <span className="font-normal text-slate-700">({PARTNER_SOORT_LABELS[z.soort].toLowerCase()})</span></p>
            {z.toegang ? (
              <p>
                Ziet het huishouden op grond van {z.toegang.gronden.map((g) => PARTNER_GROND_LABELS[g]).join(' en ')}, betrokken via{' '}
                {z.toegang.betrokkenheid.map((b) => PARTNER_BETROKKENHEID_LABELS[b]).join(' en ')}. Ziet: {[
                  ...z.acties.map((a) => `“${a}” en het doel erbij`),
                  ...z.gedeeld.map((a) => `gedeelde actie “${a}”`),
                  ...(z.toewijzing ? ['de eigen toewijzingen'] : []),
                  ...z.toestemmingen.filter((t) => t.deeltContactgegevens).map((t) => `contactgegevens van ${t.persoon}`),
                ].join('; ') || 'niets meer'}.
                {z.toestemmingen.map((t) => ` Toestemming van ${t.persoon} op ${formatDatum(t.gegevenOp)}${t.geldigTot ? ` tot en met ${formatDatum(t.geldigTot)}` : ''}.`).join('')}
              </p>
            ) : (
              <p>Ziet niets van dit huishouden{z.acties.length ? ': er is geen geldige toestemming' : ''}.</p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
