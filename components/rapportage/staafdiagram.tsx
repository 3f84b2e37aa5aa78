'use client';
import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type Reeks = { key: string; naam: string; kleur: string };

const geenAbonnement = () => () => {};

/**
 * A bar chart for the rapportage. Decorative for screen readers (aria-hidden): the same figures stand in the table
 * beside it. Suppressed cells ("<5") arrive as null and get no bar. Drawn in the browser only (issue 23): on the server
 * recharts built its store and tree on every view for an empty box (it has no size there); the box keeps its height.
 */
export function Staafdiagram({ data, reeksen, eenheid }: { data: Record<string, string | number | null>[]; reeksen: Reeks[]; eenheid?: string }) {
  const inBrowser = useSyncExternalStore(geenAbonnement, () => true, () => false);
  return (
    <div aria-hidden="true" inert className="mb-4 h-72 w-full">
      {inBrowser && (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} unit={eenheid} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {reeksen.map((r) => (
              <Bar key={r.key} dataKey={r.key} name={r.naam} fill={r.kleur} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}
