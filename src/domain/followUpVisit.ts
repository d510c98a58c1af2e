import type { RecordMeta } from './record';

// Placeholder: the fields the device store indexes. The issue that builds
// this record replaces it with its zod schema and full type.
export type FollowUpVisit = RecordMeta & { placementId: string; jobseekerId: string; date: string };
