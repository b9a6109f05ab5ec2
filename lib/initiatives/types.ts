// What leaves the server about initiatives (plain data; dates as ISO strings, money as whole cents).

export type InitiativePartnerDTO = { type: string; name: string };

export type InitiativeDTO = {
  id: string;
  municipalityCode: string;
  title: string;
  description: string;
  status: string;
  /** yyyy-mm-dd or null. */
  startDate: string | null;
  endDate: string | null;
  targetGroups: string[];
  neighbourhoods: string[];
  programmes: string[];
  budgetCents: number | null;
  fundingSources: string[];
  residentsReached: number | null;
  lowSesReached: number | null;
  monitoringLevel: string | null;
  visibility: string;
  tracks: string[];
  pillars: number[];
  partners: InitiativePartnerDTO[];
  archivedAt: string | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

export type InitiativeListItemDTO = Pick<
  InitiativeDTO,
  "id" | "title" | "status" | "startDate" | "endDate" | "tracks" | "pillars" | "targetGroups" | "visibility" | "archivedAt" | "updatedAt"
>;

export type InitiativePageDTO = {
  items: InitiativeListItemDTO[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};
