export function AgreementSummary(_props: Record<string, unknown> = {}) { return <p>TODO AgreementSummary</p>; }
