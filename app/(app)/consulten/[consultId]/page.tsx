import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerConsultForm, TakeConsultForm } from '@/components/gesprek/consult-forms';
import { VeiligheidBadge } from '@/components/gesprek/veiligheid-badge';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section } from '@/components/ui/page';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { termStatus } from '@/lib/domain/deadlines';
import { CONSULT_SOORT_LABELS, CONSULT_STATUS_LABELS, FASE_LABELS, HUISHOUDEN_ROL_LABELS } from '@/lib/domain/labels';
import { ANTWOORD_LABELS, VEILIGHEID_CHECKLIST } from '@/lib/domain/veiligheid';
import { getConsult } from '@/lib/server/consult/get-consult';
import { isRefusedRead, refuseRead } from '@/lib/auth/refuse';
import { answerConsultAction, takeConsultAction } from '../actions';

export const metadata: Metadata = { title: 'Consult' };

export default async function ConsultPage({ params }: { params: Promise<{ consultId: string }> }) {
  const { consultId } = await params;
  const actor = await requirePagePermission('consult:read');
  const today = new Date();
  let data: Awaited<ReturnType<typeof getConsult>>;
  try {
    data = await getConsult(actor, consultId, today);
  } catch (error) {
    if (isRefusedRead(error)) await refuseRead(error);
    throw error;
  }
  const { consult, huishouden, casus } = data;
  const open = consult.status !== 'AFGEROND';
  const mayAnswer = can(actor, 'consult:answer');
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/consulten">Terug naar de consulten</Link>
      </p>
      <PageHeader
        title={`Consult ${CONSULT_SOORT_LABELS[consult.soort].toLowerCase()}: ${huishouden.naam}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            Casus <span className="font-mono">{casus.nummer}</span> · {FASE_LABELS[casus.fase]} · <VeiligheidBadge niveau={casus.veiligheid} />
            <Badge tone={open ? 'warning' : 'success'}>{CONSULT_STATUS_LABELS[consult.status]}</Badge>
          </span>
        }
      />
      {open && termStatus(consult.uiterlijkOp, today) === 'OVERDUE' && <Alert variant="error">Dit consult had uiterlijk {formatDatum(consult.uiterlijkOp)} beantwoord moeten zijn.</Alert>}

      <Section title="Vraag">
        <p className="whitespace-pre-line">{consult.vraag}</p>
        <p className="mt-3 text-sm text-slate-700">
          Aangevraagd op {formatDatum(consult.createdAt)} door {consult.aangevraagdDoor?.naam ?? 'onbekend'}
          {consult.aangevraagdDoor?.telefoon && <> (telefoon {consult.aangevraagdDoor.telefoon})</>}. Uiterlijk {formatDatum(consult.uiterlijkOp)}.
        </p>
      </Section>

      <Section title="Huishouden">
        <ul className="grid gap-1">
          {huishouden.leden.map((l) => (
            <li key={l.naam}>
              {l.naam} <span className="text-slate-600">· {HUISHOUDEN_ROL_LABELS[l.rol]}{l.leeftijd !== null && `, ${l.leeftijd} jaar`}</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Veiligheidsanalyses">
        {data.analyses.length === 0 ? (
          <p>Er is geen veiligheidsanalyse bij deze casus.</p>
        ) : (
          data.analyses.map((a) => (
            <article key={a.id} className="mb-4 rounded border border-slate-200 p-4">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                {formatDatum(a.op)} · {a.door} <VeiligheidBadge niveau={a.niveau} />
              </h3>
              {a.toelichting && <p className="mt-2 whitespace-pre-line">{a.toelichting}</p>}
              <dl className="mt-2 grid gap-1 text-sm">
                {VEILIGHEID_CHECKLIST.filter((item) => a.antwoorden.antwoorden?.[item.code] && a.antwoorden.antwoorden[item.code] !== 'NEE').map((item) => (
                  <div key={item.code} className="grid gap-2 sm:grid-cols-[1fr_8rem]">
                    <dt>{item.vraag}</dt>
                    <dd className="font-semibold">{ANTWOORD_LABELS[a.antwoorden.antwoorden[item.code]]}</dd>
                  </div>
                ))}
              </dl>
            </article>
          ))
        )}
      </Section>

      <Section title="Advies">
        {!open ? (
          <>
            <p className="whitespace-pre-line">{consult.advies}</p>
            <p className="mt-2 text-sm text-slate-700">
              {consult.gedragswetenschapper}, {consult.afgerondOp ? formatDatum(consult.afgerondOp) : ''}
            </p>
          </>
        ) : mayAnswer ? (
          <>
            {consult.status === 'OPEN' && <TakeConsultForm action={takeConsultAction} consultId={consult.id} version={consult.version} />}
            {consult.status === 'IN_BEHANDELING' && <p className="mb-3 text-slate-700">In behandeling bij {consult.gedragswetenschapper}.</p>}
            <AnswerConsultForm action={answerConsultAction} consultId={consult.id} version={consult.version} />
          </>
        ) : (
          <p>Nog niet beantwoord.</p>
        )}
      </Section>

      {data.eerdere.length > 0 && (
        <Section title="Eerdere consulten bij dit huishouden">
          <ul className="grid gap-2">
            {data.eerdere.map((c) => (
              <li key={c.id}>
                <Link href={`/consulten/${c.id}`}>{formatDatum(c.createdAt)}: {CONSULT_SOORT_LABELS[c.soort]}</Link> · {CONSULT_STATUS_LABELS[c.status]}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
