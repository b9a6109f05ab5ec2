// The five tracks and eight pillars of the GezondIn programme (docs: /work/shared/DOMAIN.md).
import type { TrackCode } from "../../lib/generated/prisma/client";

export type TrackSeed = { code: TrackCode; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string };

export const TRACKS: TrackSeed[] = [
  {
    code: "PHYSICAL_ENVIRONMENT",
    nameNl: "Fysieke omgeving",
    nameEn: "Physical environment",
    descriptionNl: "Wonen, luchtkwaliteit, veiligheid en een groene, uitnodigende openbare ruimte die aanzet tot bewegen.",
    descriptionEn: "Housing, air quality, safety and green, inviting public space that invites exercise.",
  },
  {
    code: "BEHAVIOUR_SKILLS",
    nameNl: "Gedrag & vaardigheden",
    nameEn: "Behaviour & skills",
    descriptionNl: "Gezondheidsvaardigheden, laaggeletterdheid, begrijpelijke informatie en stoppen met roken.",
    descriptionEn: "Health literacy, low literacy, understandable information and stopping smoking.",
  },
  {
    code: "PARTICIPATION",
    nameNl: "Participatie",
    nameEn: "Participation",
    descriptionNl: "(Vrijwilligers)werk, onderwijs, bestaanszekerheid en het voorkomen en aanpakken van schulden.",
    descriptionEn: "(Volunteer) work, education, income security and preventing and tackling debt.",
  },
  {
    code: "PREVENTION_CARE",
    nameNl: "Preventie en zorg",
    nameEn: "Prevention and care",
    descriptionNl: "Toegankelijke preventie en zorg in de wijk: huisartsen, wijkteams en zorg bij chronische aandoeningen.",
    descriptionEn: "Accessible prevention and care in the neighbourhood: GPs, neighbourhood teams and chronic conditions.",
  },
  {
    code: "SOCIAL_ENVIRONMENT",
    nameNl: "Sociale omgeving",
    nameEn: "Social environment",
    descriptionNl: "Sociale netwerken, ontmoetingsplekken, vrijwilligers, mantelzorgers en het tegengaan van eenzaamheid.",
    descriptionEn: "Social networks, meeting places, volunteers, informal carers and tackling loneliness.",
  },
];

export type PillarSeed = { number: number; code: string; nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string };

export const PILLARS: PillarSeed[] = [
  {
    number: 1,
    code: "CITIZENS_MAIN_ACTORS",
    nameNl: "Burgers zijn hoofdrolspelers",
    nameEn: "Citizens are the main actors",
    descriptionNl: "Inwoners denken, beslissen en doen mee, juist inwoners met een lage sociaaleconomische positie.",
    descriptionEn: "Residents think, decide and act along, especially residents with a low socio-economic status.",
  },
  {
    number: 2,
    code: "DIFFERENTIATION",
    nameNl: "Differentiatie is een must",
    nameEn: "Differentiation is a must",
    descriptionNl: "Aanpak en boodschap zijn afgestemd op wijken en groepen die het meest nodig hebben.",
    descriptionEn: "Approach and message are tailored to the neighbourhoods and groups that need it most.",
  },
  {
    number: 3,
    code: "ADMINISTRATIVE_COMMITMENT",
    nameNl: "Bestuurlijke betrokkenheid",
    nameEn: "Administrative commitment",
    descriptionNl: "Wethouders en raad dragen de aanpak en verbinden er tijd en middelen aan.",
    descriptionEn: "Aldermen and council back the approach and commit time and money to it.",
  },
  {
    number: 4,
    code: "PROCESS_AND_CONTENT",
    nameNl: "Proces even belangrijk als inhoud",
    nameEn: "Process as important as content",
    descriptionNl: "Aandacht voor samenwerking, rollen en draagvlak, niet alleen voor de inhoud van plannen.",
    descriptionEn: "Attention to cooperation, roles and support, not only to the content of plans.",
  },
  {
    number: 5,
    code: "MONITORING",
    nameNl: "Monitoren voortgang en resultaten",
    nameEn: "Monitoring progress and results",
    descriptionNl: "Voortgang en resultaten worden gevolgd en gebruikt om de aanpak bij te sturen.",
    descriptionEn: "Progress and results are tracked and used to adjust the approach.",
  },
  {
    number: 6,
    code: "SYNERGY_CIRCUITS",
    nameNl: "Synergie circuits",
    nameEn: "Synergy circuits",
    descriptionNl: "Domeinen, programma's en partners versterken elkaar in plaats van naast elkaar te werken.",
    descriptionEn: "Domains, programmes and partners reinforce each other instead of working side by side.",
  },
  {
    number: 7,
    code: "PUBLIC_PRIVATE",
    nameNl: "Publiek en privaat",
    nameEn: "Public and private",
    descriptionNl: "Publieke en private partijen, zoals ondernemers en zorgverzekeraars, werken samen.",
    descriptionEn: "Public and private parties, such as businesses and health insurers, work together.",
  },
  {
    number: 8,
    code: "SOCIAL_MARKETING",
    nameNl: "Sociale marketing op alle niveaus",
    nameEn: "Social marketing at all levels",
    descriptionNl: "Boodschappen en acties sluiten aan bij de leefwereld en motivatie van de doelgroep.",
    descriptionEn: "Messages and actions match the daily life and motivation of the target group.",
  },
];
