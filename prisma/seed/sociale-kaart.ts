// The sociale kaart: algemene (vrij toegankelijke) voorzieningen and voorliggende partners of a Dutch town. Names are
// invented or generic ("Voedselbank Den Helder" stands for the kind of organisation, not for the real one's data).
// Leefgebieden are given as ZRM domains and stored as the gemeente's leefgebied codes, whatever those are called.
import type { VoorzieningSoort } from '@/lib/generated/prisma/enums';
import type { Organisation, WijkCode } from './organisation';
import { type Rows, uuid } from './rows';
import type { LeefgebiedKey } from './texts';

export type VoorzieningKey =
  | 'schuldhulpmaatje' | 'voedselbank' | 'buurthuisCEN' | 'buurthuisNDH' | 'buurthuisSCH' | 'buurthuisJUL'
  | 'maatjes' | 'mantelzorg' | 'thuisadministratie' | 'taalhuis' | 'wijkrestaurant' | 'sportfonds' | 'leergeld'
  | 'formulierenbrigade' | 'jgz' | 'welzijn' | 'vrijwilligers' | 'repaircafe' | 'oka' | 'boodschappen'
  | 'ggzInloop' | 'ouderenadviseur' | 'werkplein' | 'clientondersteuning';

interface VoorzieningDef {
  key: VoorzieningKey;
  naam: string;
  soort: VoorzieningSoort;
  aanbod: string;
  doelgroep: string;
  domeinen: LeefgebiedKey[];
  wijk?: WijkCode;
  contactNaam?: string;
  adres: string;
  openingstijden: string;
}

const VOORZIENINGEN: readonly VoorzieningDef[] = [
  { key: 'schuldhulpmaatje', naam: 'SchuldHulpMaatje Den Helder', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Een getrainde vrijwilliger helpt bij het op orde brengen van de administratie en het voorkomen van schulden.', doelgroep: 'Inwoners met (dreigende) geldzorgen', domeinen: ['FINANCIEN'], contactNaam: 'Coördinator SchuldHulpMaatje', adres: 'Kerkstraat 21, 1781 AB Den Helder', openingstijden: 'Inloop dinsdag en donderdag 9.30–12.00 uur' },
  { key: 'voedselbank', naam: 'Voedselbank Den Helder', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Wekelijks een voedselpakket na aanmelding via een hulpverlener.', doelgroep: 'Huishoudens onder de bestedingsnorm', domeinen: ['FINANCIEN', 'BASALE_ADL'], adres: 'Werfweg 15, 1781 CE Den Helder', openingstijden: 'Uitgifte vrijdag 13.00–16.00 uur' },
  { key: 'buurthuisCEN', naam: 'Buurthuis De Kompaan', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Koffie-inloop, spelmiddagen, computercursus en een open tafel.', doelgroep: 'Alle bewoners van het Centrum', domeinen: ['SOCIAAL_NETWERK', 'TIJDSBESTEDING', 'MAATSCHAPPELIJKE_PARTICIPATIE'], wijk: 'CEN', adres: 'Prinsenstraat 40, 1781 KL Den Helder', openingstijden: 'Maandag t/m vrijdag 9.00–17.00 uur' },
  { key: 'buurthuisNDH', naam: 'Wijkcentrum De Zeereep', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Ontmoeting, huiswerkbegeleiding en een wekelijkse inloop van het wijkteam.', doelgroep: 'Bewoners van Nieuw Den Helder', domeinen: ['SOCIAAL_NETWERK', 'TIJDSBESTEDING', 'WERK_OPLEIDING'], wijk: 'NDH', adres: 'Zeereep 2, 1785 AB Den Helder', openingstijden: 'Maandag t/m donderdag 9.00–21.00 uur' },
  { key: 'buurthuisSCH', naam: 'Buurthuis Het Lijsternest', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Ontmoeting voor ouderen, peuterochtend en kledingruil.', doelgroep: 'Bewoners van De Schooten', domeinen: ['SOCIAAL_NETWERK', 'TIJDSBESTEDING'], wijk: 'SCH', adres: 'Lijsterhof 1, 1783 AC Den Helder', openingstijden: 'Dinsdag t/m vrijdag 9.00–16.30 uur' },
  { key: 'buurthuisJUL', naam: 'Dorpshuis Julianadorp', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Activiteiten voor alle leeftijden, seniorengym en een repair café.', doelgroep: 'Inwoners van Julianadorp', domeinen: ['SOCIAAL_NETWERK', 'TIJDSBESTEDING', 'LICHAMELIJKE_GEZONDHEID'], wijk: 'JUL', adres: 'Dorpsweg 60, 1787 AB Julianadorp', openingstijden: 'Maandag t/m zaterdag 9.00–22.00 uur' },
  { key: 'maatjes', naam: 'Maatjesproject Samen Verder', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Een vrijwillig maatje voor wekelijkse activiteiten tegen eenzaamheid.', doelgroep: 'Volwassenen met een klein netwerk', domeinen: ['SOCIAAL_NETWERK', 'GEESTELIJKE_GEZONDHEID'], adres: 'Kerkstraat 21, 1781 AB Den Helder', openingstijden: 'Op afspraak' },
  { key: 'mantelzorg', naam: 'Mantelzorgsteunpunt Kop van Noord-Holland', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Advies, lotgenotencontact, respijtzorg bemiddelen en de jaarlijkse mantelzorgwaardering.', doelgroep: 'Mantelzorgers', domeinen: ['HUISELIJKE_RELATIES', 'SOCIAAL_NETWERK'], contactNaam: 'Mantelzorgconsulent', adres: 'Molenstraat 5, 1781 DE Den Helder', openingstijden: 'Maandag t/m vrijdag 9.00–12.30 uur, telefonisch tot 17.00 uur' },
  { key: 'thuisadministratie', naam: 'Humanitas Thuisadministratie', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Vrijwilligers helpen een jaar lang thuis met post, betalingen en overzicht.', doelgroep: 'Inwoners die hun administratie niet zelf overzien', domeinen: ['FINANCIEN', 'INSTRUMENTELE_ADL'], adres: 'Postbus 115, 1780 AC Den Helder', openingstijden: 'Aanmelden op werkdagen, huisbezoek op afspraak' },
  { key: 'taalhuis', naam: 'Taalhuis Bibliotheek Kop van Noord-Holland', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Taalcafé, hulp bij lezen en schrijven en digitale vaardigheden (Digisterker).', doelgroep: 'Laaggeletterden en nieuwkomers', domeinen: ['WERK_OPLEIDING', 'MAATSCHAPPELIJKE_PARTICIPATIE'], adres: 'Bernhardplein 18, 1781 HH Den Helder', openingstijden: 'Dinsdag 13.00–16.00 uur en donderdag 18.30–20.30 uur' },
  { key: 'wijkrestaurant', naam: 'Wijkrestaurant Aan de Kade', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Betaalbare warme maaltijd in gezelschap, ook maaltijden aan huis.', doelgroep: 'Ouderen en alleenstaanden', domeinen: ['SOCIAAL_NETWERK', 'BASALE_ADL'], wijk: 'CEN', adres: 'Kanaalkade 12, 1782 AB Den Helder', openingstijden: 'Dinsdag t/m vrijdag 12.00–14.00 uur' },
  { key: 'sportfonds', naam: 'Jeugdfonds Sport & Cultuur Den Helder', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Betaalt contributie en lesgeld voor sport, muziek en dans.', doelgroep: 'Kinderen 4–18 jaar uit gezinnen met een laag inkomen', domeinen: ['TIJDSBESTEDING', 'MAATSCHAPPELIJKE_PARTICIPATIE'], adres: 'Online aanvraag via een intermediair', openingstijden: 'Aanvragen het hele jaar' },
  { key: 'leergeld', naam: 'Stichting Leergeld Den Helder', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Schoolspullen, fiets, laptop en schoolreisjes voor kinderen.', doelgroep: 'Gezinnen met een inkomen tot 130% van het sociaal minimum', domeinen: ['FINANCIEN', 'WERK_OPLEIDING'], adres: 'Postbus 140, 1780 AC Den Helder', openingstijden: 'Telefonisch spreekuur maandag en woensdag 9.00–12.00 uur' },
  { key: 'formulierenbrigade', naam: 'Formulierenbrigade', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Hulp bij het invullen van formulieren, toeslagen en kwijtschelding.', doelgroep: 'Iedereen die vastloopt op formulieren', domeinen: ['FINANCIEN', 'INSTRUMENTELE_ADL'], adres: 'Bibliotheek, Bernhardplein 18, 1781 HH Den Helder', openingstijden: 'Woensdag 9.30–12.00 uur' },
  { key: 'jgz', naam: 'GGD Jeugdgezondheidszorg / consultatiebureau', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Consultatiebureau, jeugdarts en jeugdverpleegkundige op school; opvoedadvies.', doelgroep: 'Kinderen 0–18 jaar en hun ouders', domeinen: ['LICHAMELIJKE_GEZONDHEID', 'OPVOEDING_ONTWIKKELING'], adres: 'Loodsgracht 10, 1781 EA Den Helder', openingstijden: 'Maandag t/m vrijdag 8.30–17.00 uur' },
  { key: 'welzijn', naam: 'Welzijnsorganisatie Helder Welzijn', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Ouderenwerk, jongerenwerk, opbouwwerk en sociaal raadslieden.', doelgroep: 'Alle inwoners', domeinen: ['SOCIAAL_NETWERK', 'MAATSCHAPPELIJKE_PARTICIPATIE', 'FINANCIEN'], adres: 'Molenstraat 5, 1781 DE Den Helder', openingstijden: 'Maandag t/m vrijdag 9.00–17.00 uur' },
  { key: 'vrijwilligers', naam: 'Vrijwilligerscentrale Den Helder', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Bemiddeling naar vrijwilligerswerk en klusjeshulp door vrijwilligers.', doelgroep: 'Inwoners die mee willen doen of een klus niet zelf kunnen', domeinen: ['MAATSCHAPPELIJKE_PARTICIPATIE', 'TIJDSBESTEDING'], adres: 'Havenstraat 3, 1781 AD Den Helder', openingstijden: 'Maandag t/m donderdag 10.00–15.00 uur' },
  { key: 'repaircafe', naam: 'Repair Café De Schooten', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Samen kapotte spullen repareren, met koffie.', doelgroep: 'Iedereen', domeinen: ['SOCIAAL_NETWERK', 'FINANCIEN'], wijk: 'SCH', adres: 'Buurthuis Het Lijsternest, Lijsterhof 1, 1783 AC Den Helder', openingstijden: 'Elke tweede zaterdag van de maand 10.00–13.00 uur' },
  { key: 'oka', naam: 'Ouder- en kindadviseur basisscholen', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Laagdrempelig advies over opvoeden en opgroeien, op school.', doelgroep: 'Ouders van kinderen op de basisschool', domeinen: ['OPVOEDING_ONTWIKKELING', 'WERK_OPLEIDING'], adres: 'Op de basisscholen in Noord en Zuid', openingstijden: 'Spreekuur op school, zie de schoolgids' },
  { key: 'boodschappen', naam: 'Boodschappenservice Helder Welzijn', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Vrijwilligers doen wekelijks de boodschappen of gaan mee naar de winkel.', doelgroep: 'Ouderen en mensen met een beperking', domeinen: ['INSTRUMENTELE_ADL', 'SOCIAAL_NETWERK'], adres: 'Molenstraat 5, 1781 DE Den Helder', openingstijden: 'Bestellen maandag en dinsdag 9.00–12.00 uur' },
  { key: 'ggzInloop', naam: 'Inloophuis Het Anker (ggz)', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Vrije inloop, dagstructuur en lotgenotencontact voor mensen met psychische kwetsbaarheid.', doelgroep: 'Volwassenen met psychische klachten', domeinen: ['GEESTELIJKE_GEZONDHEID', 'TIJDSBESTEDING', 'SOCIAAL_NETWERK'], wijk: 'NDH', adres: 'Golfslaglaan 88, 1785 CD Den Helder', openingstijden: 'Maandag t/m vrijdag 10.00–16.00 uur' },
  { key: 'ouderenadviseur', naam: 'Ouderenadviseur Helder Welzijn', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Huisbezoek, advies over wonen, zorg en geld voor 65-plussers.', doelgroep: 'Inwoners van 65 jaar en ouder', domeinen: ['INSTRUMENTELE_ADL', 'HUISVESTING', 'SOCIAAL_NETWERK'], wijk: 'JUL', adres: 'Dorpshuis Julianadorp, Dorpsweg 60, 1787 AB Julianadorp', openingstijden: 'Op afspraak' },
  { key: 'werkplein', naam: 'Werkplein Kop van Noord-Holland', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Werkcoaches, re-integratie en inkomensondersteuning (Participatiewet).', doelgroep: 'Werkzoekenden en inwoners met een uitkering', domeinen: ['WERK_OPLEIDING', 'FINANCIEN'], adres: 'Industrieweg 5, 1786 LA Den Helder', openingstijden: 'Maandag t/m vrijdag 8.30–17.00 uur' },
  { key: 'clientondersteuning', naam: 'Onafhankelijke cliëntondersteuning Noordkop', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Gratis en onafhankelijke ondersteuning bij het gesprek met de gemeente en bij bezwaar.', doelgroep: 'Iedere inwoner met een hulpvraag', domeinen: ['MAATSCHAPPELIJKE_PARTICIPATIE'], adres: 'Havenstraat 3, 1781 AD Den Helder', openingstijden: 'Maandag t/m vrijdag 9.00–17.00 uur' },
];

export interface VoorzieningRef {
  id: string;
  key: VoorzieningKey;
  naam: string;
  domeinen: LeefgebiedKey[];
}

export function buildSocialeKaart(rows: Rows, org: Organisation): Map<VoorzieningKey, VoorzieningRef> {
  const result = new Map<VoorzieningKey, VoorzieningRef>();
  VOORZIENINGEN.forEach((v, i) => {
    const id = uuid();
    const leefgebiedCodes = v.domeinen.map((d) => org.leefgebieden.get(d)?.code).filter((c): c is string => !!c);
    const slug = v.naam.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 24);
    rows.voorziening.push({
      id,
      gemeenteId: org.gemeenteId,
      naam: v.naam,
      soort: v.soort,
      aanbod: v.aanbod,
      doelgroep: v.doelgroep,
      leefgebiedCodes,
      wijkId: v.wijk ? org.wijkIds[v.wijk] : null,
      contactNaam: v.contactNaam ?? null,
      telefoon: `0223-${String(620_100 + i * 37).padStart(6, '0')}`,
      email: `info@${slug}.example`,
      website: `https://www.${slug}.example`,
      adres: v.adres,
      openingstijden: v.openingstijden,
    });
    result.set(v.key, { id, key: v.key, naam: v.naam, domeinen: v.domeinen });
  });
  return result;
}
