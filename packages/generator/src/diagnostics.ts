/** A problem found in the registry, located in its YAML source. */
export interface Diagnostic {
  file: string; // relative to the project root, e.g. providers/slack.yaml
  line: number; // 1-based
  col: number; // 1-based
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}  ${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}
