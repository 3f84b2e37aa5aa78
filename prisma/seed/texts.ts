// Texts for the demo route: questions per theme, and per leefgebied what a keukentafelgesprek records and what a
// plan says (goals in the resident's own words, DOMAIN.md §2). Written to read like a real dossier, all invented.
import type { Kanaal, Uitvoerder, VerwijzerSoort, Wet, ZrmDomein } from '@/lib/generated/prisma/enums';
import type { VoorzieningKey } from './sociale-kaart';

/** A leefgebied of the demo list: a ZRM domain, or the one extra 'Opvoeding en ontwikkeling' (lib/domain/zrm.ts). */
export type LeefgebiedKey = ZrmDomein | 'OPVOEDING_ONTWIKKELING';

export interface DomeinTekst {
  /** The question for the plan (PlanVraag). */
  vraag: string;
  situatie: string;
  gaatGoed: string;
  zorgen: string;
  eigenKracht: string;
  wens: string;
  /** Goals in the inwoner's own words, the first a first step, the second further ahead. */
  doelen: readonly { tekst: string; zichtbaar: string }[];
  acties: readonly { wie: Uitvoerder; wat: string }[];
}

export const DOMEIN_TEKSTEN: Record<LeefgebiedKey, DomeinTekst> = {
  FINANCIEN: {
    vraag: 'Hoe krijg ik weer overzicht over mijn geld en voorkom ik nieuwe schulden?',
    situatie: 'Er liggen ongeopende brieven. Achterstanden bij de zorgverzekeraar en de energieleverancier.',
    gaatGoed: 'De huur wordt op tijd betaald.',
    zorgen: 'Aanmaningen lopen op, er dreigt afsluiting van de energie.',
    eigenKracht: 'Wil zelf leren budgetteren; een zus helpt met het openmaken van de post.',
    wens: 'Rust in mijn hoofd en geen deurwaarder meer aan de deur.',
    doelen: [
      { tekst: 'Ik wil elke week weten hoeveel geld ik nog heb.', zichtbaar: 'Er is een weekbudget en een lijst van alle schulden.' },
      { tekst: 'Over een jaar heb ik geen nieuwe achterstanden.', zichtbaar: 'Geen nieuwe aanmaningen; de regeling met schuldeisers loopt.' },
    ],
    acties: [
      { wie: 'INWONER', wat: 'Alle post verzamelen in één map en meenemen naar het volgende gesprek.' },
      { wie: 'VRIJWILLIGER', wat: 'SchuldHulpMaatje maakt samen een budgetplan.' },
      { wie: 'PROFESSIONAL', wat: 'Wijkcoach meldt aan voor schuldhulpverlening (eerste gesprek binnen vier weken).' },
    ],
  },
  WERK_OPLEIDING: {
    vraag: 'Hoe vind ik werk of een opleiding die bij mij past?',
    situatie: 'Al langere tijd zonder werk; de uitkering loopt via het Werkplein.',
    gaatGoed: 'Is gemotiveerd en heeft rijbewijs B.',
    zorgen: 'Weinig vertrouwen na eerdere afwijzingen; de taal is nog een drempel voor het gewenste werk.',
    eigenKracht: 'Heeft ervaring in de haven en in de schoonmaak.',
    wens: 'Weer een dagritme en eigen inkomen.',
    doelen: [
      { tekst: 'Ik ga twee dagdelen per week naar het taalcafé.', zichtbaar: 'Aanwezig bij het taalcafé, zegt zelf dat het beter gaat.' },
      { tekst: 'Over een jaar heb ik een betaalde baan van minstens twintig uur.', zichtbaar: 'Arbeidscontract getekend.' },
    ],
    acties: [
      { wie: 'INWONER', wat: 'Aanmelden bij het Taalhuis van de bibliotheek.' },
      { wie: 'PROFESSIONAL', wat: 'Warme overdracht naar de werkcoach van het Werkplein.' },
    ],
  },
  TIJDSBESTEDING: {
    vraag: 'Hoe krijg ik weer een zinvolle invulling van mijn dagen?',
    situatie: 'Zit veel thuis, de dagen lopen in elkaar over.',
    gaatGoed: 'Gaat graag naar buiten als er iemand meegaat.',
    zorgen: 'Verveling en somberheid nemen toe.',
    eigenKracht: 'Was vroeger actief bij de volkstuin.',
    wens: 'Iets doen waar ik me nuttig bij voel.',
    doelen: [
      { tekst: 'Ik ga één keer per week naar het buurthuis.', zichtbaar: 'Vaste dag in de agenda, bezoek gaat zonder aansporing.' },
      { tekst: 'Over drie maanden heb ik vrijwilligerswerk of dagbesteding die ik leuk vind.', zichtbaar: 'Gaat minstens twee dagdelen per week.' },
    ],
    acties: [
      { wie: 'NETWERK', wat: 'Buurvrouw gaat de eerste keren mee naar het buurthuis.' },
      { wie: 'VRIJWILLIGER', wat: 'Vrijwilligerscentrale zoekt passend vrijwilligerswerk.' },
    ],
  },
  HUISVESTING: {
    vraag: 'Hoe kan ik veilig en betaalbaar blijven wonen?',
    situatie: 'Huurachterstand van twee maanden; de woning is slecht toegankelijk.',
    gaatGoed: 'Goed contact met de woningcorporatie.',
    zorgen: 'Dreigende ontruiming als de achterstand oploopt.',
    eigenKracht: 'Heeft zelf contact opgenomen met de corporatie.',
    wens: 'In dit huis blijven wonen.',
    doelen: [
      { tekst: 'Ik maak een betalingsregeling met de woningcorporatie.', zichtbaar: 'Regeling op papier, eerste termijn betaald.' },
      { tekst: 'Over een jaar woon ik hier nog en is de achterstand weg.', zichtbaar: 'Geen huurachterstand meer.' },
    ],
    acties: [
      { wie: 'INWONER', wat: 'Bellen met de woonconsulent over een regeling.' },
      { wie: 'PROFESSIONAL', wat: 'Wijkcoach sluit aan bij het gesprek met de corporatie (vroegsignalering).' },
    ],
  },
  HUISELIJKE_RELATIES: {
    vraag: 'Hoe krijgen we thuis weer rust en minder ruzie?',
    situatie: 'Veel spanning in huis; ruzies over geld en over de verdeling van de zorg.',
    gaatGoed: 'Iedereen in huis wil dat het beter gaat.',
    zorgen: 'De spanning loopt op; gezinsleden trekken zich terug.',
    eigenKracht: 'Kunnen samen praten als er iemand bij is.',
    wens: 'Weer samen aan tafel kunnen zitten zonder ruzie.',
    doelen: [
      { tekst: 'We maken afspraken over hoe we met onenigheid omgaan.', zichtbaar: 'Afspraken op papier, iedereen tevreden.' },
      { tekst: 'Over drie maanden voelt het thuis weer veilig voor iedereen.', zichtbaar: 'Iedereen in huis zegt zelf dat het beter gaat.' },
    ],
    acties: [
      { wie: 'INWONER', wat: 'Samen een time-out afspraak maken en op de koelkast hangen.' },
      { wie: 'AANBIEDER', wat: 'Begeleiding start met gesprekken thuis.' },
    ],
  },
  OPVOEDING_ONTWIKKELING: {
    vraag: 'Hoe kan ik mijn kind beter helpen met gedrag en ontwikkeling?',
    situatie: 'Driftbuien thuis en op school; school belt bijna dagelijks.',
    gaatGoed: 'Kind is sportief en gaat graag naar voetbal.',
    zorgen: 'Dreigende schorsing; de ouders raken uitgeput.',
    eigenKracht: 'Oma past twee middagen per week op.',
    wens: 'Dat mijn kind weer met plezier naar school gaat.',
    doelen: [
      { tekst: 'Ik weet wat ik kan doen als mijn kind boos wordt.', zichtbaar: 'Ouder past de afspraken toe, minder escalaties per week.' },
      { tekst: 'Over drie maanden gaat mijn kind weer elke dag naar school.', zichtbaar: 'Geen schorsingen, school is tevreden.' },
    ],
    acties: [
      { wie: 'AANBIEDER', wat: 'Ambulante jeugdhulp: opvoedondersteuning thuis, wekelijks.' },
      { wie: 'PROFESSIONAL', wat: 'Overleg met de intern begeleider van school over een plan in de klas.' },
      { wie: 'NETWERK', wat: 'Oma blijft twee middagen per week oppassen.' },
    ],
  },
  GEESTELIJKE_GEZONDHEID: {
    vraag: 'Hoe kom ik uit de somberheid en houd ik grip op mijn dag?',
    situatie: 'Somber, slaapt slecht, piekert veel. Eerder behandeld bij de ggz.',
    gaatGoed: 'Neemt medicatie trouw in en heeft contact met de huisarts.',
    zorgen: 'Trekt zich terug, komt de deur nauwelijks uit.',
    eigenKracht: 'Weet zelf goed wat helpt: wandelen en muziek.',
    wens: 'Me weer mezelf voelen.',
    doelen: [
      { tekst: 'Ik ga elke dag een half uur naar buiten.', zichtbaar: 'Houdt het zelf bij in een schriftje.' },
      { tekst: 'Over drie maanden heb ik een vast weekritme.', zichtbaar: 'Weekplanning wordt gevolgd, minder somberheid volgens inwoner.' },
    ],
    acties: [
      { wie: 'INWONER', wat: 'Weekplanning maken met vaste momenten.' },
      { wie: 'PROFESSIONAL', wat: 'Afstemming met de POH-ggz van de huisarts.' },
      { wie: 'AANBIEDER', wat: 'Individuele begeleiding bij het opbouwen van structuur.' },
    ],
  },
  LICHAMELIJKE_GEZONDHEID: {
    vraag: 'Hoe kan ik ondanks mijn lichamelijke klachten zelfstandig blijven?',
    situatie: 'Slecht ter been na een heupoperatie; valt soms.',
    gaatGoed: 'Revalidatie verloopt volgens plan.',
    zorgen: 'Valgevaar in huis; trap naar de slaapkamer is een probleem.',
    eigenKracht: 'Doet de oefeningen van de fysiotherapeut trouw.',
    wens: 'Zelfstandig in mijn eigen huis blijven wonen.',
    doelen: [
      { tekst: 'Ik kan veilig de trap op of slaap beneden.', zichtbaar: 'Woningaanpassing gerealiseerd of bed beneden.' },
      { tekst: 'Over drie maanden loop ik weer zelf naar de winkel om de hoek.', zichtbaar: 'Doet zelf kleine boodschappen.' },
    ],
    acties: [
      { wie: 'PROFESSIONAL', wat: 'Ergotherapeut adviseert over aanpassingen in huis.' },
      { wie: 'NETWERK', wat: 'Zoon haalt de grote boodschappen op zaterdag.' },
    ],
  },
  MIDDELENGEBRUIK: {
    vraag: 'Hoe krijg ik mijn gebruik onder controle?',
    situatie: 'Drinkt dagelijks; blowt in het weekend.',
    gaatGoed: 'Erkent dat het gebruik een probleem is.',
    zorgen: 'Gebruik gaat ten koste van geld en contacten.',
    eigenKracht: 'Is eerder een half jaar gestopt.',
    wens: 'Minder drinken en weer helder zijn.',
    doelen: [
      { tekst: 'Ik drink doordeweeks niet meer.', zichtbaar: 'Zegt het zelf; de huisarts ziet het terug.' },
      { tekst: 'Over drie maanden ben ik in behandeling bij de verslavingszorg.', zichtbaar: 'Intake gehad, afspraken lopen.' },
    ],
    acties: [
      { wie: 'PROFESSIONAL', wat: 'Aanmelden bij de verslavingszorg via de huisarts.' },
      { wie: 'INWONER', wat: 'Bijhouden wanneer en hoeveel er wordt gedronken.' },
    ],
  },
  BASALE_ADL: {
    vraag: 'Hoe kan ik mezelf weer goed verzorgen?',
    situatie: 'Wassen en aankleden lukt niet meer zonder hulp.',
    gaatGoed: 'Eet goed en drinkt voldoende.',
    zorgen: 'Valt bijna bij het douchen; partner kan niet meer tillen.',
    eigenKracht: 'Partner helpt met aankleden.',
    wens: 'Me weer fris en verzorgd voelen.',
    doelen: [
      { tekst: 'Ik kan veilig douchen met hulp.', zichtbaar: 'Douchestoel en beugels aanwezig, hulp drie keer per week.' },
      { tekst: 'Over drie maanden is mijn partner minder belast.', zichtbaar: 'Mantelzorger zegt het zelf.' },
    ],
    acties: [
      { wie: 'AANBIEDER', wat: 'Persoonlijke verzorging drie ochtenden per week.' },
      { wie: 'INWONER', wat: 'Douchestoel lenen via de thuiszorgwinkel.' },
    ],
  },
  INSTRUMENTELE_ADL: {
    vraag: 'Hoe houd ik mijn huishouden op orde?',
    situatie: 'Huishouden is niet meer bij te houden; de was stapelt zich op.',
    gaatGoed: 'Kookt nog zelf een eenvoudige maaltijd.',
    zorgen: 'Vervuiling van de woning dreigt.',
    eigenKracht: 'Dochter doet eens per week de boodschappen.',
    wens: 'Een schoon en opgeruimd huis.',
    doelen: [
      { tekst: 'Mijn huis is schoon en de was is bij.', zichtbaar: 'Hulp komt wekelijks, woning ziet er verzorgd uit.' },
      { tekst: 'Over drie maanden doe ik zelf weer de lichte taken.', zichtbaar: 'Afstoffen en afwassen gaat zelfstandig.' },
    ],
    acties: [
      { wie: 'AANBIEDER', wat: 'Hulp bij het huishouden, wekelijks.' },
      { wie: 'VRIJWILLIGER', wat: 'Boodschappenservice haalt elke dinsdag de boodschappen.' },
    ],
  },
  SOCIAAL_NETWERK: {
    vraag: 'Hoe kom ik weer onder de mensen?',
    situatie: 'Sinds het overlijden van de partner weinig contact met anderen.',
    gaatGoed: 'Goed contact met een nicht die wekelijks belt.',
    zorgen: 'Eenzaamheid, komt dagen niemand tegen.',
    eigenKracht: 'Is sociaal en maakt makkelijk een praatje.',
    wens: 'Iemand om samen koffie mee te drinken.',
    doelen: [
      { tekst: 'Ik heb elke week een afspraak met iemand.', zichtbaar: 'Maatje komt wekelijks langs.' },
      { tekst: 'Over drie maanden ga ik zelf naar de koffie-inloop.', zichtbaar: 'Gaat zonder begeleiding.' },
    ],
    acties: [
      { wie: 'VRIJWILLIGER', wat: 'Maatjesproject koppelt een maatje.' },
      { wie: 'NETWERK', wat: 'Nicht gaat mee naar de eerste koffieochtend.' },
    ],
  },
  MAATSCHAPPELIJKE_PARTICIPATIE: {
    vraag: 'Hoe kan ik meedoen in de wijk?',
    situatie: 'Weet de weg niet naar activiteiten en voorzieningen.',
    gaatGoed: 'Wil graag iets betekenen voor anderen.',
    zorgen: 'Durft niet goed alleen naar nieuwe plekken.',
    eigenKracht: 'Helpt de buren al met klusjes.',
    wens: 'Erbij horen.',
    doelen: [
      { tekst: 'Ik probeer één activiteit in het buurthuis uit.', zichtbaar: 'Is één keer geweest en vertelt erover.' },
      { tekst: 'Over een jaar doe ik vrijwilligerswerk.', zichtbaar: 'Vaste vrijwilligersplek.' },
    ],
    acties: [
      { wie: 'PROFESSIONAL', wat: 'Opbouwwerker stelt voor aan de vrijwilligers van het buurthuis.' },
      { wie: 'INWONER', wat: 'Kiest een activiteit uit het programma.' },
    ],
  },
  JUSTITIE: {
    vraag: 'Hoe houd ik me aan de afspraken met de reclassering?',
    situatie: 'Loopt een taakstraf; contact met jeugdreclassering.',
    gaatGoed: 'Komt afspraken met de reclassering na.',
    zorgen: 'Vrienden met wie het mis is gegaan zijn nog in beeld.',
    eigenKracht: 'Wil zelf een nieuwe start maken.',
    wens: 'Niet meer met politie in aanraking komen.',
    doelen: [
      { tekst: 'Ik maak mijn taakstraf af.', zichtbaar: 'Bevestiging van de reclassering.' },
      { tekst: 'Over een jaar heb ik geen nieuwe contacten met politie gehad.', zichtbaar: 'Geen nieuwe meldingen.' },
    ],
    acties: [
      { wie: 'PROFESSIONAL', wat: 'Afstemming met de jeugdreclassering over één plan.' },
      { wie: 'INWONER', wat: 'Nieuwe sportclub zoeken met het Jeugdfonds.' },
    ],
  },
};

export type ThemaKey =
  | 'OUDER_THUIS' | 'MANTELZORG' | 'SCHULDEN' | 'OPVOEDING' | 'PSYCHISCH' | 'GEZIN_MULTI' | 'WERK_MEEDOEN'
  | 'WONEN_MOBILITEIT' | 'JONGERE';

export interface Thema {
  key: ThemaKey;
  /** Leefgebieden this question touches; the first two always, the rest sometimes. */
  leefgebieden: LeefgebiedKey[];
  /** The law the plan mainly rests on (for mandates). */
  wet: Wet;
  /** Maatwerk products that fit, by code (catalogue.ts); empty when voorliggend is the answer. */
  producten: string[];
  voorzieningen: VoorzieningKey[];
  /** Whom the question is about. */
  subject: 'hoofd' | 'kind' | 'jongere';
  /** In the inwoner's own words; {kind}, {partner} and {leeftijd} are filled in for the person it is about. */
  vraagZelf: string[];
  /** As someone else reports it, with the channel that fits; {naam} is the person it is about. */
  vraagOver: VraagOver[];
}

/** A melding by someone other than the inwoner. `organisatie` '{school}' or '{huisarts}' picks one from the lists below. */
export interface VraagOver {
  kanaal: Kanaal;
  verwijzer?: VerwijzerSoort;
  organisatie: string | null;
  relatie: string;
  tekst: string;
}

export const THEMAS: Record<ThemaKey, Thema> = {
  OUDER_THUIS: {
    key: 'OUDER_THUIS',
    leefgebieden: ['INSTRUMENTELE_ADL', 'LICHAMELIJKE_GEZONDHEID', 'BASALE_ADL', 'SOCIAAL_NETWERK'],
    wet: 'WMO',
    producten: ['01A01', '03A01', '07A12', '08A01'],
    voorzieningen: ['boodschappen', 'wijkrestaurant', 'ouderenadviseur'],
    subject: 'hoofd',
    vraagZelf: [
      'Ik red het huishouden niet meer sinds mijn val. Kan er iemand helpen met schoonmaken?',
      'Mijn dochter woont ver weg en ik kom de dagen niet meer goed door. Wat is er mogelijk?',
      'Ik kan niet meer zelf douchen en de boodschappen worden te zwaar.',
    ],
    vraagOver: [
      { kanaal: 'TELEFOON', organisatie: null, relatie: 'buurvrouw', tekst: 'Buurvrouw maakt zich zorgen om {naam}: het huis raakt vervuild en er zijn valpartijen.' },
      { kanaal: 'PARTNER', organisatie: 'Wijkverpleging Kop van Noord', relatie: 'wijkverpleegkundige', tekst: 'Wijkverpleging meldt dat {naam} na ontslag uit het ziekenhuis thuis niet rondkomt met de zorg.' },
    ],
  },
  MANTELZORG: {
    key: 'MANTELZORG',
    leefgebieden: ['HUISELIJKE_RELATIES', 'SOCIAAL_NETWERK', 'TIJDSBESTEDING', 'GEESTELIJKE_GEZONDHEID'],
    wet: 'WMO',
    producten: ['07A12', '04A01'],
    voorzieningen: ['mantelzorg', 'maatjes'],
    subject: 'hoofd',
    vraagZelf: [
      'Mijn {partner} heeft dementie en ik zorg er dag en nacht voor. Ik kan niet meer.',
      'Ik zorg voor mijn {partner} sinds de beroerte en kom zelf niet meer aan rust toe.',
    ],
    vraagOver: [
      { kanaal: 'VERWIJZER', verwijzer: 'HUISARTS', organisatie: '{huisarts}', relatie: 'huisarts', tekst: 'Huisarts: de mantelzorger van {naam} is overbelast; graag ontlasting en dagbesteding bespreken.' },
    ],
  },
  SCHULDEN: {
    key: 'SCHULDEN',
    leefgebieden: ['FINANCIEN', 'HUISVESTING', 'WERK_OPLEIDING', 'GEESTELIJKE_GEZONDHEID'],
    wet: 'PARTICIPATIEWET',
    producten: ['02A01'],
    voorzieningen: ['schuldhulpmaatje', 'thuisadministratie', 'formulierenbrigade', 'voedselbank'],
    subject: 'hoofd',
    vraagZelf: [
      'Ik heb schulden en krijg steeds meer aanmaningen. Ik weet niet meer waar ik moet beginnen.',
      'Mijn energie wordt afgesloten als ik niet betaal. Kan iemand helpen?',
      'Sinds de scheiding kom ik niet meer rond.',
    ],
    vraagOver: [
      { kanaal: 'PARTNER', organisatie: 'Woningcorporatie Helder Wonen', relatie: 'woonconsulent', tekst: 'Woningcorporatie meldt een huurachterstand van drie maanden bij {naam} (vroegsignalering).' },
      { kanaal: 'PARTNER', organisatie: 'Energieleverancier, team vroegsignalering', relatie: 'medewerker vroegsignalering', tekst: 'Energieleverancier signaleert een betalingsachterstand bij {naam}; afsluiting dreigt.' },
    ],
  },
  OPVOEDING: {
    key: 'OPVOEDING',
    leefgebieden: ['OPVOEDING_ONTWIKKELING', 'HUISELIJKE_RELATIES', 'WERK_OPLEIDING', 'GEESTELIJKE_GEZONDHEID'],
    wet: 'JEUGDWET',
    producten: ['45A04', '45A05', '41A01'],
    voorzieningen: ['oka', 'jgz', 'sportfonds'],
    subject: 'kind',
    vraagZelf: [
      'Mijn {kind} heeft thuis en op school woedeaanvallen. Ik weet niet meer hoe ik het moet aanpakken.',
      'Onze {kind} slaapt slecht, is angstig en wil niet meer naar school.',
    ],
    vraagOver: [
      { kanaal: 'PARTNER', organisatie: '{school}', relatie: 'intern begeleider', tekst: 'Intern begeleider maakt zich zorgen over gedrag en verzuim van {naam}.' },
      { kanaal: 'VERWIJZER', verwijzer: 'JEUGDARTS', organisatie: 'GGD Jeugdgezondheidszorg', relatie: 'jeugdarts', tekst: 'Jeugdarts verwijst {naam} door voor onderzoek naar gedragsproblemen.' },
    ],
  },
  PSYCHISCH: {
    key: 'PSYCHISCH',
    leefgebieden: ['GEESTELIJKE_GEZONDHEID', 'SOCIAAL_NETWERK', 'TIJDSBESTEDING', 'MIDDELENGEBRUIK'],
    wet: 'WMO',
    producten: ['02A01', '02A02', '07A12', '15A01'],
    voorzieningen: ['ggzInloop', 'maatjes', 'vrijwilligers'],
    subject: 'hoofd',
    vraagZelf: [
      'Ik zit al maanden thuis, ben somber en krijg niets meer gedaan.',
      'Na mijn opname heb ik hulp nodig om structuur in mijn dagen te houden.',
    ],
    vraagOver: [
      { kanaal: 'VERWIJZER', verwijzer: 'HUISARTS', organisatie: '{huisarts}', relatie: 'POH-ggz', tekst: 'POH-ggz van de huisarts: {naam} heeft na behandeling begeleiding nodig om zelfstandig te blijven wonen.' },
      { kanaal: 'TELEFOON', organisatie: null, relatie: 'buurman', tekst: 'Buurman meldt dat {naam} verward overkomt en de woning verwaarloost.' },
    ],
  },
  GEZIN_MULTI: {
    key: 'GEZIN_MULTI',
    leefgebieden: ['FINANCIEN', 'OPVOEDING_ONTWIKKELING', 'HUISELIJKE_RELATIES', 'HUISVESTING', 'GEESTELIJKE_GEZONDHEID', 'WERK_OPLEIDING'],
    wet: 'JEUGDWET',
    producten: ['45A04', '02A01', '44A01'],
    voorzieningen: ['leergeld', 'voedselbank', 'schuldhulpmaatje', 'sportfonds'],
    subject: 'kind',
    vraagZelf: [
      'Alles loopt in de soep: schulden, ruzie thuis en de kinderen gaan slecht op school.',
      'We dreigen uit huis gezet te worden en de kinderen merken alle spanning.',
    ],
    vraagOver: [
      { kanaal: 'PARTNER', organisatie: '{school}', relatie: 'intern begeleider', tekst: 'School en consultatiebureau melden samen zorgen over het gezin van {naam}: schulden, spanning en verzuim.' },
      { kanaal: 'VEILIG_THUIS', organisatie: 'Veilig Thuis Noord-Holland Noord', relatie: 'medewerker Veilig Thuis', tekst: 'Veilig Thuis draagt over: zorgen over de thuissituatie van {naam}; vrijwillig kader is mogelijk.' },
    ],
  },
  WERK_MEEDOEN: {
    key: 'WERK_MEEDOEN',
    leefgebieden: ['WERK_OPLEIDING', 'MAATSCHAPPELIJKE_PARTICIPATIE', 'FINANCIEN', 'SOCIAAL_NETWERK'],
    wet: 'PARTICIPATIEWET',
    producten: [],
    voorzieningen: ['taalhuis', 'vrijwilligers', 'werkplein'],
    subject: 'hoofd',
    vraagZelf: ['Ik wil graag werken maar kom er niet tussen. Wie kan me helpen?', 'Ik wil beter Nederlands leren om werk te vinden.'],
    vraagOver: [
      { kanaal: 'LOKET', organisatie: 'Werkplein Kop van Noord-Holland', relatie: 'werkcoach', tekst: 'Werkplein: {naam} loopt vast op meerdere leefgebieden, graag breed kijken.' },
    ],
  },
  WONEN_MOBILITEIT: {
    key: 'WONEN_MOBILITEIT',
    leefgebieden: ['LICHAMELIJKE_GEZONDHEID', 'HUISVESTING', 'BASALE_ADL'],
    wet: 'WMO',
    producten: ['13A01', '08A01', '03A01'],
    voorzieningen: ['ouderenadviseur', 'vrijwilligers'],
    subject: 'hoofd',
    vraagZelf: ['Ik kan de trap niet meer op. Is er een traplift of andere oplossing mogelijk?', 'Met mijn rolstoel kom ik mijn eigen badkamer niet in.'],
    vraagOver: [
      { kanaal: 'PARTNER', organisatie: 'Ergotherapie Noordkop', relatie: 'ergotherapeut', tekst: 'Ergotherapeut adviseert een woningaanpassing voor {naam}.' },
    ],
  },
  JONGERE: {
    key: 'JONGERE',
    leefgebieden: ['WERK_OPLEIDING', 'GEESTELIJKE_GEZONDHEID', 'MIDDELENGEBRUIK', 'JUSTITIE'],
    wet: 'JEUGDWET',
    producten: ['45A04', '45A05'],
    voorzieningen: ['sportfonds', 'welzijn', 'taalhuis'],
    subject: 'jongere',
    vraagZelf: ['Onze {kind} van {leeftijd} spijbelt, blowt en komt ’s nachts laat thuis. We hebben geen grip meer.'],
    vraagOver: [
      { kanaal: 'PARTNER', organisatie: 'Gemeente Den Helder, leerplicht', relatie: 'leerplichtambtenaar', tekst: 'Leerplichtambtenaar meldt langdurig verzuim van {naam}.' },
      { kanaal: 'PARTNER', organisatie: 'Helder Welzijn, jongerenwerk', relatie: 'jongerenwerker', tekst: 'Jongerenwerk maakt zich zorgen over {naam}: hangt rond met een groep die in beeld is bij de politie.' },
    ],
  },
};

export const GESPREK_PLAATSEN = ['Thuis (keukentafel)', 'Thuis (keukentafel)', 'Thuis (keukentafel)', 'Wijkcentrum', 'Gemeentehuis, spreekkamer 2', 'Beeldbellen'];

export const SAMENVATTINGEN: Record<ThemaKey, string> = {
  OUDER_THUIS: 'Zelfstandig wonen staat onder druk door lichamelijke beperkingen. Netwerk helpt, maar is beperkt beschikbaar. Inwoner wil thuis blijven wonen.',
  MANTELZORG: 'Mantelzorger is zwaar belast. Samen gekeken naar ontlasting via dagbesteding en respijt, en steun van het mantelzorgsteunpunt.',
  SCHULDEN: 'Geldzorgen met achterstanden bij meerdere schuldeisers. Inwoner wil zelf aan de slag met hulp van een vrijwilliger; aanmelding schuldhulp besproken.',
  OPVOEDING: 'Ouder loopt vast in de opvoeding; school ziet gedragsproblemen. Afgesproken om eerst samen met school te kijken en zo nodig jeugdhulp in te zetten.',
  PSYCHISCH: 'Psychische kwetsbaarheid met terugtrekken en weinig dagstructuur. Inwoner wil grip op de dag; begeleiding en inloop besproken.',
  GEZIN_MULTI: 'Meervoudige problematiek: schulden, spanning tussen ouders en zorgen over de kinderen. Meerdere partijen betrokken; één plan en één regisseur nodig.',
  WERK_MEEDOEN: 'Inwoner wil meedoen en werken; taal en zelfvertrouwen zijn drempels. Voorliggend aanbod en Werkplein passen.',
  WONEN_MOBILITEIT: 'Woning past niet meer bij de beperkingen. Ergotherapeutisch advies gevraagd; aanpassing of verhuizing besproken.',
  JONGERE: 'Jongere met schoolverzuim en risicovol gedrag. Ouders hebben weinig grip. Afstemming met leerplicht en jongerenwerk.',
};

export const AFSLUITREDENEN = {
  informatie: [
    'Informatie en advies gegeven; inwoner gaat zelf aan de slag.',
    'Doorverwezen naar een algemene voorziening; geen vervolg door het team nodig.',
    'Vraag kan met eigen netwerk worden opgelost.',
  ],
  kortdurend: ['Vraag opgelost met kortdurende hulp door het team.', 'Na drie gesprekken is de situatie stabiel; inwoner weet de weg terug.'],
  route: [
    'Doelen behaald; situatie stabiel en inwoner weet de weg terug.',
    'Ondersteuning loopt via de aanbieder; regie door het team niet meer nodig.',
    'Inwoner redt het weer met netwerk en algemene voorzieningen.',
  ],
};

export const MANTELZORGERS = [
  { relatie: 'dochter', behoefte: 'Af en toe een vrije dag; informatie over respijtzorg.' },
  { relatie: 'zoon', behoefte: 'Hulp bij de administratie van zijn vader.' },
  { relatie: 'partner', behoefte: 'Nachtrust en iemand om het mee te delen.' },
  { relatie: 'buurvrouw', behoefte: 'Duidelijkheid wat zij wel en niet hoeft te doen.' },
  { relatie: 'zus', behoefte: 'Overleg over taakverdeling met de rest van de familie.' },
];

export const NETWERK = [
  { soort: 'PERSOON', relatie: 'zus', bijdrage: 'Belt dagelijks, helpt met de post.' },
  { soort: 'PERSOON', relatie: 'buurman', bijdrage: 'Doet kleine klusjes en brengt de kliko weg.' },
  { soort: 'PERSOON', relatie: 'vriendin', bijdrage: 'Gaat mee naar afspraken.' },
  { soort: 'PERSOON', relatie: 'oma', bijdrage: 'Past twee middagen per week op de kinderen.' },
  { soort: 'ORGANISATIE', relatie: 'kerk', bijdrage: 'Bezoekdienst komt eens per maand.' },
  { soort: 'ORGANISATIE', relatie: 'voetbalclub', bijdrage: 'Trainer houdt een oogje in het zeil.' },
] as const;

export const HUISARTSEN = ['Huisartsenpraktijk Marsdiep', 'Huisartsenpraktijk De Kaap', 'Gezondheidscentrum Julianadorp', 'Huisartsenpraktijk Het Nieuwe Diep'];
export const SCHOLEN = ['Basisschool De Vuurtoren', 'Basisschool Het Kompas', 'Kindcentrum De Zandloper', 'Scholengemeenschap Noordkop (vo)'];

export const TAKEN = [
  { titel: 'Huisarts terugbellen', omschrijving: 'Afstemmen over medicatie en de verwijzing.' },
  { titel: 'Verslag nasturen', omschrijving: 'Inwoner heeft het verslag niet ontvangen; per post nasturen.' },
  { titel: 'Evaluatiegesprek inplannen', omschrijving: 'Datum afstemmen met inwoner en aanbieder.' },
  { titel: 'Toestemming school vastleggen', omschrijving: 'Schriftelijke toestemming ophalen voor overleg met de intern begeleider.' },
  { titel: 'Warme overdracht Werkplein', omschrijving: 'Driegesprek plannen met de werkcoach.' },
  { titel: 'Navragen start zorg', omschrijving: 'Checken of de aanbieder is gestart na de toewijzing.' },
];
