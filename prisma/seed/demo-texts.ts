// Short Dutch texts for the demo approaches (tracks, pillar notes, the story behind the numbers).
import type { PillarAssessment, TrackCode } from "../../lib/generated/prisma/client";

export const TRACK_TEXTS: Record<TrackCode, string[]> = {
  PHYSICAL_ENVIRONMENT: [
    "Samen met de woningcorporatie pakken we vocht en schimmel aan in de oudere huurwoningen.",
    "Schoolpleinen worden groen en openbaar toegankelijk, zodat kinderen na schooltijd buiten spelen.",
    "Bij de herinrichting van de wijk hebben bewoners meebeslist over groen, bankjes en wandelroutes.",
    "We gebruiken de omgevingsvisie om gezondheid mee te wegen bij nieuwe bouwplannen.",
  ],
  BEHAVIOUR_SKILLS: [
    "Taalcafés en de bibliotheek helpen inwoners met beperkte gezondheidsvaardigheden.",
    "Alle folders van gemeente en GGD zijn herschreven op taalniveau B1, getest met inwoners.",
    "Stoppen-met-rokengroepen in de wijk, samen met huisartsen en de apotheek.",
    "Kookworkshops en supermarktrondleidingen voor gezinnen met een krappe beurs.",
  ],
  PARTICIPATION: [
    "Schuldhulp en gezondheid zijn gekoppeld: wie schulden heeft, krijgt ook een gesprek over stress en slaap.",
    "Vrijwilligerswerk en werkervaringsplekken zijn een vast onderdeel van de wijkaanpak.",
    "Met het Werkplein begeleiden we inwoners met gezondheidsklachten naar (vrijwilligers)werk.",
    "Vroegsignalering van betalingsachterstanden, samen met verhuurders en energieleveranciers.",
  ],
  PREVENTION_CARE: [
    "Huisartsen verwijzen via welzijn op recept naar activiteiten in de wijk.",
    "Het sociaal wijkteam en de praktijkondersteuners werken vanuit één gezondheidscentrum.",
    "Kansrijke Start verbindt verloskundigen, kraamzorg en jeugdgezondheidszorg rond kwetsbare gezinnen.",
    "Preventief aanbod voor mensen met een chronische aandoening, samen met de zorgverzekeraar.",
  ],
  SOCIAL_ENVIRONMENT: [
    "Buurthuizen zijn omgebouwd tot ontmoetingsplekken waar bewoners zelf activiteiten organiseren.",
    "Met Eén tegen eenzaamheid bundelen we het aanbod voor ouderen die weinig contacten hebben.",
    "Mantelzorgers krijgen ondersteuning en respijt via de welzijnsorganisatie.",
    "Vrijwilligers en sportverenigingen betrekken kinderen uit gezinnen met weinig geld bij de club.",
  ],
};

export const PILLAR_NOTES: Record<PillarAssessment, string[]> = {
  NOT_STARTED: ["Hier zijn we nog niet aan toegekomen.", "Staat op de planning voor volgend jaar.", "Nog geen concrete acties."],
  COULD_DO_MORE: ["Er gebeurt wel iets, maar nog niet structureel.", "Afhankelijk van een paar enthousiaste mensen.", "Wil het adviesgesprek hierover gebruiken."],
  DOING_WELL: ["Loopt goed en is vastgelegd in het programma.", "Wordt breed gedragen door partners.", "Hier zijn we trots op."],
};

export const STAGE_NL = {
  AGENDA: "staat gezondheidsachterstanden op de agenda",
  POLICY: "is een visie op gezondheidsverschillen vastgesteld",
  PROGRAMMES: "lopen programma's en projecten in de wijken",
  INTEGRATED: "werken we domeinoverstijgend aan gezondheid",
} as const;

export const STORY_ENDINGS = [
  "De grootste uitdaging blijft capaciteit: een of twee mensen dragen de aanpak.",
  "Door wisselingen in het team moesten we opnieuw investeren in contacten met partners.",
  "Inwoners zijn steeds vaker mede-eigenaar van de activiteiten.",
  "We willen de komende jaren beter meten wat de aanpak oplevert voor inwoners.",
  "De GIDS-middelen maken het verschil: zonder die middelen was het meeste niet van de grond gekomen.",
  "Corona zette veel stil, maar de netwerken in de wijk bleken sterker dan gedacht.",
];

/** Stories of the municipalities the magazine describes, in our own words. */
export const EXAMPLE_STORIES: Record<string, string> = {
  Helmond:
    "Sinds 2018 is gezondheid een strategisch programma met een eigen wethouder; in 2020 stelde de raad de aanpak vast. Het lokale preventieakkoord is door zo'n 70 partners ondertekend. Met stichting JIBB+ werken we aan bewegen en gezond eten, en op een burgerplatform vinden inwoners alle leefstijlinitiatieven bij elkaar.",
  Emmen:
    "Emmen werkt sinds 2015 van onderop. In het programmateam M&GEZOND! beslissen vier ambtenaren en vier inwoners samen over aanvragen voor initiatieven. In Emmerhout liep een pilot met sportstudenten van het Drenthe College; in 2018 steunden we voor ongeveer € 100.000 aan bewonersinitiatieven.",
  Amersfoort:
    "Met de Gezonde Wijkaanpak werken we in de hele stad, op basis van gezondheidsprofielen per wijk. In Schothorst draait de Voedselapotheek: supermarktsafari's en kookworkshops voor inwoners die gezonder willen eten. De GGD regio Utrecht levert de cijfers.",
  Utrecht:
    "Utrecht kiest voor gezondheid in al het beleid. Bij de renovatie van woningen in Overvecht denken bewonerscommissies mee, samen met woningcorporatie Portaal, DOCK en Werk & Inkomen. De Volksgezondheidsmonitor Utrecht laat zien waar de verschillen het grootst zijn.",
  "Súdwest-Fryslân":
    "Met 89 dorpen wil Súdwest-Fryslân in 2040 de gezondste gemeente van Noord-Nederland zijn. In 2020 sloten we het preventieakkoord 'Samen doen, Samen gezond'. Er zijn groepsconsulten op het consultatiebureau, Cool Súdwest werkt met jongeren aan alcohol en drugs, en de SDG's vormen het kader van de omgevingsvisie.",
};
