export function AgreementFormScreen(_props: Record<string, unknown> = {}) { return <p>TODO AgreementFormScreen</p>; }
