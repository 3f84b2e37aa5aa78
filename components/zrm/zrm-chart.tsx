import { formatDatumKort, toIsoDate } from '@/lib/domain/dates';
import type { ZrmDomein } from '@/lib/domain/enums';
import { ZRM_DOMEIN_LABELS, ZRM_SCORE_LABELS, zrmChange, type ZrmScore } from '@/lib/domain/zrm';

// ZRM scores of one person over time: a small SVG line chart drawn on the server, with the same numbers as a table.
// Why not recharts: it would ship a client bundle and measure its container in the browser for a chart of at most a
// few dates on a 1–5 scale; its SVG has no text alternative of its own. A static SVG renders in the page's HTML,
// prints, works without JavaScript, and the table beside it is what screen readers and the caseworker can read.

export type ZrmPoint = { id: string; domein: ZrmDomein; score: number; datum: Date; notitie: string | null; beoordelaar: string };

const COLORS = ['#174a7a', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#9a3412'];
const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 36, right: 44, top: 12, bottom: 28 };
// Domains with the same score on the same date would hide each other: each domain sits a few pixels aside.
const SPREAD = 5;

export function ZrmChart({ naam, scores }: { naam: string; scores: ZrmPoint[] }) {
  const dates = [...new Set(scores.map((s) => toIsoDate(s.datum)))].sort();
  const domeinen = [...new Set(scores.map((s) => s.domein))];
  const x = (iso: string) =>
    dates.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + (dates.indexOf(iso) * (WIDTH - PAD.left - PAD.right)) / (dates.length - 1);
  const y = (score: number) => PAD.top + ((5 - score) * (HEIGHT - PAD.top - PAD.bottom)) / 4;
  const changes = zrmChange(scores.map((s) => ({ domein: s.domein, score: s.score, datum: s.datum })));
  const summary = changes
    .map((c) => (c.metingen > 1 ? `${ZRM_DOMEIN_LABELS[c.domein]} van ${c.first} naar ${c.latest}` : `${ZRM_DOMEIN_LABELS[c.domein]} ${c.latest}`))
    .join('; ');
  const titleId = `zrm-${naam.replace(/\W+/g, '-')}`;

  return (
    <figure className="mb-6">
      <figcaption className="mb-2 font-semibold text-slate-900">{naam}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-xl" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`ZRM-scores van ${naam} over tijd: ${summary}.`}</title>
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} stroke="#cbd5e1" strokeDasharray={score === 3 ? undefined : '3 3'} />
            <text x={PAD.left - 8} y={y(score) + 4} textAnchor="end" fontSize="11" fill="#334155">
              {score}
            </text>
          </g>
        ))}
        {dates.map((iso) => (
          <text key={iso} x={x(iso)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#334155">
            {formatDatumKort(new Date(`${iso}T00:00:00Z`))}
          </text>
        ))}
        {domeinen.map((domein, index) => {
          const color = COLORS[index % COLORS.length];
          const dx = (index - (domeinen.length - 1) / 2) * SPREAD;
          const points = scores.filter((s) => s.domein === domein).sort((a, b) => a.datum.getTime() - b.datum.getTime());
          return (
            <g key={domein}>
              <polyline fill="none" stroke={color} strokeWidth="2.5" points={points.map((p) => `${x(toIsoDate(p.datum)) + dx},${y(p.score)}`).join(' ')} />
              {points.map((p) => (
                <circle key={p.id} cx={x(toIsoDate(p.datum)) + dx} cy={y(p.score)} r="4.5" fill={color} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-800" aria-hidden="true">
        {domeinen.map((domein, index) => (
          <li key={domein} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-4 rounded" style={{ background: COLORS[index % COLORS.length] }} />
            {ZRM_DOMEIN_LABELS[domein]}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm text-slate-700">{summary}</p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold text-brand-800">Scores van {naam} als tabel</summary>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">ZRM-scores van {naam}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="px-2 py-1">Datum</th>
              <th scope="col" className="px-2 py-1">Domein</th>
              <th scope="col" className="px-2 py-1">Score</th>
              <th scope="col" className="px-2 py-1">Beoordeeld door</th>
              <th scope="col" className="px-2 py-1">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {[...scores].sort((a, b) => b.datum.getTime() - a.datum.getTime()).map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="px-2 py-1">{formatDatumKort(s.datum)}</td>
                <td className="px-2 py-1">{ZRM_DOMEIN_LABELS[s.domein]}</td>
                <td className="px-2 py-1">{s.score} – {ZRM_SCORE_LABELS[s.score as ZrmScore]}</td>
                <td className="px-2 py-1">{s.beoordelaar}</td>
                <td className="px-2 py-1">{s.notitie ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
