/**
 * What each way of holding a credential is like, as data the generator, the docs and the
 * gateway share: whether connecting goes through the provider's pages in a browser, whether
 * the credential can be refreshed, whether the user types it as fields, and its name.
 * (An MCP server that declares fields takes a typed token instead of its browser flow.)
 */
import type { AuthType } from './route-table.js';

export interface AuthMethodInfo {
  label: string;
  browserFlow: boolean;
  canRefresh: boolean;
  enteredAsFields: boolean;
}

export const AUTH_METHODS: Readonly<Record<AuthType, AuthMethodInfo>> = {
  OAUTH2: { label: 'OAuth 2.0', browserFlow: true, canRefresh: true, enteredAsFields: false },
  OAUTH1: { label: 'OAuth 1.0a', browserFlow: true, canRefresh: false, enteredAsFields: false },
  API_KEY: { label: 'API key', browserFlow: false, canRefresh: false, enteredAsFields: true },
  BASIC: { label: 'Username and password', browserFlow: false, canRefresh: false, enteredAsFields: true },
  MCP: { label: 'MCP server (OAuth)', browserFlow: true, canRefresh: true, enteredAsFields: false },
};
