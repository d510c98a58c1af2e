export function PersonScreen(_props: Record<string, unknown> = {}) { return <p>TODO PersonScreen</p>; }
