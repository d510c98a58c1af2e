import { useLiveQuery } from 'dexie-react-hooks';
import { jobseekers } from '../../data/jobseekerRepository';
import {
  loadEmployerChoices,
  loadPersonPlacements,
  loadPlacementFile,
  type EmployerChoice,
  type PersonPlacements,
  type PlacementFile,
} from '../../data/placementQueries';
import { placements } from '../../data/placementRepository';
import type { Jobseeker } from '../../domain/jobseeker';
import type { Placement } from '../../domain/placement';

/** Live queries of the placement screens; `undefined` means still loading. */

/** One placement with its person, employer, contact person and visits; `null` when there is no such placement. */
export function usePlacementFile(id: string): PlacementFile | null | undefined {
  return useLiveQuery(() => loadPlacementFile(id), [id]);
}

/** A person's placements (latest start first) with their visits and the employers' names. */
export function usePersonPlacements(jobseekerId: string): PersonPlacements | undefined {
  return useLiveQuery(() => loadPersonPlacements(jobseekerId), [jobseekerId]);
}

/** The employer register for choosing a placement's employer and contact person, by name. */
export function useEmployerChoices(): EmployerChoice[] | undefined {
  return useLiveQuery(loadEmployerChoices, []);
}

export interface PlacementFormSubject {
  /** The placement being edited: `undefined` for a new one, `null` when there is no such placement. */
  placement: Placement | null | undefined;
  /** The person the placement is for: `null` when there is no such person. */
  person: Jobseeker | null;
}

/** What the placement form opens on: the placement being edited (if any) and the person, given or the placement's. */
export function usePlacementFormSubject(placementId: string | undefined, personId: string | undefined): PlacementFormSubject | undefined {
  return useLiveQuery(async () => {
    const placement = placementId ? ((await placements.get(placementId)) ?? null) : undefined;
    const id = personId ?? placement?.jobseekerId;
    return { placement, person: id ? ((await jobseekers.get(id)) ?? null) : null };
  }, [placementId, personId]);
}
