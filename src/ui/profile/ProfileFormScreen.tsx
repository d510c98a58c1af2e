export function ProfileFormScreen(_props: Record<string, unknown> = {}) { return <p>TODO ProfileFormScreen</p>; }
