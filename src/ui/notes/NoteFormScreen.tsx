export function NoteFormScreen(_props: Record<string, unknown> = {}) { return <p>TODO NoteFormScreen</p>; }
