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

/** An initiative as the network list shows it: no money, no people (never who made or changed it). */
export type NetworkInitiativeDTO = {
  id: string;
  title: string;
  /** The start of the description (lists) or all of it (detail page). */
  description: string;
  municipality: {
    code: string;
    name: string;
    provinceName: string;
    /** Whether the viewer may open this municipality's workspace (link it, or show plain text). */
    canOpen: boolean;
  };
  status: string;
  visibility: string;
  tracks: string[];
  pillars: number[];
  targetGroups: string[];
  partners: InitiativePartnerDTO[];
  programmes: string[];
};

export type NetworkInitiativeDetailDTO = NetworkInitiativeDTO & {
  /** yyyy-mm-dd or null. */
  startDate: string | null;
  endDate: string | null;
};

export type NetworkPageDTO = {
  items: NetworkInitiativeDTO[];
  total: number;
  /** The page actually shown (a page past the end shows the last page). */
  page: number;
  pageCount: number;
  pageSize: number;
};
