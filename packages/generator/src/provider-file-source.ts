/** Where the provider-format types come from and go to; used by the refresh script and the drift test. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatTypes } from './format-types.js';

export const PROVIDER_SCHEMA = fileURLToPath(new URL('../schema/provider.schema.json', import.meta.url));
export const PROVIDER_FILE_TS = fileURLToPath(new URL('../src/provider-file.ts', import.meta.url));
export const REFRESH_COMMAND = 'npm run provider-file -w @switchboard/generator';

/** The text src/provider-file.ts must hold for the schema as it is now. */
export function providerFileText(): string {
  const schema = JSON.parse(readFileSync(PROVIDER_SCHEMA, 'utf8')) as Record<string, unknown>;
  return formatTypes(schema, 'packages/generator/schema/provider.schema.json', REFRESH_COMMAND);
}
