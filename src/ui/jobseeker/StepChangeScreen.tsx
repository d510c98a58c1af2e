export function StepChangeScreen(_props: Record<string, unknown> = {}) { return <p>TODO StepChangeScreen</p>; }
