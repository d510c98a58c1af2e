export function CaseloadScreen(_props: Record<string, unknown> = {}) { return <p>TODO CaseloadScreen</p>; }
