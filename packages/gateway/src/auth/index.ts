/**
 * The one table from an AuthType to what that method does. Nothing else in the gateway
 * branches on a method's type: it looks the method up here.
 */
import type { AuthType } from '@switchboard/contract';
import { apiKey } from './api-key.js';
import { basic } from './basic.js';
import { mcp } from './mcp.js';
import { oauth1 } from './oauth1.js';
import { oauth2 } from './oauth2.js';
import type { AuthMethod } from './types.js';

export type { AuthMethod, CallbackResult, CredentialInput, FlowContext, Handoff, RefreshGrant, StartInput } from './types.js';

export const AUTH: Readonly<Record<AuthType, AuthMethod>> = {
  OAUTH2: oauth2,
  OAUTH1: oauth1,
  API_KEY: apiKey,
  BASIC: basic,
  MCP: mcp,
};

/** The method for a type read from the store (a string), or undefined for one this build does not know. */
export function authMethod(type: string): AuthMethod | undefined {
  return Object.hasOwn(AUTH, type) ? AUTH[type as AuthType] : undefined;
}
