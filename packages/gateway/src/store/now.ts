/** The store's clock: ISO-8601 UTC text, which sorts as time in both engines. */
export function now(): string {
  return new Date().toISOString();
}
