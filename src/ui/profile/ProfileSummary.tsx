export function ProfileSummary(_props: Record<string, unknown> = {}) { return <p>TODO ProfileSummary</p>; }
