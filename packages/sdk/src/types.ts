/**
 * Type helpers that turn an openapi-typescript `operations[id]` entry into the argument and
 * result types of a client method. The generated clients use these; nothing here is
 * provider-specific.
 */
import type { CallOptions, Result } from './client.js';

type Defined<T> = Exclude<T, undefined>;
type IsNever<T> = [T] extends [never] ? true : false;
type HasRequired<T> = T extends object ? ({} extends T ? false : true) : false;

type ParamsOf<O> = O extends { parameters: infer P } ? P : {};

type Slot<Name extends string, T> =
  IsNever<Defined<T>> extends true ? {} : HasRequired<Defined<T>> extends true ? { [K in Name]: Defined<T> } : { [K in Name]?: Defined<T> };

// openapi-typescript writes an optional request body as `requestBody?: {…}`: read the
// property whether or not it is optional, and make `body` optional exactly when it is.
type BodyOf<O> = O extends { requestBody?: infer B } ? B : never;
type BodyContent<B> = Defined<B> extends { content: infer C } ? C[keyof C] : never;
type BodySlot<O> =
  IsNever<BodyContent<BodyOf<O>>> extends true
    ? {}
    : O extends { requestBody: {} }
      ? undefined extends BodyOf<O> ? { body?: BodyContent<BodyOf<O>> } : { body: BodyContent<BodyOf<O>> }
      : { body?: BodyContent<BodyOf<O>> };

/** `{ params, query, headers, body }` as the operation takes them; each slot required only when something in it is. */
export type Args<O> = Slot<'params', ParamsOf<O> extends { path?: infer X } ? X : never> &
  Slot<'query', ParamsOf<O> extends { query?: infer X } ? X : never> &
  Slot<'headers', ParamsOf<O> extends { header?: infer X } ? Omit<Defined<X>, 'Maton-Connection'> : never> &
  BodySlot<O>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | 302;
type ResponsesOf<O> = O extends { responses: infer R } ? R : {};
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** The body type of the operation's success answer (undefined for 204). */
export type Data<O> = ContentOf<ResponsesOf<O>[Extract<keyof ResponsesOf<O>, SuccessStatus>]>;

/** True when every slot of Args<O> is optional, so the argument itself may be omitted. */
export type ArgsOptional<O> = {} extends Args<O> ? true : false;

type Method<A, R> = {} extends A ? (args?: A, options?: CallOptions) => R : (args: A, options?: CallOptions) => R;

/** A client method of operation `O`: `(args, options?) => Promise<Result<data>>`, `args` optional when nothing in it is required. */
export type Call<O> = Method<Args<O>, Promise<Result<Data<O>>>>;

/** A client method of a list operation: a `Call` with `.pages(args, options?)`, which walks every page. */
export type Paged<O> = Call<O> & {
  /** Every page, one after the other. */
  pages: Method<Args<O>, AsyncGenerator<Data<O>, void, undefined>>;
};

/** A GraphQL or JSON-RPC method: takes the variables (the request body) and answers `R`. */
export type Operation<V, R> = Method<V, Promise<Result<R>>>;
