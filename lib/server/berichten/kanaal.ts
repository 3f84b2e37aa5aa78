import 'server-only';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ontvangBericht, MAX_BERICHT_BYTES } from './ontvang-bericht';
import { verwerkInkomendeBerichten, type Verwerkt } from './verwerk-inkomende-berichten';
import { env } from '@/lib/env';
import { declaratieAntwoordSoort } from '@/lib/iwmo/inkomend';

// The channel to the aanbieders, as a small adapter. The embedded default is a folder pair under the data directory
// (BERICHTEN_DIR, default .data/berichten): every outgoing message is written to `uit/` (WMO301-17-98100035.xml), and
// every file in `in/` is taken into the inbox (then moved to `in/ontvangen/`) and processed. A gemeente connects its
// Gemeentelijk Gegevensknooppunt (GGk) to this pair: the GGk's client picks up `uit/` and delivers into `in/` (see
// the README). With several gemeenten in one installation each has its own pair under `<gemeentecode>/`.

export const berichtenDir = (): string => path.resolve(env().BERICHTEN_DIR);

const mapVan = async (gemeenteId: string, gemeentecode: string) => {
  const meerdere = (await prisma.gemeente.count()) > 1;
  const basis = meerdere ? path.join(berichtenDir(), gemeentecode) : berichtenDir();
  return { in: path.join(basis, 'in'), uit: path.join(basis, 'uit'), gemeenteId };
};

/** Writes atomically (temp file, then rename), so the GGk never picks up half a file. */
async function schrijf(map: string, naam: string, xml: string) {
  await mkdir(map, { recursive: true });
  const tijdelijk = path.join(map, `.${naam}.tmp`);
  await writeFile(tijdelijk, xml, 'utf8'); // UTF-8 without BOM (OP192): Node writes none
  await rename(tijdelijk, path.join(map, naam));
}

export type Uitwisseling = { geschreven: number; ingelezen: number; verwerkt: Verwerkt[] };

/** One round for one gemeente: write what is waiting to go out, read what came in, process the inbox. */
export async function wisselBerichtenUit(gemeenteId: string, now = new Date()): Promise<Uitwisseling> {
  const gemeente = await prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId }, select: { gemeentecode: true } });
  const map = await mapVan(gemeenteId, gemeente.gemeentecode);
  let geschreven = 0;

  const berichten = await prisma.bericht.findMany({ where: { gemeenteId, bestandOp: null }, orderBy: { createdAt: 'asc' }, take: 500, select: { id: true, code: true, berichtNummer: true, xml: true, aanbieder: { select: { agbCode: true } } } });
  for (const b of berichten) {
    await schrijf(map.uit, `${b.code}-${b.berichtNummer}-${b.aanbieder.agbCode}.xml`, b.xml);
    await prisma.bericht.update({ where: { id: b.id }, data: { bestandOp: now } });
    geschreven++;
  }
  const antwoorden = await prisma.aanbiederVerzoek.findMany({ where: { gemeenteId, bestandOp: null, antwoordXml: { not: null } }, take: 500, select: { id: true, antwoordXml: true, referentieAanbieder: true, aanbieder: { select: { agbCode: true } } } });
  for (const a of antwoorden) {
    const soort = a.antwoordXml!.includes('/jw319/') ? 'JW319' : 'WMO319';
    await schrijf(map.uit, `${soort}-${a.aanbieder.agbCode}-${a.referentieAanbieder.replace(/[^A-Za-z0-9._-]/g, '_')}.xml`, a.antwoordXml!);
    await prisma.aanbiederVerzoek.update({ where: { id: a.id }, data: { bestandOp: now } });
    geschreven++;
  }
  const declaratieAntwoorden = await prisma.declaratie.findMany({ where: { gemeenteId, bestandOp: null }, orderBy: { ontvangenOp: 'asc' }, take: 500, select: { id: true, wet: true, antwoordNummer: true, antwoordXml: true, aanbieder: { select: { agbCode: true } } } });
  for (const d of declaratieAntwoorden) {
    await schrijf(map.uit, `${declaratieAntwoordSoort(d.wet)}-${d.antwoordNummer}-${d.aanbieder.agbCode}.xml`, d.antwoordXml);
    await prisma.declaratie.update({ where: { id: d.id }, data: { bestandOp: now } });
    geschreven++;
  }

  let ingelezen = 0;
  await mkdir(map.in, { recursive: true });
  for (const naam of (await readdir(map.in, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort()) {
    const bestand = path.join(map.in, naam);
    const inhoud = await readFile(bestand);
    if (inhoud.length > MAX_BERICHT_BYTES) continue; // left in place for beheer; logged by the job
    await ontvangBericht(gemeenteId, { bestandsnaam: naam, inhoud, bron: 'MAP' }, now);
    // Stored (or already there): out of the way, kept beside the inbox.
    await mkdir(path.join(map.in, 'ontvangen'), { recursive: true });
    await rename(bestand, path.join(map.in, 'ontvangen', `${now.toISOString().replace(/[:.]/g, '-')}-${naam}`));
    ingelezen++;
  }
  const verwerkt = await verwerkInkomendeBerichten({ gemeenteId, now });
  return { geschreven, ingelezen, verwerkt };
}

/** The backoffice's "Nu uitwisselen" on the Berichtenverkeer page: the same round, right away. */
export async function berichtenNuUitwisselen(actor: Actor, now = new Date()): Promise<Uitwisseling> {
  assertPermission(actor, 'berichten:behandelen');
  return wisselBerichtenUit(actor.gemeenteId, now);
}
