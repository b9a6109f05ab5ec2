import type { PillarDTO, TrackDTO } from "@/lib/reference/queries";

export function TrackList({ tracks, emptyText }: { tracks: TrackDTO[]; emptyText: string }) {
  if (tracks.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {tracks.map((track) => (
        <li key={track.code} className="rounded border border-line border-t-4 border-t-brand-700 bg-white p-5">
          <h3 className="text-lg font-semibold">{track.name}</h3>
          <p className="mt-2 text-sm text-muted">{track.description}</p>
        </li>
      ))}
    </ul>
  );
}

export function PillarList({ pillars, emptyText }: { pillars: PillarDTO[]; emptyText: string }) {
  if (pillars.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ol className="grid gap-x-8 gap-y-4 md:grid-cols-2">
      {pillars.map((pillar) => (
        <li key={pillar.number} className="flex gap-4">
          <span
            aria-hidden="true"
            className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-900 font-semibold text-white"
          >
            {pillar.number}
          </span>
          <div>
            <h3 className="font-semibold">{pillar.name}</h3>
            <p className="text-sm text-muted">{pillar.description}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
