// The real examples from the magazine (DOMAIN.md), in our own words, for the municipalities demos use.
import type { InitiativeStatus, PartnerType } from "../../lib/generated/prisma/client";
import type { InitiativeTemplate } from "./initiative-templates";

export type InitiativeExample = Omit<InitiativeTemplate, "partners"> & {
  status: InitiativeStatus;
  startDate: string;
  neighbourhoods: string[];
  budgetEuro: number | null;
  residentsReached: number | null;
  partners: [PartnerType, string][];
};

const ex = (e: InitiativeExample) => e;

export const EXAMPLES: Record<string, InitiativeExample[]> = {
  Helmond: [
    ex({ title: "Lokaal preventieakkoord Helmond", description: "Zo'n 70 partners, van sportclubs tot zorgverzekeraar, ondertekenden samen afspraken over roken, overgewicht en alcohol.", tracks: ["PREVENTION_CARE", "BEHAVIOUR_SKILLS"], pillars: [3, 6, 7], targetGroups: ["ADULTS", "YOUTH", "LOW_SES"], programmes: ["PREVENTION_AGREEMENT"], status: "STRUCTURAL", startDate: "2020-06-01", neighbourhoods: [], budgetEuro: 150000, residentsReached: 12000, partners: [["GGD", "GGD Brabant-Zuidoost"], ["HEALTH_INSURER", "CZ"], ["SPORTS_CLUB", "Sportbedrijf Helmond"], ["BUSINESS", "Ondernemersvereniging Helmond"]] }),
    ex({ title: "JIBB+: bewegen en gezond eten", description: "Partnerstichting JIBB+ brengt kinderen en gezinnen in beweging en maakt gezond eten vanzelfsprekend.", tracks: ["BEHAVIOUR_SKILLS", "SOCIAL_ENVIRONMENT"], pillars: [6, 7, 8], targetGroups: ["CHILDREN", "PARENTS"], programmes: ["JOGG"], status: "RUNNING", startDate: "2019-01-01", neighbourhoods: [], budgetEuro: 90000, residentsReached: 4500, partners: [["OTHER", "Stichting JIBB+"], ["SCHOOL", "Basisscholen Helmond"]] }),
    ex({ title: "Burgerplatform leefstijlinitiatieven", description: "Een platform waarop inwoners alle initiatieven voor een gezonde leefstijl in Helmond vinden en zelf toevoegen.", tracks: ["SOCIAL_ENVIRONMENT"], pillars: [1, 8], targetGroups: ["ADULTS"], programmes: [], status: "RUNNING", startDate: "2021-03-01", neighbourhoods: [], budgetEuro: 25000, residentsReached: 3000, partners: [["RESIDENTS_GROUP", "Burgerplatform Helmond"]] }),
  ],
  Emmen: [
    ex({ title: "Programmateam M&GEZOND!", description: "Vier ambtenaren en vier inwoners beslissen samen over aanvragen van bewoners voor gezondheidsinitiatieven.", tracks: ["SOCIAL_ENVIRONMENT", "PARTICIPATION"], pillars: [1, 4], targetGroups: ["ADULTS", "LOW_SES"], programmes: [], status: "STRUCTURAL", startDate: "2015-09-01", neighbourhoods: [], budgetEuro: 100000, residentsReached: 2500, partners: [["RESIDENTS_GROUP", "Inwoners in het programmateam M&GEZOND!"], ["WELFARE", "Sedna welzijn"]] }),
    ex({ title: "Pilot Emmerhout met sportstudenten", description: "Sportstudenten van het Drenthe College organiseren beweegactiviteiten met en voor bewoners van Emmerhout.", tracks: ["BEHAVIOUR_SKILLS", "SOCIAL_ENVIRONMENT"], pillars: [1, 2], targetGroups: ["CHILDREN", "YOUTH", "LOW_SES"], programmes: ["SPORT_AGREEMENT"], status: "STOPPED", startDate: "2017-09-01", neighbourhoods: ["Emmerhout"], budgetEuro: 30000, residentsReached: 600, partners: [["SCHOOL", "Drenthe College, opleiding Sport en Bewegen"], ["RESIDENTS_GROUP", "Wijkvereniging Emmerhout"]] }),
  ],
  Amersfoort: [
    ex({ title: "Gezonde Wijkaanpak", description: "Stadsbrede aanpak waarin per wijk een gezondheidsprofiel de basis is voor keuzes met bewoners en partners.", tracks: ["PREVENTION_CARE", "SOCIAL_ENVIRONMENT", "PHYSICAL_ENVIRONMENT"], pillars: [2, 5, 6], targetGroups: ["ADULTS", "LOW_SES"], programmes: [], status: "STRUCTURAL", startDate: "2018-01-01", neighbourhoods: [], budgetEuro: 200000, residentsReached: 20000, partners: [["GGD", "GGD regio Utrecht"], ["NEIGHBOURHOOD_TEAM", "Wijkteams Amersfoort"]] }),
    ex({ title: "Voedselapotheek Schothorst", description: "Supermarktsafari's en kookworkshops helpen inwoners van Schothorst gezonder te eten, op advies van de huisarts.", tracks: ["BEHAVIOUR_SKILLS", "PREVENTION_CARE"], pillars: [2, 7, 8], targetGroups: ["ADULTS", "LOW_SES", "CHRONICALLY_ILL"], programmes: [], status: "RUNNING", startDate: "2019-04-01", neighbourhoods: ["Schothorst"], budgetEuro: 40000, residentsReached: 350, partners: [["GP", "Huisartsen Schothorst"], ["BUSINESS", "Supermarkt in Schothorst"]] }),
  ],
  Utrecht: [
    ex({ title: "Renovatie Overvecht met bewonerscommissies", description: "Bij de renovatie van woningen in Overvecht beslissen bewonerscommissies mee; Portaal, DOCK en Werk & Inkomen werken samen.", tracks: ["PHYSICAL_ENVIRONMENT", "PARTICIPATION"], pillars: [1, 6, 7], targetGroups: ["ADULTS", "LOW_SES"], programmes: [], status: "RUNNING", startDate: "2019-01-01", neighbourhoods: ["Overvecht"], budgetEuro: 250000, residentsReached: 5000, partners: [["HOUSING_CORPORATION", "Portaal"], ["WELFARE", "DOCK"], ["OTHER", "Werk & Inkomen Utrecht"], ["RESIDENTS_GROUP", "Bewonerscommissies Overvecht"]] }),
    ex({ title: "Volksgezondheidsmonitor Utrecht", description: "De monitor laat per wijk zien hoe gezond Utrechters zijn en waar de verschillen het grootst zijn.", tracks: ["PREVENTION_CARE"], pillars: [5], targetGroups: ["PROFESSIONALS"], programmes: [], status: "STRUCTURAL", startDate: "2016-01-01", neighbourhoods: [], budgetEuro: null, residentsReached: null, partners: [["KNOWLEDGE_INSTITUTE", "Volksgezondheid Utrecht"]] }),
  ],
  "Súdwest-Fryslân": [
    ex({ title: "Preventieakkoord Samen doen, Samen gezond", description: "Het lokale preventieakkoord uit 2020, op weg naar de gezondste gemeente van Noord-Nederland in 2040.", tracks: ["PREVENTION_CARE", "BEHAVIOUR_SKILLS"], pillars: [3, 6, 7], targetGroups: ["ADULTS", "YOUTH"], programmes: ["PREVENTION_AGREEMENT"], status: "STRUCTURAL", startDate: "2020-10-01", neighbourhoods: [], budgetEuro: 120000, residentsReached: 8000, partners: [["GGD", "GGD Fryslân"], ["HEALTH_INSURER", "De Friesland"]] }),
    ex({ title: "Groepsconsulten op het consultatiebureau", description: "Ouders met baby's van dezelfde leeftijd komen samen naar het consultatiebureau en leren van elkaar.", tracks: ["PREVENTION_CARE", "SOCIAL_ENVIRONMENT"], pillars: [2, 4], targetGroups: ["PARENTS", "CHILDREN"], programmes: ["KANSRIJKE_START"], status: "RUNNING", startDate: "2021-01-01", neighbourhoods: [], budgetEuro: 35000, residentsReached: 400, partners: [["GGD", "GGD Fryslân"]] }),
    ex({ title: "Cool Súdwest", description: "Jongeren, ouders en sportverenigingen werken samen aan minder alcohol- en drugsgebruik onder jongeren.", tracks: ["BEHAVIOUR_SKILLS"], pillars: [1, 8], targetGroups: ["YOUTH", "PARENTS"], programmes: ["PREVENTION_AGREEMENT"], status: "RUNNING", startDate: "2019-09-01", neighbourhoods: [], budgetEuro: 60000, residentsReached: 2200, partners: [["SPORTS_CLUB", "Sportverenigingen Súdwest-Fryslân"], ["SCHOOL", "Middelbare scholen Súdwest-Fryslân"]] }),
  ],
};
