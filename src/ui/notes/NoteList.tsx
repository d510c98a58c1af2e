export function NoteList(_props: Record<string, unknown> = {}) { return <p>TODO NoteList</p>; }
