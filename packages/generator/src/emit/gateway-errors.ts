/**
 * The gateway's error table as the generator documents it. It is the contract's catalogue
  * (@switchboard/contract), read here so the docs, the OpenAPI enum and the SDK's types cannot
 * drift from what the gateway answers.
 */
import { ERRORS } from '@switchboard/contract';

export const ERROR_CODES_DOC = Object.entries(ERRORS)
  .map(([code, def]) => ({ code, status: def.status, message: def.message, hint: def.hint }))
  .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
