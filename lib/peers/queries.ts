import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { requireMunicipality } from "@/lib/auth/scope";
import { shapePeers, type PeerComparison, type PeerGroup, type PeerRow } from "./shape";
import { comparisonSql, countsSql, suggestionsSql } from "./sql";

// The peer view: for whoever may open the municipality's workspace (its civil servant, its assigned
// adviser, admins). Peers' figures are aggregates; their initiatives appear only when they made them
// visible to the GIDS network (or public).

export type SuggestionDTO = { id: string; title: string; description: string; status: string; municipalityCode: string; municipalityName: string; tracks: string[] };
export type PeerViewDTO = { municipality: { code: string; name: string }; group: PeerGroup; comparison: PeerComparison; suggestions: SuggestionDTO[] };

const SUGGESTION_LIMIT = 20;

export async function getPeerView(viewer: Viewer, code: string, group: PeerGroup): Promise<PeerViewDTO> {
  const municipality = await requireMunicipality(db, viewer, code, "read", "municipality");
  return { municipality, group, ...(await peerAggregates(municipality.code, group)) };
}

/**
 * The same for everybody who may see the municipality (checked above, before this is reached): cached
 * ('use cache', tagged `peers`; approach and initiative saves expire it).
 */
async function peerAggregates(code: string, group: PeerGroup): Promise<Pick<PeerViewDTO, "comparison" | "suggestions">> {
  "use cache";
  cacheTag(TAGS.peers);
  cacheLife("hours");
  const [rows, [counts], suggestions] = await Promise.all([
    db.$queryRaw<PeerRow[]>(comparisonSql(code, group)),
    db.$queryRaw<{ peers: number; peersWithApproach: number; selfHasApproach: boolean }[]>(countsSql(code, group)),
    db.$queryRaw<SuggestionDTO[]>(suggestionsSql(code, group, SUGGESTION_LIMIT)),
  ]);
  return { comparison: shapePeers(rows, counts!), suggestions };
}
