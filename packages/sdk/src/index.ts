export { Switchboard, bindClient, type Routes, type ClientRoute, type CallOptions, type ClientOptions, type Result, type RetryOptions, type Route, type CallArgs } from './client.js';
export { SwitchboardGatewayError, SwitchboardUpstreamError, type GatewayErrorCode } from './errors.js';
export type { Args, ArgsOptional, Call, Data, Operation, Paged } from './types.js';
