export function StatusChangeScreen(_props: Record<string, unknown> = {}) { return <p>TODO StatusChangeScreen</p>; }
