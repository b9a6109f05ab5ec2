// Realistic Dutch initiatives for the demo. {wijk} becomes a neighbourhood, {gemeente} the municipality.
import type { LinkedProgramme, PartnerType, TargetGroup, TrackCode } from "../../lib/generated/prisma/client";

export type InitiativeTemplate = {
  title: string;
  description: string;
  tracks: TrackCode[];
  pillars: number[];
  targetGroups: TargetGroup[];
  programmes: LinkedProgramme[];
  partners: PartnerType[];
};

const t = (
  title: string,
  description: string,
  tracks: TrackCode[],
  pillars: number[],
  targetGroups: TargetGroup[],
  programmes: LinkedProgramme[],
  partners: PartnerType[],
): InitiativeTemplate => ({ title, description, tracks, pillars, targetGroups, programmes, partners });

export const TEMPLATES: InitiativeTemplate[] = [
  t("Buurtsportcoach in {wijk}", "Een buurtsportcoach organiseert laagdrempelig sporten na schooltijd en leidt kinderen toe naar clubs.", ["BEHAVIOUR_SKILLS", "SOCIAL_ENVIRONMENT"], [2, 6], ["CHILDREN", "YOUTH", "LOW_SES"], ["SPORT_AGREEMENT"], ["SPORTS_CLUB", "SCHOOL"]),
  t("JOGG-aanpak: gezonde school en wijk", "Scholen, ouders en ondernemers maken samen de gezonde keuze de makkelijke keuze.", ["BEHAVIOUR_SKILLS", "PHYSICAL_ENVIRONMENT"], [6, 7, 8], ["CHILDREN", "PARENTS"], ["JOGG"], ["SCHOOL", "GGD", "BUSINESS"]),
  t("Kansrijke Start: samen rond de zwangerschap", "Verloskundigen, kraamzorg en jeugdgezondheidszorg signaleren vroeg en ondersteunen kwetsbare zwangeren.", ["PREVENTION_CARE"], [2, 6], ["PARENTS", "LOW_SES"], ["KANSRIJKE_START"], ["GP", "GGD", "NEIGHBOURHOOD_TEAM"]),
  t("Welzijn op recept", "Huisartsen verwijzen inwoners met psychosociale klachten naar een welzijnscoach en activiteiten in de buurt.", ["PREVENTION_CARE", "SOCIAL_ENVIRONMENT"], [4, 6], ["ADULTS", "OLDER_ADULTS", "CHRONICALLY_ILL"], [], ["GP", "WELFARE"]),
  t("Taalcafé en gezondheidsvaardigheden", "Wekelijks taalcafé in de bibliotheek waar inwoners oefenen met gesprekken bij de huisarts en apotheek.", ["BEHAVIOUR_SKILLS"], [2, 8], ["LOW_LITERACY", "MIGRANTS", "ADULTS"], ["OTHER"], ["OTHER", "WELFARE"]),
  t("Geldzorgen bespreekbaar maken", "Professionals leren geldzorgen te herkennen en verwijzen snel door naar schuldhulp.", ["PARTICIPATION"], [4, 6], ["LOW_SES", "ADULTS", "PROFESSIONALS"], ["OTHER"], ["NEIGHBOURHOOD_TEAM", "OTHER"]),
  t("Groene speelplekken in {wijk}", "Versteende pleinen worden samen met bewoners omgebouwd tot groene, uitdagende speelplekken.", ["PHYSICAL_ENVIRONMENT"], [1, 2], ["CHILDREN"], [], ["HOUSING_CORPORATION", "RESIDENTS_GROUP"]),
  t("Ontmoetingsplek De Huiskamer", "Een buurtkamer waar bewoners elkaar ontmoeten, samen eten en vrijwilligers activiteiten organiseren.", ["SOCIAL_ENVIRONMENT"], [1, 4], ["OLDER_ADULTS", "ADULTS"], ["EEN_TEGEN_EENZAAMHEID"], ["WELFARE", "RESIDENTS_GROUP"]),
  t("Coalitie Eén tegen eenzaamheid {gemeente}", "Organisaties bundelen hun aanbod tegen eenzaamheid en organiseren samen de Week tegen Eenzaamheid.", ["SOCIAL_ENVIRONMENT"], [6, 7], ["OLDER_ADULTS"], ["EEN_TEGEN_EENZAAMHEID"], ["WELFARE", "GP", "BUSINESS"]),
  t("Gezonde schoolkantine", "Middelbare scholen bieden in de kantine en automaten vooral gezonde producten aan.", ["BEHAVIOUR_SKILLS"], [7, 8], ["YOUTH"], ["JOGG"], ["SCHOOL", "BUSINESS"]),
  t("Rookvrije speelplaatsen en sportparken", "Schoolpleinen, speeltuinen en sportparken worden rookvrij, op weg naar een rookvrije generatie.", ["PHYSICAL_ENVIRONMENT", "BEHAVIOUR_SKILLS"], [3, 6], ["CHILDREN", "YOUTH"], ["PREVENTION_AGREEMENT"], ["SPORTS_CLUB", "SCHOOL", "GGD"]),
  t("Stoppen met roken in de wijk", "Groepstrainingen om te stoppen met roken, dichtbij huis en vergoed door de zorgverzekeraar.", ["BEHAVIOUR_SKILLS", "PREVENTION_CARE"], [2, 7], ["ADULTS", "LOW_SES"], ["PREVENTION_AGREEMENT"], ["GP", "HEALTH_INSURER"]),
  t("Gecombineerde leefstijlinterventie dichtbij", "Leefstijlcoaches begeleiden inwoners met overgewicht twee jaar lang bij gezonder eten en meer bewegen.", ["PREVENTION_CARE"], [2, 7], ["ADULTS", "CHRONICALLY_ILL"], [], ["GP", "HEALTH_INSURER", "SPORTS_CLUB"]),
  t("Wijkgezondheidsprofielen", "Met de GGD brengen we per wijk de gezondheid in beeld om keuzes te onderbouwen en te volgen.", ["PREVENTION_CARE"], [5, 2], ["PROFESSIONALS"], [], ["GGD", "KNOWLEDGE_INSTITUTE"]),
  t("Lokaal preventieakkoord {gemeente}", "Partners spreken samen doelen af rond roken, overgewicht en problematisch alcoholgebruik.", ["PREVENTION_CARE", "BEHAVIOUR_SKILLS"], [3, 6, 7], ["ADULTS", "YOUTH"], ["PREVENTION_AGREEMENT"], ["GGD", "HEALTH_INSURER", "SPORTS_CLUB", "BUSINESS"]),
  t("Lokaal sportakkoord: iedereen in beweging", "Sportaanbieders en welzijn zorgen dat ook inwoners met weinig geld kunnen sporten.", ["BEHAVIOUR_SKILLS", "SOCIAL_ENVIRONMENT"], [3, 6], ["CHILDREN", "ADULTS", "LOW_SES"], ["SPORT_AGREEMENT"], ["SPORTS_CLUB", "WELFARE"]),
  t("Mantelzorg in balans", "Mantelzorgers krijgen advies, respijtzorg en een plek om ervaringen te delen.", ["SOCIAL_ENVIRONMENT", "PREVENTION_CARE"], [4], ["INFORMAL_CARERS"], [], ["WELFARE", "NEIGHBOURHOOD_TEAM"]),
  t("Ervaringsdeskundigen denken mee", "Inwoners met ervaring met armoede toetsen plannen en folders van gemeente en partners.", ["PARTICIPATION"], [1, 8], ["LOW_SES"], [], ["RESIDENTS_GROUP", "WELFARE"]),
  t("Gezondheidsambassadeurs in {wijk}", "Bewoners uit de eigen gemeenschap geven voorlichting in de eigen taal en brengen vragen op tafel.", ["BEHAVIOUR_SKILLS", "SOCIAL_ENVIRONMENT"], [1, 2, 8], ["MIGRANTS", "LOW_SES"], [], ["RESIDENTS_GROUP", "GGD"]),
  t("Moestuin en buurtkeuken {wijk}", "Bewoners kweken samen groente en koken er wekelijks een gezonde maaltijd mee.", ["PHYSICAL_ENVIRONMENT", "SOCIAL_ENVIRONMENT"], [1, 4], ["ADULTS", "CHILDREN", "LOW_SES"], [], ["RESIDENTS_GROUP", "FOOD_BANK"]),
  t("Gezond ontbijt op school", "Basisscholen in wijken met veel armoede bieden elke ochtend een gezond ontbijt aan.", ["BEHAVIOUR_SKILLS"], [2], ["CHILDREN", "LOW_SES"], ["JOGG"], ["SCHOOL", "FOOD_BANK", "BUSINESS"]),
  t("Beweegroutes en bankjes voor ouderen", "Wandelroutes met rustpunten, samen met ouderen uitgezet, nodigen uit om dagelijks te bewegen.", ["PHYSICAL_ENVIRONMENT"], [1, 2], ["OLDER_ADULTS"], [], ["RESIDENTS_GROUP", "WELFARE"]),
  t("Energiecoaches: lagere lasten, gezonder huis", "Vrijwillige energiecoaches helpen huurders met besparen en signaleren vocht en schimmel.", ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"], [6, 7], ["LOW_SES"], [], ["HOUSING_CORPORATION", "OTHER"]),
  t("Werkervaringsplekken in zorg en welzijn", "Inwoners met afstand tot werk doen werkervaring op in zorg en welzijn, met begeleiding.", ["PARTICIPATION"], [6, 7], ["ADULTS", "LOW_SES"], [], ["BUSINESS", "WELFARE"]),
  t("Vroegsignalering betalingsachterstanden", "Verhuurders en energieleveranciers melden achterstanden vroeg, zodat hulp op tijd komt.", ["PARTICIPATION"], [4, 6], ["LOW_SES"], [], ["HOUSING_CORPORATION", "NEIGHBOURHOOD_TEAM"]),
  t("Jongerenwerk: mentale gezondheid bespreekbaar", "Jongerenwerkers en scholen organiseren gesprekken en trainingen over stress en weerbaarheid.", ["SOCIAL_ENVIRONMENT", "BEHAVIOUR_SKILLS"], [1, 8], ["YOUTH"], [], ["WELFARE", "SCHOOL", "GGD"]),
  t("Alcohol- en drugspreventie met jongeren", "Ouderavonden, voorlichting op school en afspraken met sportkantines over alcohol.", ["BEHAVIOUR_SKILLS"], [6, 8], ["YOUTH", "PARENTS"], ["PREVENTION_AGREEMENT"], ["GGD", "SCHOOL", "SPORTS_CLUB"]),
  t("Zwemvaardigheid voor alle kinderen", "Kinderen zonder zwemdiploma krijgen via school alsnog zwemles.", ["BEHAVIOUR_SKILLS", "PARTICIPATION"], [2], ["CHILDREN", "LOW_SES"], [], ["SPORTS_CLUB", "SCHOOL"]),
  t("Gezondheidscentrum {wijk}: zorg en welzijn onder één dak", "Huisarts, wijkteam en welzijn werken vanuit één gebouw en stemmen hulp af.", ["PREVENTION_CARE"], [4, 6], ["ADULTS", "CHRONICALLY_ILL"], [], ["GP", "NEIGHBOURHOOD_TEAM", "WELFARE"]),
  t("Begrijpelijke gemeentebrieven", "Brieven en formulieren worden herschreven op B1-niveau en getest met inwoners.", ["BEHAVIOUR_SKILLS"], [1, 8], ["LOW_LITERACY"], ["OTHER"], ["KNOWLEDGE_INSTITUTE", "RESIDENTS_GROUP"]),
  t("Sociale supermarkt met gezond aanbod", "Inwoners met een smalle beurs doen voordelig en gezond boodschappen, met kooktips erbij.", ["PARTICIPATION", "BEHAVIOUR_SKILLS"], [7, 8], ["LOW_SES"], [], ["FOOD_BANK", "BUSINESS"]),
  t("Bewonersinitiatievenfonds gezonde wijk", "Bewoners dienen ideeën in voor een gezondere buurt; een bewonerscommissie beslist mee.", ["SOCIAL_ENVIRONMENT"], [1, 4], ["ADULTS", "LOW_SES"], [], ["RESIDENTS_GROUP"]),
  t("Valpreventie voor thuiswonende ouderen", "Beweegcursussen en een huisbezoek verkleinen de kans op vallen bij ouderen.", ["PREVENTION_CARE"], [2, 6], ["OLDER_ADULTS"], [], ["GP", "WELFARE", "HEALTH_INSURER"]),
  t("Laaggeletterdheid herkennen: training voor professionals", "Baliemedewerkers, wijkteams en huisartsassistenten leren laaggeletterdheid herkennen.", ["BEHAVIOUR_SKILLS"], [4, 6], ["PROFESSIONALS", "LOW_LITERACY"], ["OTHER"], ["OTHER", "GGD", "GP"]),
];

export const NEIGHBOURHOODS = [
  "Centrum", "Noord", "Oost", "Zuid", "West", "De Hoven", "Kerkwijk", "Stationskwartier", "Molenwijk",
  "Bloemenbuurt", "Oude Dorp", "Nieuwland", "De Akkers", "Het Zand", "Rivierenbuurt", "Schildersbuurt",
];

export const INSURERS = ["Zilveren Kruis", "Menzis", "CZ", "VGZ", "De Friesland", "ONVZ"];

/** A plausible partner name of a type, for a municipality (and neighbourhood). */
export function partnerNames(type: PartnerType, gemeente: string, ggd: string, wijk: string): string[] {
  switch (type) {
    case "GGD": return [ggd];
    case "GP": return [`Huisartsen ${gemeente}`, `Huisartsenpraktijk ${wijk}`];
    case "NEIGHBOURHOOD_TEAM": return [`Sociaal wijkteam ${wijk}`, `Wijkteam ${gemeente}`];
    case "WELFARE": return [`Welzijn ${gemeente}`, `Stichting Buurtwerk ${gemeente}`];
    case "SCHOOL": return ["Basisschool De Regenboog", "Openbare basisschool De Wegwijzer", "Christelijke basisschool De Fontein", "Het Stedelijk College"];
    case "SPORTS_CLUB": return [`Sportbedrijf ${gemeente}`, `Voetbalvereniging ${gemeente}`, "Zwem- en polovereniging De Dolfijn"];
    case "HOUSING_CORPORATION": return [`Woonstichting ${gemeente}`, "Wooncorporatie Thuis", "Woongoed"];
    case "HEALTH_INSURER": return INSURERS;
    case "FOOD_BANK": return [`Voedselbank ${gemeente}`];
    case "BUSINESS": return ["Buurtsupermarkt", `Ondernemersvereniging ${gemeente}`, "Bakkerij Van der Plas"];
    case "RESIDENTS_GROUP": return [`Bewonersvereniging ${wijk}`, `Wijkraad ${wijk}`, `Bewonersplatform ${wijk}`];
    case "KNOWLEDGE_INSTITUTE": return ["Pharos", "Hogeschool, lectoraat Gezonde Leefomgeving", "Kenniscentrum Sport & Bewegen"];
    default: return [`Bibliotheek ${gemeente}`, "Stichting Lezen & Schrijven", `SchuldHulpMaatje ${gemeente}`];
  }
}
