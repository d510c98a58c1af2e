export function NotesTimelineScreen(_props: Record<string, unknown> = {}) { return <p>TODO NotesTimelineScreen</p>; }
