/**
 * What one way of holding a credential (an AuthType) does, in one place: check a credential
 * given as input, start and finish the browser flow, say how its token is refreshed, and sign
 * a request when a static injection is not enough. auth/index.ts maps each AuthType to one.
 */
import type { MethodRoute, OAuth2Route } from '@switchboard/contract';
import type { ActiveConnection, StoredCredentials } from '../connections/types.js';
import type { Outbound } from '../net/outbound.js';
import type { OAuthClient } from '../oauth/oauth2.js';
import type { RuntimeApp } from '../routes.js';
import type { InjectionPlan } from './injection.js';

/** A checked credential: what is stored, and the raw input (an imported token answer feeds variables). */
export interface CredentialInput {
  stored: StoredCredentials;
  raw: Record<string, unknown>;
}

/** What the connect flow carries from the redirect to the callback (sealed in the store). */
export interface Handoff {
  method: string;
  verifier?: string;
  tokenSecret?: string; // OAuth 1.0a request-token secret
  given: Record<string, string>;
  mcpClient?: { clientId: string; clientSecret?: string; tokenUrl: string };
}

/** What a browser flow needs from the gateway; built once at start-up. */
export interface FlowContext {
  outbound: Outbound;
  env: Record<string, string | undefined>;
  /** The OAuth callback URL (read when used: the public URL is known once listening). */
  redirectUri(): string;
}

export interface StartInput {
  app: RuntimeApp;
  method: MethodRoute;
  state: string;
  handoff: Handoff; // filled in by start with what the callback will need
}

export interface CallbackResult {
  credentials: StoredCredentials;
  tokenResponse: Record<string, unknown>;
}

/** Where and as whom a refresh token is redeemed. */
export interface RefreshGrant {
  route: OAuth2Route;
  client: OAuthClient;
}

export interface AuthMethod {
  /** Checks a credential sent with POST /connections or typed on the connect page. */
  credentials(raw: Record<string, unknown>, method: MethodRoute): CredentialInput;
  /** Whether the connect page asks for this method's credential as fields (else it redirects). */
  entersFields(method: MethodRoute): boolean;
  /**
   * The operator setting the browser flow cannot start without, when it is missing (the prefix
   * of SWITCHBOARD_OAUTH_<APP>_CLIENT_ID / _CLIENT_SECRET); undefined when the flow can start.
   */
  missingSetting?(app: RuntimeApp, env: Record<string, string | undefined>): string | undefined;
  /** Whether the connection serves the app's MCP server (else its REST upstream). */
  readonly servesMcp: boolean;
  /** The browser's first stop at the provider; absent for methods the form completes. */
  start?(ctx: FlowContext, input: StartInput): Promise<string>;
  /** Turns the provider's callback into a credential. */
  callback?(ctx: FlowContext, app: RuntimeApp, method: MethodRoute, handoff: Handoff, query: URLSearchParams): Promise<CallbackResult>;
  /** How the connection's token is refreshed, or undefined when it cannot be. */
  refreshGrant?(conn: ActiveConnection, env: Record<string, string | undefined>): RefreshGrant | undefined;
  /** Per-request signing (the plan's headers, with the signature added). */
  sign?(app: RuntimeApp, plan: InjectionPlan, method: string, url: string, env: Record<string, string | undefined>): Map<string, [string, string]>;
}
