// Rewrites src/provider-file.ts from schema/provider.schema.json. Run it as
// `npm run provider-file -w @switchboard/generator`: that compiles first, and goes on when the
// old types no longer compile against a changed schema (this script is what fixes them).
import { readFileSync, writeFileSync } from 'node:fs';
import { PROVIDER_FILE_TS, providerFileText } from '../dist/provider-file-source.js';

const before = readFileSync(PROVIDER_FILE_TS, 'utf8');
const after = providerFileText();
if (before === after) process.stderr.write('src/provider-file.ts is up to date\n');
else {
  writeFileSync(PROVIDER_FILE_TS, after);
  process.stderr.write('wrote src/provider-file.ts from schema/provider.schema.json: run `npx tsc -b` again\n');
}
