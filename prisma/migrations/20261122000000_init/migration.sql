-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TeamSoort" AS ENUM ('WIJKTEAM', 'JEUGDTEAM', 'WMO_TEAM', 'BACKOFFICE', 'FRONTOFFICE');

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD', 'GEDRAGSWETENSCHAPPER', 'BACKOFFICE', 'BEHEERDER', 'BELEID', 'PRIVACY');

-- CreateEnum
CREATE TYPE "MandaatSoort" AS ENUM ('PLAN_VASTSTELLEN', 'BESCHIKKING_VASTSTELLEN', 'PROCESREGIE', 'DOORZETTINGSMACHT');

-- CreateEnum
CREATE TYPE "Wet" AS ENUM ('WMO', 'JEUGDWET', 'PARTICIPATIEWET');

-- CreateEnum
CREATE TYPE "Geslacht" AS ENUM ('ONBEKEND', 'MAN', 'VROUW', 'NIET_GESPECIFICEERD');

-- CreateEnum
CREATE TYPE "HuishoudenRol" AS ENUM ('HOOFDBEWONER', 'PARTNER', 'KIND', 'PLEEGKIND', 'OUDER', 'OVERIG');

-- CreateEnum
CREATE TYPE "VertegenwoordigingSoort" AS ENUM ('GEZAG', 'VOOGD', 'CURATOR', 'MENTOR', 'BEWINDVOERDER', 'GEMACHTIGDE');

-- CreateEnum
CREATE TYPE "Kanaal" AS ENUM ('TELEFOON', 'EMAIL', 'WEBSITE', 'PARTNER', 'LOKET', 'VERWIJZER', 'VEILIG_THUIS', 'ZELFMELDER');

-- CreateEnum
CREATE TYPE "VerwijzerSoort" AS ENUM ('HUISARTS', 'JEUGDARTS', 'MEDISCH_SPECIALIST', 'GI');

-- CreateEnum
CREATE TYPE "MeldingStatus" AS ENUM ('NIEUW', 'IN_TRIAGE', 'AFGEHANDELD', 'GEKOPPELD');

-- CreateEnum
CREATE TYPE "TriageUitkomst" AS ENUM ('INFORMATIE_ADVIES', 'ENKELVOUDIG', 'MEERVOUDIG', 'CRISIS');

-- CreateEnum
CREATE TYPE "TriageVervolg" AS ENUM ('AFGEHANDELD', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'SPOED');

-- CreateEnum
CREATE TYPE "Urgentie" AS ENUM ('NORMAAL', 'HOOG', 'CRISIS');

-- CreateEnum
CREATE TYPE "Veiligheid" AS ENUM ('GEEN_ZORGEN', 'TWIJFEL', 'RISICO', 'ACUUT');

-- CreateEnum
CREATE TYPE "Fase" AS ENUM ('TRIAGE', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'PLAN', 'UITVOERING', 'EVALUATIE', 'AFGESLOTEN');

-- CreateEnum
CREATE TYPE "Complexiteit" AS ENUM ('LAAG', 'MIDDEN', 'HOOG');

-- CreateEnum
CREATE TYPE "GebeurtenisSoort" AS ENUM ('DOORZETTINGSMACHT', 'OPGESCHAALD', 'AFGESCHAALD', 'HEROPEND', 'AFGESLOTEN', 'OVERIG');

-- CreateEnum
CREATE TYPE "ToestemmingSoort" AS ENUM ('BESPREKEN_IN_TEAM', 'DELEN_MET_PARTIJ');

-- CreateEnum
CREATE TYPE "Wijze" AS ENUM ('MONDELING', 'SCHRIFTELIJK', 'DIGITAAL');

-- CreateEnum
CREATE TYPE "WettelijkeGrond" AS ENUM ('MELDCODE', 'WETTELIJKE_TAAK');

-- CreateEnum
CREATE TYPE "GesprekStatus" AS ENUM ('CONCEPT', 'AFGEROND');

-- CreateEnum
CREATE TYPE "Signaal" AS ENUM ('NIET_BESPROKEN', 'GEEN_SIGNAAL', 'SIGNAAL');

-- CreateEnum
CREATE TYPE "Belasting" AS ENUM ('LICHT', 'MATIG', 'ZWAAR', 'OVERBELAST');

-- CreateEnum
CREATE TYPE "NetwerkSoort" AS ENUM ('PERSOON', 'ORGANISATIE');

-- CreateEnum
CREATE TYPE "ZrmDomein" AS ENUM ('FINANCIEN', 'WERK_OPLEIDING', 'TIJDSBESTEDING', 'HUISVESTING', 'HUISELIJKE_RELATIES', 'GEESTELIJKE_GEZONDHEID', 'LICHAMELIJKE_GEZONDHEID', 'MIDDELENGEBRUIK', 'BASALE_ADL', 'INSTRUMENTELE_ADL', 'SOCIAAL_NETWERK', 'MAATSCHAPPELIJKE_PARTICIPATIE', 'JUSTITIE');

-- CreateEnum
CREATE TYPE "Regievorm" AS ENUM ('CASUSREGIE', 'PROCESREGIE');

-- CreateEnum
CREATE TYPE "VerzoekStatus" AS ENUM ('OPEN', 'TOEGEKEND', 'AFGEWEZEN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('CONCEPT', 'TER_AKKOORD', 'VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN');

-- CreateEnum
CREATE TYPE "Horizon" AS ENUM ('EERSTE_STAP', 'DRIE_MAANDEN', 'EEN_JAAR');

-- CreateEnum
CREATE TYPE "Uitvoerder" AS ENUM ('INWONER', 'NETWERK', 'VRIJWILLIGER', 'PROFESSIONAL', 'AANBIEDER');

-- CreateEnum
CREATE TYPE "ActieStatus" AS ENUM ('OPEN', 'BEZIG', 'GEDAAN', 'VERVALLEN');

-- CreateEnum
CREATE TYPE "ArrangementSoort" AS ENUM ('EIGEN_KRACHT', 'NETWERK', 'ALGEMENE_VOORZIENING', 'MAATWERK');

-- CreateEnum
CREATE TYPE "EvaluatieBesluit" AS ENUM ('BIJSTELLEN', 'OPSCHALEN', 'AFSCHALEN', 'AFSLUITEN', 'VOORTZETTEN');

-- CreateEnum
CREATE TYPE "DoelResultaat" AS ENUM ('BEHAALD', 'DEELS', 'NIET');

-- CreateEnum
CREATE TYPE "Leveringsvorm" AS ENUM ('ZIN', 'PGB');

-- CreateEnum
CREATE TYPE "VoorzieningSoort" AS ENUM ('ALGEMENE_VOORZIENING', 'VOORLIGGEND_PARTNER');

-- CreateEnum
CREATE TYPE "AanvraagStatus" AS ENUM ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT', 'BESCHIKT', 'INGETROKKEN');

-- CreateEnum
CREATE TYPE "BesluitSoort" AS ENUM ('TOEKENNING', 'GEDEELTELIJKE_TOEKENNING', 'AFWIJZING');

-- CreateEnum
CREATE TYPE "BeschikkingStatus" AS ENUM ('CONCEPT', 'VASTGESTELD', 'VERZONDEN', 'VERVALLEN');

-- CreateEnum
CREATE TYPE "Vervalreden" AS ENUM ('TIJDELIJK', 'INGETROKKEN_OVERHEID', 'INGETROKKEN_BELANGHEBBENDE');

-- CreateEnum
CREATE TYPE "ToewijzingStatus" AS ENUM ('NIEUW', 'VERZONDEN', 'GEWIJZIGD', 'INGETROKKEN');

-- CreateEnum
CREATE TYPE "BerichtCode" AS ENUM ('WMO301', 'JW301');

-- CreateEnum
CREATE TYPE "ConsultSoort" AS ENUM ('VEILIGHEID', 'NIET_PLUIS', 'MEEDENKEN');

-- CreateEnum
CREATE TYPE "ConsultStatus" AS ENUM ('OPEN', 'IN_BEHANDELING', 'AFGEROND');

-- CreateEnum
CREATE TYPE "DocumentSoort" AS ENUM ('VERSLAG', 'PLAN', 'BESCHIKKING', 'INZAGE', 'BIJLAGE');

-- CreateTable
CREATE TABLE "Gemeente" (
    "id" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "gemeentecode" TEXT NOT NULL,
    "postadres" TEXT NOT NULL,
    "postcodePlaats" TEXT NOT NULL,
    "telefoon" TEXT NOT NULL,
    "website" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "briefhoofd" TEXT NOT NULL,
    "ondertekening" TEXT NOT NULL,
    "onderzoekTermijnDagen" INTEGER NOT NULL DEFAULT 42,
    "wmoBeschikkingTermijnDagen" INTEGER NOT NULL DEFAULT 14,
    "awbBeschikkingTermijnDagen" INTEGER NOT NULL DEFAULT 56,
    "bezwaarTermijnDagen" INTEGER NOT NULL DEFAULT 42,
    "consultTermijnDagen" INTEGER NOT NULL DEFAULT 5,
    "waakvlamStandaardDagen" INTEGER NOT NULL DEFAULT 90,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gemeente_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bewaartermijn" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "wet" "Wet" NOT NULL,
    "jaren" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Bewaartermijn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wijk" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "inwoners" INTEGER,
    "actief" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Wijk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostcodeGebied" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "wijkId" UUID NOT NULL,
    "postcodeVan" CHAR(6) NOT NULL,
    "postcodeTot" CHAR(6) NOT NULL,

    CONSTRAINT "PostcodeGebied_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "soort" "TeamSoort" NOT NULL,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamWijk" (
    "teamId" UUID NOT NULL,
    "wijkId" UUID NOT NULL,

    CONSTRAINT "TeamWijk_pkey" PRIMARY KEY ("teamId","wijkId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "functie" TEXT,
    "telefoon" TEXT,
    "rollen" "Rol"[],
    "passwordHash" TEXT,
    "oidcSubject" TEXT,
    "totpSecret" TEXT,
    "totpActief" BOOLEAN NOT NULL DEFAULT false,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "gedeactiveerdOp" TIMESTAMP(3),
    "beschikbaarheid" INTEGER NOT NULL DEFAULT 100,
    "afwezigTot" DATE,
    "wachtwoordGewijzigdOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamLidmaatschap" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "vanaf" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tot" DATE,

    CONSTRAINT "TeamLidmaatschap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Focuswijk" (
    "userId" UUID NOT NULL,
    "wijkId" UUID NOT NULL,

    CONSTRAINT "Focuswijk_pkey" PRIMARY KEY ("userId","wijkId")
);

-- CreateTable
CREATE TABLE "Mandaat" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "soort" "MandaatSoort" NOT NULL,
    "wet" "Wet",
    "productId" UUID,
    "vanaf" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tot" DATE,

    CONSTRAINT "Mandaat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginPoging" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "gelukt" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginPoging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Huishouden" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "straat" TEXT NOT NULL,
    "huisnummer" INTEGER NOT NULL,
    "huisnummerToevoeging" TEXT,
    "postcode" CHAR(6) NOT NULL,
    "woonplaats" TEXT NOT NULL,
    "wijkId" UUID,
    "geanonimiseerdOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Huishouden_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Persoon" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "bsn" VARCHAR(9),
    "voornamen" TEXT NOT NULL,
    "tussenvoegsel" TEXT,
    "achternaam" TEXT NOT NULL,
    "geboortedatum" DATE,
    "geslacht" "Geslacht" NOT NULL DEFAULT 'ONBEKEND',
    "telefoon" TEXT,
    "email" TEXT,
    "overledenOp" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Persoon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HuishoudenLidmaatschap" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "rol" "HuishoudenRol" NOT NULL,
    "vanaf" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tot" DATE,
    "reden" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HuishoudenLidmaatschap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vertegenwoordiging" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "vertegenwoordigerId" UUID,
    "naam" TEXT,
    "soort" "VertegenwoordigingSoort" NOT NULL,
    "vanaf" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tot" DATE,

    CONSTRAINT "Vertegenwoordiging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Melding" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "kenmerk" TEXT NOT NULL,
    "kanaal" "Kanaal" NOT NULL,
    "verwijzerSoort" "VerwijzerSoort",
    "overZichzelf" BOOLEAN NOT NULL DEFAULT true,
    "melderNaam" TEXT,
    "melderOrganisatie" TEXT,
    "melderRelatie" TEXT,
    "melderTelefoon" TEXT,
    "melderEmail" TEXT,
    "inwonerWeetErVan" BOOLEAN,
    "naam" TEXT NOT NULL,
    "geboortedatum" DATE,
    "postcode" CHAR(6),
    "huisnummer" INTEGER,
    "huisnummerToevoeging" TEXT,
    "telefoon" TEXT,
    "email" TEXT,
    "vraag" TEXT NOT NULL,
    "veiligheidsantwoord" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" "MeldingStatus" NOT NULL DEFAULT 'NIEUW',
    "ontvangenOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "huishoudenId" UUID,
    "casusId" UUID,
    "geregistreerdDoorId" UUID,
    "bronIpHash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Melding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Leefgebied" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "zrmDomein" "ZrmDomein",
    "volgorde" INTEGER NOT NULL,
    "actief" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Leefgebied_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeldingLeefgebied" (
    "meldingId" UUID NOT NULL,
    "leefgebiedId" UUID NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "MeldingLeefgebied_pkey" PRIMARY KEY ("meldingId","leefgebiedId")
);

-- CreateTable
CREATE TABLE "Triage" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "meldingId" UUID NOT NULL,
    "casusId" UUID,
    "uitkomst" "TriageUitkomst" NOT NULL,
    "metIndicatie" BOOLEAN,
    "vervolg" "TriageVervolg" NOT NULL,
    "urgentie" "Urgentie" NOT NULL,
    "veiligheid" "Veiligheid" NOT NULL,
    "veiligheidToelichting" TEXT,
    "alleLedenBekend" BOOLEAN NOT NULL DEFAULT false,
    "voorzieningId" UUID,
    "toelichting" TEXT,
    "doorId" UUID NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Triage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriageLeefgebied" (
    "triageId" UUID NOT NULL,
    "leefgebiedId" UUID NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "TriageLeefgebied_pkey" PRIMARY KEY ("triageId","leefgebiedId")
);

-- CreateTable
CREATE TABLE "Casus" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "nummer" TEXT NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "teamId" UUID,
    "fase" "Fase" NOT NULL DEFAULT 'TRIAGE',
    "urgentie" "Urgentie" NOT NULL DEFAULT 'NORMAAL',
    "complexiteit" "Complexiteit" NOT NULL DEFAULT 'LAAG',
    "veiligheid" "Veiligheid" NOT NULL DEFAULT 'GEEN_ZORGEN',
    "meldingOntvangenOp" TIMESTAMP(3) NOT NULL,
    "intakeDoorId" UUID,
    "contactpersoonId" UUID,
    "geopendOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "afgeslotenOp" TIMESTAMP(3),
    "afsluitreden" TEXT,
    "waakvlamOp" DATE,
    "heropendOp" TIMESTAMP(3),
    "verslagVerstuurdOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Casus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasusFaseWijziging" (
    "id" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "van" "Fase",
    "naar" "Fase" NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doorId" UUID,
    "reden" TEXT,

    CONSTRAINT "CasusFaseWijziging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasusGebeurtenis" (
    "id" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "soort" "GebeurtenisSoort" NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doorId" UUID,

    CONSTRAINT "CasusGebeurtenis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opschorting" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "casusId" UUID,
    "aanvraagId" UUID,
    "van" DATE NOT NULL,
    "tot" DATE,
    "reden" TEXT NOT NULL,
    "doorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Opschorting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toestemming" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "gegevenDoor" TEXT,
    "soort" "ToestemmingSoort" NOT NULL,
    "partij" TEXT,
    "aanbiederId" UUID,
    "doel" TEXT,
    "wijze" "Wijze" NOT NULL,
    "gegevenOp" DATE NOT NULL,
    "geldigTot" DATE,
    "ingetrokkenOp" DATE,
    "vastgelegdDoorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Toestemming_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gegevensdeling" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "partij" TEXT NOT NULL,
    "doel" TEXT NOT NULL,
    "toestemmingId" UUID,
    "wettelijkeGrond" "WettelijkeGrond",
    "grondToelichting" TEXT,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doorId" UUID NOT NULL,

    CONSTRAINT "Gegevensdeling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gesprek" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "datum" TIMESTAMP(3) NOT NULL,
    "plaats" TEXT NOT NULL,
    "clientondersteuningAangeboden" BOOLEAN NOT NULL DEFAULT false,
    "clientondersteunerNaam" TEXT,
    "screeningArmoede" "Signaal" NOT NULL DEFAULT 'NIET_BESPROKEN',
    "screeningSchulden" "Signaal" NOT NULL DEFAULT 'NIET_BESPROKEN',
    "screeningOnveiligheid" "Signaal" NOT NULL DEFAULT 'NIET_BESPROKEN',
    "screeningParticipatie" "Signaal" NOT NULL DEFAULT 'NIET_BESPROKEN',
    "screeningToelichting" TEXT,
    "samenvatting" TEXT,
    "status" "GesprekStatus" NOT NULL DEFAULT 'CONCEPT',
    "verslagVerstuurdOp" TIMESTAMP(3),
    "voerderId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gesprek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GesprekDeelnemer" (
    "id" UUID NOT NULL,
    "gesprekId" UUID NOT NULL,
    "persoonId" UUID,
    "naam" TEXT NOT NULL,
    "rol" TEXT NOT NULL,

    CONSTRAINT "GesprekDeelnemer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GesprekLeefgebied" (
    "id" UUID NOT NULL,
    "gesprekId" UUID NOT NULL,
    "leefgebiedId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "persoonId" UUID,
    "situatie" TEXT,
    "gaatGoed" TEXT,
    "zorgen" TEXT,
    "eigenKracht" TEXT,
    "wens" TEXT,

    CONSTRAINT "GesprekLeefgebied_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mantelzorg" (
    "id" UUID NOT NULL,
    "gesprekId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "relatie" TEXT NOT NULL,
    "belasting" "Belasting" NOT NULL,
    "ondersteuningsbehoefte" TEXT,

    CONSTRAINT "Mantelzorg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetwerkRelatie" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "gesprekId" UUID,
    "soort" "NetwerkSoort" NOT NULL,
    "naam" TEXT NOT NULL,
    "relatie" TEXT NOT NULL,
    "bijdrage" TEXT,
    "telefoon" TEXT,

    CONSTRAINT "NetwerkRelatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZrmScore" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "domein" "ZrmDomein" NOT NULL,
    "score" INTEGER NOT NULL,
    "datum" DATE NOT NULL,
    "beoordelaarId" UUID NOT NULL,
    "notitie" TEXT,
    "gesprekId" UUID,
    "evaluatieId" UUID,

    CONSTRAINT "ZrmScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Veiligheidsanalyse" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "antwoorden" JSONB NOT NULL,
    "niveau" "Veiligheid" NOT NULL,
    "toelichting" TEXT,
    "doorId" UUID NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Veiligheidsanalyse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegieToewijzing" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "vorm" "Regievorm" NOT NULL,
    "lead" BOOLEAN NOT NULL,
    "regisseurId" UUID,
    "aanbiederId" UUID,
    "externeRegisseurNaam" TEXT,
    "vanaf" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tot" TIMESTAMP(3),
    "reden" TEXT NOT NULL,
    "eindreden" TEXT,
    "uitzonderingReden" TEXT,
    "goedgekeurdDoorId" UUID,
    "toegewezenDoorId" UUID NOT NULL,
    "vorigeId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RegieToewijzing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opschalingsverzoek" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "aangevraagdDoorId" UUID NOT NULL,
    "reden" TEXT NOT NULL,
    "status" "VerzoekStatus" NOT NULL DEFAULT 'OPEN',
    "besluitDoorId" UUID,
    "besluitOp" TIMESTAMP(3),
    "besluitToelichting" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Opschalingsverzoek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ondersteuningsplan" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "actueel" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ondersteuningsplan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersie" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "versienummer" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'CONCEPT',
    "watGaatGoed" TEXT,
    "monitorDoorId" UUID,
    "contactpersoonId" UUID,
    "evaluatieDatum" DATE,
    "akkoordInwonerOp" DATE,
    "akkoordWijze" "Wijze",
    "vastgesteldOp" TIMESTAMP(3),
    "vastgesteldDoorId" UUID,
    "vorigeVersieId" UUID,
    "opgesteldDoorId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanVersie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVraag" (
    "id" UUID NOT NULL,
    "planVersieId" UUID NOT NULL,
    "leefgebiedId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,

    CONSTRAINT "PlanVraag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Doel" (
    "id" UUID NOT NULL,
    "planVersieId" UUID NOT NULL,
    "leefgebiedId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "persoonId" UUID,
    "omschrijving" TEXT NOT NULL,
    "horizon" "Horizon" NOT NULL,
    "zichtbaarAan" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Doel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actie" (
    "id" UUID NOT NULL,
    "planVersieId" UUID NOT NULL,
    "doelId" UUID,
    "wie" "Uitvoerder" NOT NULL,
    "wieNaam" TEXT,
    "wat" TEXT NOT NULL,
    "uiterlijk" DATE,
    "status" "ActieStatus" NOT NULL DEFAULT 'OPEN',

    CONSTRAINT "Actie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementItem" (
    "id" UUID NOT NULL,
    "planVersieId" UUID NOT NULL,
    "soort" "ArrangementSoort" NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "persoonId" UUID,
    "doelId" UUID,
    "voorzieningId" UUID,
    "productId" UUID,
    "eigenKrachtOverwogen" BOOLEAN NOT NULL DEFAULT false,
    "netwerkOverwogen" BOOLEAN NOT NULL DEFAULT false,
    "algemeneVoorzieningOverwogen" BOOLEAN NOT NULL DEFAULT false,
    "overwegingToelichting" TEXT,

    CONSTRAINT "ArrangementItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluatie" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "planVersieId" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "besluit" "EvaluatieBesluit" NOT NULL,
    "toelichting" TEXT,
    "doorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoelEvaluatie" (
    "id" UUID NOT NULL,
    "evaluatieId" UUID NOT NULL,
    "doelId" UUID NOT NULL,
    "resultaat" "DoelResultaat" NOT NULL,
    "toelichting" TEXT,

    CONSTRAINT "DoelEvaluatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "wet" "Wet" NOT NULL,
    "categorie" CHAR(2) NOT NULL,
    "code" CHAR(5) NOT NULL,
    "naam" TEXT NOT NULL,
    "eenheid" CHAR(2) NOT NULL,
    "standaardFrequentie" CHAR(1) NOT NULL,
    "leveringsvormen" "Leveringsvorm"[],
    "tariefCent" INTEGER,
    "actiefVan" DATE NOT NULL,
    "actiefTot" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Aanbieder" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "agbCode" CHAR(8) NOT NULL,
    "contactNaam" TEXT,
    "telefoon" TEXT,
    "email" TEXT,
    "adres" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Aanbieder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "aanbiederId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "tariefCent" INTEGER NOT NULL,
    "van" DATE NOT NULL,
    "tot" DATE,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Voorziening" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "soort" "VoorzieningSoort" NOT NULL,
    "aanbod" TEXT NOT NULL,
    "doelgroep" TEXT NOT NULL,
    "leefgebiedCodes" TEXT[],
    "wijkId" UUID,
    "contactNaam" TEXT,
    "telefoon" TEXT,
    "email" TEXT,
    "website" TEXT,
    "adres" TEXT,
    "openingstijden" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Voorziening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Aanvraag" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "nummer" TEXT NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "arrangementItemId" UUID,
    "productId" UUID NOT NULL,
    "wet" "Wet" NOT NULL,
    "leveringsvorm" "Leveringsvorm" NOT NULL DEFAULT 'ZIN',
    "toelichting" TEXT,
    "ontvangenOp" DATE NOT NULL,
    "status" "AanvraagStatus" NOT NULL DEFAULT 'ONTVANGEN',
    "verdaagdOp" DATE,
    "verdagingDagen" INTEGER,
    "verdagingReden" TEXT,
    "behandelaarId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Aanvraag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Beschikking" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "identificatie" TEXT NOT NULL,
    "aanvraagId" UUID,
    "huishoudenId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "wet" "Wet" NOT NULL,
    "besluit" "BesluitSoort" NOT NULL,
    "wettelijkeGrondslag" TEXT NOT NULL,
    "motivering" TEXT NOT NULL,
    "status" "BeschikkingStatus" NOT NULL DEFAULT 'CONCEPT',
    "datum" DATE,
    "ingangsdatum" DATE,
    "vervaldatum" DATE,
    "vervalreden" "Vervalreden",
    "verzenddatum" DATE,
    "uiterlijkeReactiedatum" DATE,
    "opgesteldDoorId" UUID NOT NULL,
    "vastgesteldDoorId" UUID,
    "vastgesteldOp" TIMESTAMP(3),
    "vorigBesluitId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Beschikking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BeschiktProduct" (
    "id" UUID NOT NULL,
    "beschikkingId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "volume" INTEGER,
    "eenheid" CHAR(2),
    "frequentie" CHAR(1),
    "budgetCent" INTEGER,
    "ingangsdatum" DATE NOT NULL,
    "einddatum" DATE,
    "leveringsvorm" "Leveringsvorm" NOT NULL,
    "aanbiederId" UUID,

    CONSTRAINT "BeschiktProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Toewijzing" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "toewijzingNummer" INTEGER NOT NULL,
    "beschiktProductId" UUID NOT NULL,
    "aanbiederId" UUID NOT NULL,
    "persoonId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "wet" "Wet" NOT NULL,
    "toewijzingOp" TIMESTAMP(3) NOT NULL,
    "ingangsdatum" DATE NOT NULL,
    "einddatum" DATE,
    "volume" INTEGER,
    "eenheid" CHAR(2),
    "frequentie" CHAR(1),
    "budgetCent" INTEGER,
    "redenWijziging" CHAR(2),
    "commentaar" TEXT,
    "status" "ToewijzingStatus" NOT NULL DEFAULT 'NIEUW',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Toewijzing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bericht" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "code" "BerichtCode" NOT NULL,
    "aanbiederId" UUID NOT NULL,
    "berichtNummer" INTEGER NOT NULL,
    "berichtDatum" DATE NOT NULL,
    "xml" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToewijzingBericht" (
    "toewijzingId" UUID NOT NULL,
    "berichtId" UUID NOT NULL,

    CONSTRAINT "ToewijzingBericht_pkey" PRIMARY KEY ("toewijzingId","berichtId")
);

-- CreateTable
CREATE TABLE "Nummering" (
    "gemeenteId" UUID NOT NULL,
    "soort" TEXT NOT NULL,
    "laatste" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Nummering_pkey" PRIMARY KEY ("gemeenteId","soort")
);

-- CreateTable
CREATE TABLE "Consult" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID NOT NULL,
    "soort" "ConsultSoort" NOT NULL,
    "vraag" TEXT NOT NULL,
    "aangevraagdDoorId" UUID NOT NULL,
    "gedragswetenschapperId" UUID,
    "uiterlijkOp" DATE NOT NULL,
    "status" "ConsultStatus" NOT NULL DEFAULT 'OPEN',
    "advies" TEXT,
    "afgerondOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Taak" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID,
    "titel" TEXT NOT NULL,
    "omschrijving" TEXT,
    "toegewezenAanId" UUID,
    "uiterlijkOp" DATE NOT NULL,
    "afgerondOp" TIMESTAMP(3),
    "aangemaaktDoorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Taak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Betrokkene" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "organisatie" TEXT,
    "rol" TEXT NOT NULL,
    "telefoon" TEXT,
    "email" TEXT,
    "vanaf" DATE NOT NULL,
    "tot" DATE,

    CONSTRAINT "Betrokkene_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID,
    "soort" "DocumentSoort" NOT NULL,
    "titel" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "inhoud" BYTEA NOT NULL,
    "grootte" INTEGER NOT NULL,
    "bronId" UUID,
    "doorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BreakTheGlass" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "reden" TEXT NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" TIMESTAMP(3) NOT NULL,
    "beoordeeldDoorId" UUID,
    "beoordeeldOp" TIMESTAMP(3),
    "beoordeling" TEXT,

    CONSTRAINT "BreakTheGlass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRol" TEXT,
    "actie" TEXT NOT NULL,
    "entiteit" TEXT NOT NULL,
    "entiteitId" TEXT,
    "huishoudenId" UUID,
    "persoonId" UUID,
    "context" TEXT,
    "breakTheGlass" BOOLEAN NOT NULL DEFAULT false,
    "ip" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Gemeente_gemeentecode_key" ON "Gemeente"("gemeentecode");

-- CreateIndex
CREATE UNIQUE INDEX "Bewaartermijn_gemeenteId_wet_key" ON "Bewaartermijn"("gemeenteId", "wet");

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_gemeenteId_code_key" ON "Wijk"("gemeenteId", "code");

-- CreateIndex
CREATE INDEX "PostcodeGebied_gemeenteId_postcodeVan_idx" ON "PostcodeGebied"("gemeenteId", "postcodeVan");

-- CreateIndex
CREATE UNIQUE INDEX "Team_gemeenteId_naam_key" ON "Team"("gemeenteId", "naam");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE INDEX "User_gemeenteId_actief_idx" ON "User"("gemeenteId", "actief");

-- CreateIndex
CREATE INDEX "TeamLidmaatschap_userId_idx" ON "TeamLidmaatschap"("userId");

-- CreateIndex
CREATE INDEX "TeamLidmaatschap_teamId_idx" ON "TeamLidmaatschap"("teamId");

-- CreateIndex
CREATE INDEX "Mandaat_userId_idx" ON "Mandaat"("userId");

-- CreateIndex
CREATE INDEX "LoginPoging_email_createdAt_idx" ON "LoginPoging"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginPoging_ip_createdAt_idx" ON "LoginPoging"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Huishouden_gemeenteId_postcode_huisnummer_idx" ON "Huishouden"("gemeenteId", "postcode", "huisnummer");

-- CreateIndex
CREATE INDEX "Huishouden_wijkId_idx" ON "Huishouden"("wijkId");

-- CreateIndex
CREATE INDEX "Persoon_gemeenteId_achternaam_geboortedatum_idx" ON "Persoon"("gemeenteId", "achternaam", "geboortedatum");

-- CreateIndex
CREATE UNIQUE INDEX "Persoon_gemeenteId_bsn_key" ON "Persoon"("gemeenteId", "bsn");

-- CreateIndex
CREATE INDEX "HuishoudenLidmaatschap_huishoudenId_idx" ON "HuishoudenLidmaatschap"("huishoudenId");

-- CreateIndex
CREATE INDEX "HuishoudenLidmaatschap_persoonId_idx" ON "HuishoudenLidmaatschap"("persoonId");

-- CreateIndex
CREATE INDEX "Vertegenwoordiging_persoonId_idx" ON "Vertegenwoordiging"("persoonId");

-- CreateIndex
CREATE INDEX "Melding_gemeenteId_status_ontvangenOp_idx" ON "Melding"("gemeenteId", "status", "ontvangenOp");

-- CreateIndex
CREATE INDEX "Melding_huishoudenId_idx" ON "Melding"("huishoudenId");

-- CreateIndex
CREATE INDEX "Melding_bronIpHash_createdAt_idx" ON "Melding"("bronIpHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Melding_gemeenteId_kenmerk_key" ON "Melding"("gemeenteId", "kenmerk");

-- CreateIndex
CREATE UNIQUE INDEX "Leefgebied_gemeenteId_code_key" ON "Leefgebied"("gemeenteId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Triage_meldingId_key" ON "Triage"("meldingId");

-- CreateIndex
CREATE INDEX "Triage_casusId_idx" ON "Triage"("casusId");

-- CreateIndex
CREATE INDEX "Casus_gemeenteId_fase_meldingOntvangenOp_idx" ON "Casus"("gemeenteId", "fase", "meldingOntvangenOp");

-- CreateIndex
CREATE INDEX "Casus_teamId_fase_idx" ON "Casus"("teamId", "fase");

-- CreateIndex
CREATE INDEX "Casus_huishoudenId_idx" ON "Casus"("huishoudenId");

-- CreateIndex
CREATE UNIQUE INDEX "Casus_gemeenteId_nummer_key" ON "Casus"("gemeenteId", "nummer");

-- CreateIndex
CREATE INDEX "CasusFaseWijziging_casusId_op_idx" ON "CasusFaseWijziging"("casusId", "op");

-- CreateIndex
CREATE INDEX "CasusGebeurtenis_casusId_op_idx" ON "CasusGebeurtenis"("casusId", "op");

-- CreateIndex
CREATE INDEX "Opschorting_casusId_idx" ON "Opschorting"("casusId");

-- CreateIndex
CREATE INDEX "Opschorting_aanvraagId_idx" ON "Opschorting"("aanvraagId");

-- CreateIndex
CREATE INDEX "Toestemming_huishoudenId_idx" ON "Toestemming"("huishoudenId");

-- CreateIndex
CREATE INDEX "Gegevensdeling_huishoudenId_idx" ON "Gegevensdeling"("huishoudenId");

-- CreateIndex
CREATE INDEX "Gesprek_casusId_idx" ON "Gesprek"("casusId");

-- CreateIndex
CREATE INDEX "Gesprek_huishoudenId_idx" ON "Gesprek"("huishoudenId");

-- CreateIndex
CREATE INDEX "GesprekDeelnemer_gesprekId_idx" ON "GesprekDeelnemer"("gesprekId");

-- CreateIndex
CREATE INDEX "GesprekLeefgebied_gesprekId_idx" ON "GesprekLeefgebied"("gesprekId");

-- CreateIndex
CREATE INDEX "NetwerkRelatie_huishoudenId_idx" ON "NetwerkRelatie"("huishoudenId");

-- CreateIndex
CREATE INDEX "ZrmScore_persoonId_domein_datum_idx" ON "ZrmScore"("persoonId", "domein", "datum");

-- CreateIndex
CREATE INDEX "ZrmScore_huishoudenId_idx" ON "ZrmScore"("huishoudenId");

-- CreateIndex
CREATE INDEX "Veiligheidsanalyse_casusId_idx" ON "Veiligheidsanalyse"("casusId");

-- CreateIndex
CREATE INDEX "RegieToewijzing_regisseurId_tot_idx" ON "RegieToewijzing"("regisseurId", "tot");

-- CreateIndex
CREATE INDEX "RegieToewijzing_casusId_idx" ON "RegieToewijzing"("casusId");

-- CreateIndex
CREATE INDEX "RegieToewijzing_huishoudenId_idx" ON "RegieToewijzing"("huishoudenId");

-- CreateIndex
CREATE INDEX "Opschalingsverzoek_casusId_idx" ON "Opschalingsverzoek"("casusId");

-- CreateIndex
CREATE INDEX "Opschalingsverzoek_gemeenteId_status_idx" ON "Opschalingsverzoek"("gemeenteId", "status");

-- CreateIndex
CREATE INDEX "Ondersteuningsplan_huishoudenId_idx" ON "Ondersteuningsplan"("huishoudenId");

-- CreateIndex
CREATE INDEX "Ondersteuningsplan_casusId_idx" ON "Ondersteuningsplan"("casusId");

-- CreateIndex
CREATE INDEX "PlanVersie_gemeenteId_status_evaluatieDatum_idx" ON "PlanVersie"("gemeenteId", "status", "evaluatieDatum");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersie_planId_versienummer_key" ON "PlanVersie"("planId", "versienummer");

-- CreateIndex
CREATE INDEX "Doel_planVersieId_idx" ON "Doel"("planVersieId");

-- CreateIndex
CREATE INDEX "Actie_planVersieId_idx" ON "Actie"("planVersieId");

-- CreateIndex
CREATE INDEX "ArrangementItem_planVersieId_idx" ON "ArrangementItem"("planVersieId");

-- CreateIndex
CREATE INDEX "Evaluatie_casusId_idx" ON "Evaluatie"("casusId");

-- CreateIndex
CREATE INDEX "Product_gemeenteId_wet_idx" ON "Product"("gemeenteId", "wet");

-- CreateIndex
CREATE UNIQUE INDEX "Product_gemeenteId_code_actiefVan_key" ON "Product"("gemeenteId", "code", "actiefVan");

-- CreateIndex
CREATE UNIQUE INDEX "Aanbieder_gemeenteId_agbCode_key" ON "Aanbieder"("gemeenteId", "agbCode");

-- CreateIndex
CREATE INDEX "Contract_aanbiederId_idx" ON "Contract"("aanbiederId");

-- CreateIndex
CREATE INDEX "Contract_productId_idx" ON "Contract"("productId");

-- CreateIndex
CREATE INDEX "Voorziening_gemeenteId_actief_idx" ON "Voorziening"("gemeenteId", "actief");

-- CreateIndex
CREATE UNIQUE INDEX "Aanvraag_arrangementItemId_key" ON "Aanvraag"("arrangementItemId");

-- CreateIndex
CREATE INDEX "Aanvraag_gemeenteId_status_ontvangenOp_idx" ON "Aanvraag"("gemeenteId", "status", "ontvangenOp");

-- CreateIndex
CREATE INDEX "Aanvraag_huishoudenId_idx" ON "Aanvraag"("huishoudenId");

-- CreateIndex
CREATE UNIQUE INDEX "Aanvraag_gemeenteId_nummer_key" ON "Aanvraag"("gemeenteId", "nummer");

-- CreateIndex
CREATE INDEX "Beschikking_huishoudenId_idx" ON "Beschikking"("huishoudenId");

-- CreateIndex
CREATE INDEX "Beschikking_aanvraagId_idx" ON "Beschikking"("aanvraagId");

-- CreateIndex
CREATE UNIQUE INDEX "Beschikking_gemeenteId_identificatie_key" ON "Beschikking"("gemeenteId", "identificatie");

-- CreateIndex
CREATE INDEX "BeschiktProduct_beschikkingId_idx" ON "BeschiktProduct"("beschikkingId");

-- CreateIndex
CREATE INDEX "Toewijzing_aanbiederId_status_idx" ON "Toewijzing"("aanbiederId", "status");

-- CreateIndex
CREATE INDEX "Toewijzing_persoonId_idx" ON "Toewijzing"("persoonId");

-- CreateIndex
CREATE UNIQUE INDEX "Toewijzing_gemeenteId_toewijzingNummer_key" ON "Toewijzing"("gemeenteId", "toewijzingNummer");

-- CreateIndex
CREATE UNIQUE INDEX "Bericht_gemeenteId_code_berichtNummer_key" ON "Bericht"("gemeenteId", "code", "berichtNummer");

-- CreateIndex
CREATE INDEX "Consult_gemeenteId_status_uiterlijkOp_idx" ON "Consult"("gemeenteId", "status", "uiterlijkOp");

-- CreateIndex
CREATE INDEX "Consult_huishoudenId_idx" ON "Consult"("huishoudenId");

-- CreateIndex
CREATE INDEX "Taak_toegewezenAanId_afgerondOp_uiterlijkOp_idx" ON "Taak"("toegewezenAanId", "afgerondOp", "uiterlijkOp");

-- CreateIndex
CREATE INDEX "Taak_huishoudenId_idx" ON "Taak"("huishoudenId");

-- CreateIndex
CREATE INDEX "Betrokkene_huishoudenId_idx" ON "Betrokkene"("huishoudenId");

-- CreateIndex
CREATE INDEX "Document_huishoudenId_idx" ON "Document"("huishoudenId");

-- CreateIndex
CREATE INDEX "BreakTheGlass_userId_huishoudenId_verlooptOp_idx" ON "BreakTheGlass"("userId", "huishoudenId", "verlooptOp");

-- CreateIndex
CREATE INDEX "AuditEntry_gemeenteId_op_idx" ON "AuditEntry"("gemeenteId", "op");

-- CreateIndex
CREATE INDEX "AuditEntry_huishoudenId_op_idx" ON "AuditEntry"("huishoudenId", "op");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_op_idx" ON "AuditEntry"("actorId", "op");

-- AddForeignKey
ALTER TABLE "Bewaartermijn" ADD CONSTRAINT "Bewaartermijn_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wijk" ADD CONSTRAINT "Wijk_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostcodeGebied" ADD CONSTRAINT "PostcodeGebied_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamWijk" ADD CONSTRAINT "TeamWijk_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamWijk" ADD CONSTRAINT "TeamWijk_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamLidmaatschap" ADD CONSTRAINT "TeamLidmaatschap_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamLidmaatschap" ADD CONSTRAINT "TeamLidmaatschap_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Focuswijk" ADD CONSTRAINT "Focuswijk_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Focuswijk" ADD CONSTRAINT "Focuswijk_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandaat" ADD CONSTRAINT "Mandaat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandaat" ADD CONSTRAINT "Mandaat_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Huishouden" ADD CONSTRAINT "Huishouden_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HuishoudenLidmaatschap" ADD CONSTRAINT "HuishoudenLidmaatschap_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HuishoudenLidmaatschap" ADD CONSTRAINT "HuishoudenLidmaatschap_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vertegenwoordiging" ADD CONSTRAINT "Vertegenwoordiging_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vertegenwoordiging" ADD CONSTRAINT "Vertegenwoordiging_vertegenwoordigerId_fkey" FOREIGN KEY ("vertegenwoordigerId") REFERENCES "Persoon"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeldingLeefgebied" ADD CONSTRAINT "MeldingLeefgebied_meldingId_fkey" FOREIGN KEY ("meldingId") REFERENCES "Melding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Triage" ADD CONSTRAINT "Triage_meldingId_fkey" FOREIGN KEY ("meldingId") REFERENCES "Melding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Triage" ADD CONSTRAINT "Triage_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Triage" ADD CONSTRAINT "Triage_voorzieningId_fkey" FOREIGN KEY ("voorzieningId") REFERENCES "Voorziening"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageLeefgebied" ADD CONSTRAINT "TriageLeefgebied_triageId_fkey" FOREIGN KEY ("triageId") REFERENCES "Triage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasusFaseWijziging" ADD CONSTRAINT "CasusFaseWijziging_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasusGebeurtenis" ADD CONSTRAINT "CasusGebeurtenis_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opschorting" ADD CONSTRAINT "Opschorting_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opschorting" ADD CONSTRAINT "Opschorting_aanvraagId_fkey" FOREIGN KEY ("aanvraagId") REFERENCES "Aanvraag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gegevensdeling" ADD CONSTRAINT "Gegevensdeling_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gesprek" ADD CONSTRAINT "Gesprek_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gesprek" ADD CONSTRAINT "Gesprek_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GesprekDeelnemer" ADD CONSTRAINT "GesprekDeelnemer_gesprekId_fkey" FOREIGN KEY ("gesprekId") REFERENCES "Gesprek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GesprekLeefgebied" ADD CONSTRAINT "GesprekLeefgebied_gesprekId_fkey" FOREIGN KEY ("gesprekId") REFERENCES "Gesprek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mantelzorg" ADD CONSTRAINT "Mantelzorg_gesprekId_fkey" FOREIGN KEY ("gesprekId") REFERENCES "Gesprek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetwerkRelatie" ADD CONSTRAINT "NetwerkRelatie_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetwerkRelatie" ADD CONSTRAINT "NetwerkRelatie_gesprekId_fkey" FOREIGN KEY ("gesprekId") REFERENCES "Gesprek"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZrmScore" ADD CONSTRAINT "ZrmScore_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZrmScore" ADD CONSTRAINT "ZrmScore_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Veiligheidsanalyse" ADD CONSTRAINT "Veiligheidsanalyse_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Veiligheidsanalyse" ADD CONSTRAINT "Veiligheidsanalyse_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegieToewijzing" ADD CONSTRAINT "RegieToewijzing_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegieToewijzing" ADD CONSTRAINT "RegieToewijzing_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegieToewijzing" ADD CONSTRAINT "RegieToewijzing_regisseurId_fkey" FOREIGN KEY ("regisseurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegieToewijzing" ADD CONSTRAINT "RegieToewijzing_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opschalingsverzoek" ADD CONSTRAINT "Opschalingsverzoek_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ondersteuningsplan" ADD CONSTRAINT "Ondersteuningsplan_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ondersteuningsplan" ADD CONSTRAINT "Ondersteuningsplan_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersie" ADD CONSTRAINT "PlanVersie_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Ondersteuningsplan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVraag" ADD CONSTRAINT "PlanVraag_planVersieId_fkey" FOREIGN KEY ("planVersieId") REFERENCES "PlanVersie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_planVersieId_fkey" FOREIGN KEY ("planVersieId") REFERENCES "PlanVersie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_planVersieId_fkey" FOREIGN KEY ("planVersieId") REFERENCES "PlanVersie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_doelId_fkey" FOREIGN KEY ("doelId") REFERENCES "Doel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementItem" ADD CONSTRAINT "ArrangementItem_planVersieId_fkey" FOREIGN KEY ("planVersieId") REFERENCES "PlanVersie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementItem" ADD CONSTRAINT "ArrangementItem_voorzieningId_fkey" FOREIGN KEY ("voorzieningId") REFERENCES "Voorziening"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementItem" ADD CONSTRAINT "ArrangementItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluatie" ADD CONSTRAINT "Evaluatie_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluatie" ADD CONSTRAINT "Evaluatie_planVersieId_fkey" FOREIGN KEY ("planVersieId") REFERENCES "PlanVersie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoelEvaluatie" ADD CONSTRAINT "DoelEvaluatie_evaluatieId_fkey" FOREIGN KEY ("evaluatieId") REFERENCES "Evaluatie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoelEvaluatie" ADD CONSTRAINT "DoelEvaluatie_doelId_fkey" FOREIGN KEY ("doelId") REFERENCES "Doel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voorziening" ADD CONSTRAINT "Voorziening_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aanvraag" ADD CONSTRAINT "Aanvraag_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aanvraag" ADD CONSTRAINT "Aanvraag_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aanvraag" ADD CONSTRAINT "Aanvraag_arrangementItemId_fkey" FOREIGN KEY ("arrangementItemId") REFERENCES "ArrangementItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aanvraag" ADD CONSTRAINT "Aanvraag_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_aanvraagId_fkey" FOREIGN KEY ("aanvraagId") REFERENCES "Aanvraag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_vorigBesluitId_fkey" FOREIGN KEY ("vorigBesluitId") REFERENCES "Beschikking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BeschiktProduct" ADD CONSTRAINT "BeschiktProduct_beschikkingId_fkey" FOREIGN KEY ("beschikkingId") REFERENCES "Beschikking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BeschiktProduct" ADD CONSTRAINT "BeschiktProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BeschiktProduct" ADD CONSTRAINT "BeschiktProduct_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_beschiktProductId_fkey" FOREIGN KEY ("beschiktProductId") REFERENCES "BeschiktProduct"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Toewijzing" ADD CONSTRAINT "Toewijzing_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bericht" ADD CONSTRAINT "Bericht_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToewijzingBericht" ADD CONSTRAINT "ToewijzingBericht_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToewijzingBericht" ADD CONSTRAINT "ToewijzingBericht_berichtId_fkey" FOREIGN KEY ("berichtId") REFERENCES "Bericht"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consult" ADD CONSTRAINT "Consult_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consult" ADD CONSTRAINT "Consult_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Taak" ADD CONSTRAINT "Taak_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Taak" ADD CONSTRAINT "Taak_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "Casus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Betrokkene" ADD CONSTRAINT "Betrokkene_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakTheGlass" ADD CONSTRAINT "BreakTheGlass_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

