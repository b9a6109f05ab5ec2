// Plausible answer shares for what the magazine does not publish (and for the open 2026 round).
// Published figures in questionnaire.json always win for the closed rounds (see survey-plan.ts).
// sizeWeight: how strongly size drives the answer (1: the largest answer "yes" first; negative: the smallest).

export type QuestionDefaults = {
  sizeWeight: number;
  /** boolean: share answering yes. */
  yes?: number;
  /** multi: share choosing each option; single: the distribution, best option first. */
  options?: Record<string, number>;
  /** likert_help: share helped (incl. strongly) and strongly helped. */
  helped?: number;
  strongly?: number;
  /** multi: every answer has at least one option. */
  nonEmpty?: boolean;
  /** text: share of units that write something. */
  answerShare?: number;
};

type ByYear<T> = { 2015?: T; 2019?: T; 2021?: T; 2026?: T };
const y = <T>(values: ByYear<T>, year: number): T => {
  const v = values[year as keyof ByYear<T>];
  if (v === undefined) throw new Error(`no default for ${year}`);
  return v;
};

export function defaultsFor(key: string, year: number): QuestionDefaults {
  switch (key) {
    case "approach.tracks":
      return {
        sizeWeight: 0.5,
        nonEmpty: true,
        options: {
          PHYSICAL_ENVIRONMENT: y({ 2015: 0.59, 2019: 0.65, 2021: 0.7, 2026: 0.76 }, year),
          SOCIAL_ENVIRONMENT: y({ 2015: 0.8, 2019: 0.86, 2021: 0.9, 2026: 0.92 }, year),
          PREVENTION_CARE: y({ 2015: 0.7, 2019: 0.8, 2021: 0.85, 2026: 0.88 }, year),
          PARTICIPATION: y({ 2015: 0.62, 2019: 0.72, 2021: 0.78, 2026: 0.82 }, year),
          BEHAVIOUR_SKILLS: y({ 2015: 0.74, 2019: 0.8, 2021: 0.84, 2026: 0.86 }, year),
        },
      };
    case "approach.stage": {
      const d = y(
        { 2015: [0.07, 0.28, 0.35, 0.3], 2019: [0.2, 0.4, 0.3, 0.1], 2021: [0.3, 0.43, 0.22, 0.05], 2026: [0.4, 0.42, 0.15, 0.03] },
        year,
      );
      return { sizeWeight: 0.6, options: { INTEGRATED: d[0]!, PROGRAMMES: d[1]!, POLICY: d[2]!, AGENDA: d[3]! } };
    }
    case "funding.supplements":
      return {
        sizeWeight: 0.3,
        options: {
          MUNICIPAL_BUDGET: y({ 2019: 0.72, 2021: 0.79, 2026: 0.82 }, year),
          OTHER_NATIONAL_SCHEMES: y({ 2019: 0.65, 2021: 0.78, 2026: 0.8 }, year),
          FUNDS: y({ 2019: 0.25, 2021: 0.31, 2026: 0.33 }, year),
          PRIVATE: y({ 2019: 0.04, 2021: 0.06, 2026: 0.08 }, year),
        },
      };
    case "funding.gids_importance":
      return {
        sizeWeight: -0.3,
        options: {
          VERY_IMPORTANT: y({ 2019: 0.74, 2021: 0.77, 2026: 0.78 }, year),
          IMPORTANT: 0.18,
          SOMEWHAT: 0.04,
          NOT_IMPORTANT: 0.0,
        },
      };
    case "funding.spending":
      return {
        sizeWeight: 0.2,
        nonEmpty: true,
        options: {
          POVERTY_DEBT: 0.55,
          HEALTH_POLICY: 0.6,
          PROJECTS: 0.8,
          NEIGHBOURHOOD: 0.65,
          PROGRAMMES: 0.58,
          PARTICIPATION: 0.45,
          WMO_YOUTH_DEFICITS: 0.08,
        },
      };
    case "support.integrated_approach":
      return { sizeWeight: -0.1, helped: 0.96, strongly: y({ 2021: 0.21, 2026: 0.25 }, year) };
    case "support.policy_documents":
      return { sizeWeight: -0.1, helped: y({ 2021: 0.95, 2026: 0.93 }, year), strongly: 0.19 };
    case "support.linking_programmes":
      return { sizeWeight: -0.1, helped: 0.97, strongly: y({ 2021: 0.31, 2026: 0.3 }, year) };
    case "residents.low_ses_involved":
      return { sizeWeight: 0.5, yes: y({ 2021: 0.78, 2026: 0.82 }, year) };
    case "residents.methods":
      return {
        sizeWeight: 0.3,
        nonEmpty: true,
        options: { AMBASSADORS: 0.45, EXPERTS_BY_EXPERIENCE: 0.5, CO_CREATION: 0.55, INTERVIEWS: 0.6, RESIDENTS_IN_TEAM: 0.2 },
      };
    case "monitoring.attention":
      return { sizeWeight: 0.4, yes: y({ 2021: 0.95, 2026: 0.96 }, year) };
    case "monitoring.levels":
      return {
        sizeWeight: 0.5,
        nonEmpty: true,
        options: {
          ACTIVITIES: y({ 2021: 0.5, 2026: 0.55 }, year),
          PROCESS: y({ 2021: 0.22, 2026: 0.28 }, year),
          HEALTH_EFFECTS: y({ 2021: 0.34, 2026: 0.38 }, year),
        },
      };
    case "anchoring.attention":
      return { sizeWeight: 0.4, yes: y({ 2019: 0.84, 2021: 1, 2026: 0.97 }, year) };
    case "anchoring.methods":
      return { sizeWeight: 0.3, nonEmpty: true, options: { POLICY: 0.85, CONTRACTS: 0.45, OTHER: 0.12 } };
    case "reflection.inhibitors":
      return {
        sizeWeight: -0.2,
        options: {
          CAPACITY: 0.62,
          STAFF_TURNOVER: 0.4,
          MONEY: 0.35,
          ADMIN_SUPPORT: 0.15,
          NARROW_VIEW: 0.22,
          TOO_MANY_AMBITIONS: 0.18,
          UNCLEAR_ROLES: 0.14,
          CORONA: y({ 2021: 0.7, 2026: 0.05 }, year),
        },
      };
    case "reflection.proud_of":
      return { sizeWeight: 0.2, answerShare: 0.6 };
    default:
      throw new Error(`no defaults for question ${key}`);
  }
}

export const PROUD_OF_TEXTS = [
  "Dat inwoners uit de wijk nu zelf meebeslissen over welke initiatieven geld krijgen.",
  "De samenwerking met huisartsen en het wijkteam is echt op gang gekomen.",
  "Ons lokale preventieakkoord, met partners die elkaar nu weten te vinden.",
  "Dat gezondheid een vast onderdeel is geworden van de wijkaanpak.",
  "De ervaringsdeskundigen die mee hebben gedacht over onze folders en voorlichting.",
  "Dat we ondanks corona contact hebben gehouden met kwetsbare inwoners.",
  "De beweegactiviteiten in het park die door bewoners zelf worden georganiseerd.",
  "Dat de gemeenteraad de aanpak unaniem heeft omarmd.",
  "De koppeling met de schuldhulpverlening: minder stress, meer ruimte voor gezondheid.",
  "Het buurtgezondheidsprofiel dat we samen met de GGD hebben gemaakt.",
  "Dat scholen en sportverenigingen nu samen een gezonde leefstijl stimuleren.",
  "De ontmoetingsplekken tegen eenzaamheid die we met vrijwilligers hebben opgezet.",
  "Dat Kansrijke Start en JOGG nu onderdeel zijn van één samenhangende aanpak.",
  "De taalcafés waar inwoners werken aan hun gezondheidsvaardigheden.",
];
