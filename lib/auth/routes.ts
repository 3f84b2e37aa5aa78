// Every route of the app and the rule that guards it (issue 10, authorization matrix). A route is a page.tsx or a
// route.ts under app/, written as its URL pattern without route groups. The rule is a permission from the ONE
// permission table (lib/auth/permissions), 'signed-in' (any staff account) or 'public' (no session needed).
//
// tests/unit/routes.test.ts walks app/ and fails when a file has no entry here, an entry has no file, or a page or
// handler checks another permission than the one written here; tests/e2e/authz-matrix.spec.ts requests every route
// as every role and expects what this table and PERMISSIONS together say. Adding a page means adding a line here.
import { can, type Actor, type Permission } from '@/lib/auth/permissions';

export type RouteRule = Permission | 'signed-in' | 'public' | 'inwoner' | 'partner'; // inwoner: a resident session (issue 21), partner: a ketenpartner session (issue 22), never a staff one

export type RouteEntry = {
  rule: RouteRule;
  /** page.tsx (a redirect to /geen-toegang when refused) or route.ts (a 403 when refused). */
  kind: 'page' | 'handler';
  /** For handlers that answer with a file: its Content-Type (without parameters). */
  download?: string;
  /** The route may send you on instead of answering (the start page and sign-in: to the role's home page). */
  redirects?: true;
};

const page = (rule: RouteRule): RouteEntry => ({ rule, kind: 'page' });
const handler = (rule: RouteRule, download?: string): RouteEntry => ({ rule, kind: 'handler', ...(download ? { download } : {}) });

const PDF = 'application/pdf';
const CSV = 'text/csv';
const XML = 'application/xml';
const JSON_ = 'application/json';

export const ROUTES = {
  // Public: the resident's melding form, sign-in, the auth endpoints and the health check.
  '/': { rule: 'public', kind: 'page', redirects: true }, // to the role's home page, or to /login
  '/login': { rule: 'public', kind: 'page', redirects: true }, // a signed-in account goes on to its home page
  '/melding': page('public'),
  '/melding/bevestiging': page('public'),
  '/api/auth/[...nextauth]': handler('public'),
  '/api/health': handler('public'),

  // Any signed-in account.
  '/geen-toegang': page('signed-in'),
  '/tweestapsverificatie': page('signed-in'),
  '/wachtwoord': page('signed-in'),

  // Meldingen and triage.
  '/meldingen': page('melding:read'),
  '/meldingen/nieuw': page('melding:register'),
  '/meldingen/[meldingId]': page('melding:read'),
  '/meldingen/[meldingId]/triage': page('triage:perform'),

  // Search and the household dossier.
  '/zoeken': page('dossier:search'),
  '/huishoudens/[huishoudenId]': page('dossier:read'),
  '/huishoudens/[huishoudenId]/beschikkingen': page('dossier:read'),
  '/huishoudens/[huishoudenId]/berichten': page('dossier:read'), // issue 21: the conversation in Mijn plan
  '/huishoudens/[huishoudenId]/betrokkenen': page('dossier:read'),
  '/huishoudens/[huishoudenId]/documenten': page('dossier:read'),
  '/huishoudens/[huishoudenId]/documenten/[documentId]': handler('dossier:read'),
  '/huishoudens/[huishoudenId]/gesprekken': page('dossier:read'),
  '/huishoudens/[huishoudenId]/gesprekken/nieuw': page('gesprek:write'),
  '/huishoudens/[huishoudenId]/gesprekken/[gesprekId]': page('gesprek:write'),
  '/huishoudens/[huishoudenId]/gesprekken/[gesprekId]/verslag': handler('dossier:read', PDF),
  '/huishoudens/[huishoudenId]/journaal': page('dossier:read'),
  '/huishoudens/[huishoudenId]/journaal/[contactmomentId]': page('dossier:read'),
  '/huishoudens/[huishoudenId]/leden': page('dossier:read'),
  '/huishoudens/[huishoudenId]/plan': page('dossier:read'),
  '/huishoudens/[huishoudenId]/plan/bewerken': page('plan:write'),
  '/huishoudens/[huishoudenId]/plan/evaluatie': page('plan:write'),
  '/huishoudens/[huishoudenId]/plan/verschillen': page('dossier:read'),
  '/huishoudens/[huishoudenId]/plan/pdf': handler('dossier:read', PDF),
  '/huishoudens/[huishoudenId]/regie': page('dossier:read'),
  '/huishoudens/[huishoudenId]/tijdlijn': page('dossier:read'),
  '/huishoudens/[huishoudenId]/toestemmingen': page('dossier:read'),
  '/huishoudens/[huishoudenId]/veiligheid': page('dossier:read'),

  // Werkvoorraad, casusverdeling, consulten.
  '/werkvoorraad': page('werkvoorraad:read'),
  '/casusverdeling': page('regie:assign'),
  '/casusverdeling/[casusId]': page('regie:assign'),
  '/casusverdeling/opschaling/[verzoekId]': page('regie:assign'),
  '/consulten': page('consult:read'),
  '/consulten/[consultId]': page('consult:read'),
  '/sociale-kaart': page('socialekaart:read'),

  // Backoffice: aanvragen, beschikkingen, toewijzingberichten.
  '/aanvragen': page('aanvraag:read'),
  '/aanvragen/nieuw': page('aanvraag:behandelen'), // issue 16: a written aanvraag
  '/aanvragen/[aanvraagId]': page('aanvraag:read'),
  '/aanvragen/[aanvraagId]/beschikking': page('beschikking:draft'),
  '/aanvragen/[aanvraagId]/verdagingsbrief': handler('aanvraag:read', PDF),
  '/beschikkingen': page('beschikking:draft'), // issue 16: what is vastgesteld but not sent
  '/beschikkingen/[beschikkingId]': page('aanvraag:read'),
  '/beschikkingen/[beschikkingId]/bewerken': page('beschikking:draft'),
  '/beschikkingen/[beschikkingId]/brief': handler('dossier:read', PDF),
  '/beschikkingen/[beschikkingId]/berichten/[berichtId]': handler('aanvraag:read', XML),
  // Issue 19: the berichtenverkeer with the aanbieders.
  '/berichtenverkeer': page('berichten:read'),
  '/berichtenverkeer/bestand/[soort]/[id]': handler('berichten:read', XML),

  // Rapportage, toegangslog, inzage (AVG art. 15).
  '/rapportage': page('rapportage:read'),
  '/rapportage/export': handler('rapportage:read', CSV),
  '/toegangslog': page('auditlog:read'),
  '/inzage': page('inzage:export'),
  '/inzage/[persoonId]': page('inzage:export'),
  '/inzage/[persoonId]/pdf': handler('inzage:export', PDF),
  '/inzage/[persoonId]/json': handler('inzage:export', JSON_),

  // Mijn plan (issue 21): the residents' part, with their own DigiD session (lib/auth/inwoner); staff never open it.
  '/mijn/inloggen': { rule: 'public', kind: 'page', redirects: true }, // a signed-in resident goes on to /mijn
  '/mijn/onbekend': page('public'),
  '/mijn/auth/start': { rule: 'public', kind: 'handler', redirects: true }, // on to the OpenID Provider
  '/mijn/auth/callback': { rule: 'public', kind: 'handler', redirects: true }, // back from it, on to /mijn or sign-in
  '/mijn': page('inwoner'),
  '/mijn/plan': page('inwoner'),
  '/mijn/berichten': page('inwoner'),
  '/mijn/toestemmingen': page('inwoner'),
  '/mijn/wie-keek-mee': page('inwoner'),
  '/mijn/brieven': page('inwoner'),
  '/mijn/brieven/[briefId]': handler('inwoner', PDF),
  '/mijn/berichten/bijlage/[bijlageId]': handler('inwoner'), // an attachment in the conversation: PDF, PNG or JPEG
  // Ketenpartners (issue 22): their own eHerkenning session (lib/auth/partner); staff and residents never open it.
  '/partner/inloggen': { rule: 'public', kind: 'page', redirects: true }, // a signed-in partner goes on to /partner
  '/partner/onbekend': page('public'),
  '/partner/auth/start': { rule: 'public', kind: 'handler', redirects: true }, // on to the OpenID Provider
  '/partner/auth/callback': { rule: 'public', kind: 'handler', redirects: true }, // back from it, on to /partner or sign-in
  '/partner': page('partner'),
  '/partner/huishoudens/[huishoudenId]': page('partner'),
  '/partner/toewijzingen': page('partner'),
  '/partner/toewijzingen/[toewijzingId]': page('partner'), // issue 22 item 4
  '/partner/verzoeken': page('partner'),
  '/partner/verzoeken/nieuw': page('partner'),
  '/partner/gebruikers': page('partner'),

  // Beheer.
  '/beheer': page('beheer:manage'),
  '/beheer/aanbieders': page('beheer:manage'),
  '/beheer/aanbieders/nieuw': page('beheer:manage'),
  '/beheer/aanbieders/[aanbiederId]': page('beheer:manage'),
  '/beheer/ketenpartners': page('beheer:manage'), // issue 22
  '/beheer/bewaartermijnen': page('beheer:manage'),
  '/beheer/feestdagen': page('beheer:manage'),
  '/beheer/instellingen': page('beheer:manage'),
  '/beheer/leefgebieden': page('beheer:manage'),
  '/beheer/leefgebieden/[leefgebiedId]': page('beheer:manage'),
  '/beheer/mail': page('beheer:manage'), // issue 21: outgoing mail and, in demo mode, the test SMTP server's mailbox
  '/beheer/medewerkers': page('beheer:manage'),
  '/beheer/medewerkers/nieuw': page('beheer:manage'),
  '/beheer/medewerkers/[userId]': page('beheer:manage'),
  '/beheer/producten': page('beheer:manage'),
  '/beheer/producten/nieuw': page('beheer:manage'),
  '/beheer/producten/import': page('beheer:manage'),
  '/beheer/producten/export': handler('beheer:manage', CSV),
  '/beheer/producten/[productId]': page('beheer:manage'),
  '/beheer/sociale-kaart': page('beheer:manage'),
  '/beheer/sociale-kaart/nieuw': page('beheer:manage'),
  '/beheer/sociale-kaart/[voorzieningId]': page('beheer:manage'),
  '/beheer/teams': page('beheer:manage'),
  '/beheer/teams/[teamId]': page('beheer:manage'),
  '/beheer/wijken': page('beheer:manage'),
  '/beheer/wijken/[wijkId]': page('beheer:manage'),
} as const satisfies Record<string, RouteEntry>;

export type RoutePattern = keyof typeof ROUTES;

/** The file path under app/ without route groups — `app/(app)/huishoudens/[id]/page.tsx` → `/huishoudens/[id]`. */
export function routePatternOf(file: string): string {
  const parts = file.replace(/\\/g, '/').split('/');
  const start = parts[0] === 'app' ? 1 : 0;
  const segments = parts.slice(start, -1).filter((s) => !(s.startsWith('(') && s.endsWith(')')));
  return `/${segments.join('/')}`;
}

/** What the rule says for this actor (null: not signed in). */
export function mayOpen(actor: Pick<Actor, 'rollen'> | null, rule: RouteRule): boolean {
  if (rule === 'public') return true;
  if (!actor || rule === 'inwoner' || rule === 'partner') return false; // resident and partner routes take their own session, not a staff actor
  if (rule === 'signed-in') return true;
  return can(actor, rule);
}
