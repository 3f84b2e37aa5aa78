import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { env } from '@/lib/env';

// Checks a message against the standard's own artefacts (shared/standards/istandaarden, see its README): the
// release 3.2 XSD with libxml2's `xmllint --schema`, and the TR/CD/CS rules with `xsltproc` and the standard's XSLT
// 1.0, which turns a message into a Rapport with one Fout per broken rule. Both are Debian packages (libxml2-utils,
// xsltproc; `.ci/run` installs them): the reference implementations of XSD 1.0 and XSLT 1.0, the same that the
// standard's own validation tooling is built on, and quick (one process of a few milliseconds per message). Runs
// on the server only (child processes); used before a message goes out (tests) and on every incoming message.

/** Where the standard's XSDs and XSLTs are: ISTANDAARDEN_DIR, by default ../shared/standards/istandaarden beside the repo. */
export const istandaardenDir = (): string => path.resolve(env().ISTANDAARDEN_DIR);

export type RegelFout = { code: string; retourcode: string | null; locaties: string[]; details: string };
export type Validatie = {
  /** Null when the standard's set holds no XSD for this message (the iWmo retour messages 302–325 are not in it). */
  xsd: string[] | null;
  regels: RegelFout[];
};

/** 'WMO301' → iwmo-3.2/WMO301.xsd and regels-wmo-3.2.xsl; 'JW315' → ijw-3.2/JW315.xsd and regels-jw-3.2.xsl. */
export function standaardBestanden(berichtSoort: string): { xsd: string | null; xsl: string } {
  const m = /^(WMO|JW)(\d{3})$/.exec(berichtSoort);
  if (!m) throw new Error(`Onbekende berichtsoort ${berichtSoort}.`);
  const dir = path.join(istandaardenDir(), m[1] === 'WMO' ? 'iwmo-3.2' : 'ijw-3.2');
  if (!existsSync(dir)) throw new Error(`De XSD's en regels van de iStandaarden staan niet in ${dir}. Zet ISTANDAARDEN_DIR op de map met iwmo-3.2 en ijw-3.2.`);
  const xsd = path.join(dir, `${berichtSoort}.xsd`);
  const xsl = path.join(dir, m[1] === 'WMO' ? 'regels-wmo-3.2.xsl' : 'regels-jw-3.2.xsl');
  if (existsSync(xsd)) return { xsd, xsl };
  return { xsd: m[1] === 'WMO' ? iwmoRetourXsd(m[2], dir) : null, xsl };
}

/** BerichtCode of the iWmo retour messages (COD002). */
const IWMO_RETOUR_CODES: Record<string, { jw: string; code: string; jwCode: string }> = {
  '302': { jw: '302', code: '415', jwCode: '437' },
  '325': { jw: '325', code: '485', jwCode: '491' },
};

/**
 * The standard's set holds no XSD for the iWmo retour messages (see its README); their structure is that of the iJw
 * ones. This derives WMO302.xsd from JW302.xsd (and WMO325.xsd from JW325.xsd): the iWmo namespaces, the iWmo basisschema, BerichtCode 415 (485). Written
 * once per process into the temp folder. Null for a retour message without such a counterpart.
 */
function iwmoRetourXsd(nummer: string, iwmoDir: string): string | null {
  const r = IWMO_RETOUR_CODES[nummer];
  const bron = path.join(iwmoDir, '..', 'ijw-3.2', `JW${r?.jw}.xsd`);
  if (!r || !existsSync(bron)) return null;
  const doel = path.join(tmpdir(), 'wijkregie-istandaarden', `WMO${nummer}.xsd`);
  if (!existsSync(doel)) {
    mkdirSync(path.dirname(doel), { recursive: true });
    const xsd = readFileSync(bron, 'utf8')
      .replaceAll(`http://www.istandaarden.nl/ijw/3_2/jw${r.jw}/schema`, `http://www.istandaarden.nl/iwmo/3_2/wmo${nummer}/schema`)
      .replaceAll('http://www.istandaarden.nl/ijw/3_2/basisschema/schema', 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema')
      .replace(/schemaLocation="[^"]*"/, `schemaLocation="${path.join(iwmoDir, 'basisschema.xsd')}"`)
      .replace(`<xs:pattern value="${r.jwCode}"/>`, `<xs:pattern value="${r.code}"/>`);
    writeFileSync(doel, xsd);
  }
  return doel;
}

/**
 * xmllint or xsltproc is not there (or cannot start): nothing can be said about the message. The inbox leaves it
 * waiting (ONTVANGEN) and tries again on the next round; beheer sees the warning (validatorOntbreekt).
 */
export class ValidatorOntbreekt extends Error {
  constructor(command: string, reden: string) {
    super(`${command} kan niet starten (${reden}). Installeer libxml2-utils en xsltproc.`);
    this.name = 'ValidatorOntbreekt';
  }
}

let beschikbaarheid: { op: number; fout: string | null } | null = null;

/** Null when both validators start; otherwise the Dutch reason. Checked at most once a minute. */
export async function validatorOntbreekt(now = Date.now()): Promise<string | null> {
  if (beschikbaarheid && now - beschikbaarheid.op < 60_000) return beschikbaarheid.fout;
  let fout: string | null = null;
  try {
    await run('xmllint', ['--version'], '');
    await run('xsltproc', ['--version'], '');
  } catch (error) {
    fout = error instanceof Error ? error.message : String(error);
  }
  beschikbaarheid = { op: now, fout };
  return fout;
}

function run(command: string, args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => reject(new ValidatorOntbreekt(command, e.message)));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input, 'utf8');
  });
}

/** The XSD errors of a message (empty: valid), one line each as libxml2 words them. */
export async function xsdFouten(xml: string, xsd: string): Promise<string[]> {
  const { code, stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], xml);
  const fouten = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/^- (validates|fails to validate)$/.test(l));
  if (code !== 0 && !fouten.length) fouten.push(`xmllint gaf code ${code}.`);
  return code === 0 ? [] : fouten;
}

/** The broken TR/CD/CS rules of a message, from the standard's XSLT Rapport. */
export async function regelFouten(xml: string, xsl: string): Promise<RegelFout[]> {
  const { code, stdout, stderr } = await run('xsltproc', ['--nonet', xsl, '-'], xml);
  if (code !== 0) return [{ code: 'XSLT', retourcode: null, locaties: [], details: stderr.trim() || `xsltproc gaf code ${code}.` }];
  return leesRapport(stdout);
}

const tekst = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();

/** The Fouten of a validation Rapport (namespace prefix as the XSLT chose it). */
export function leesRapport(rapport: string): RegelFout[] {
  const fouten: RegelFout[] = [];
  for (const [, body] of rapport.matchAll(/<(?:\w+:)?Fout>([\s\S]*?)<\/(?:\w+:)?Fout>/g)) {
    const veld = (naam: string) => [...body.matchAll(new RegExp(`<(?:\\w+:)?${naam}>([\\s\\S]*?)</(?:\\w+:)?${naam}>`, 'g'))].map((m) => tekst(m[1]));
    fouten.push({ code: veld('Code')[0] ?? '', retourcode: veld('Retourcode')[0] ?? null, locaties: veld('Locatie'), details: veld('Details')[0] ?? '' });
  }
  return fouten;
}

/** XSD and rules of one message of the given soort ('WMO301', 'JW305', …). */
export async function valideerBericht(xml: string, berichtSoort: string): Promise<Validatie> {
  const bestanden = standaardBestanden(berichtSoort);
  const [xsd, regels] = await Promise.all([bestanden.xsd ? xsdFouten(xml, bestanden.xsd) : Promise.resolve(null), regelFouten(xml, bestanden.xsl)]);
  return { xsd, regels };
}
