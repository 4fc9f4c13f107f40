// Generated from providers/supabase.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/supabase.js';

/**
 * Supabase through the Switchboard gateway: A Supabase project's database tables through PostgREST, its Auth users and its Storage buckets and files.
 */
export interface SupabaseClient {
    /**
     * Read the OpenAPI description PostgREST generates for the exposed tables, views and functions.
     *
     * `GET /rest/v1/`
     */
    getRestSchema(args?: Args<operations["getRestSchema"]>, options?: CallOptions): Promise<Result<Data<operations["getRestSchema"]>>>;
    /**
     * Read rows of a table or view, with column selection, filters, ordering and paging.
     *
     * `GET /rest/v1/{table_name}`
     */
    selectRows: {
        (args: Args<operations["selectRows"]>, options?: CallOptions): Promise<Result<Data<operations["selectRows"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["selectRows"]>, options?: CallOptions): AsyncGenerator<Data<operations["selectRows"]>, void, undefined>;
    };
    /**
     * Insert one row or an array of rows, or upsert them with a resolution preference.
     *
     * `POST /rest/v1/{table_name}`
     */
    insertRows(args: Args<operations["insertRows"]>, options?: CallOptions): Promise<Result<Data<operations["insertRows"]>>>;
    /**
     * Update every row matching the query filters with the columns in the body.
     *
     * `PATCH /rest/v1/{table_name}`
     */
    updateRows(args: Args<operations["updateRows"]>, options?: CallOptions): Promise<Result<Data<operations["updateRows"]>>>;
    /**
     * Delete every row matching the query filters.
     *
     * `DELETE /rest/v1/{table_name}`
     */
    deleteRows(args: Args<operations["deleteRows"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRows"]>>>;
    /**
     * Check that the project's Auth server is up and see its version.
     *
     * `GET /auth/v1/health`
     */
    getAuthHealth(args?: Args<operations["getAuthHealth"]>, options?: CallOptions): Promise<Result<Data<operations["getAuthHealth"]>>>;
    /**
     * Show which sign-in providers are enabled and whether sign-ups are open.
     *
     * `GET /auth/v1/settings`
     */
    getAuthSettings(args?: Args<operations["getAuthSettings"]>, options?: CallOptions): Promise<Result<Data<operations["getAuthSettings"]>>>;
    /**
     * List the project's users a page at a time (service key required).
     *
     * `GET /auth/v1/admin/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user with their identities and metadata.
     *
     * `GET /auth/v1/admin/users/{user_id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Create a user directly, optionally with the email or phone already confirmed.
     *
     * `POST /auth/v1/admin/users`
     */
    createUser(args: Args<operations["createUser"]>, options?: CallOptions): Promise<Result<Data<operations["createUser"]>>>;
    /**
     * Delete a user, or only mark them deleted with should_soft_delete.
     *
     * `DELETE /auth/v1/admin/users/{user_id}`
     */
    deleteUser(args: Args<operations["deleteUser"]>, options?: CallOptions): Promise<Result<Data<operations["deleteUser"]>>>;
    /**
     * List the project's Storage buckets.
     *
     * `GET /storage/v1/bucket`
     */
    listBuckets(args?: Args<operations["listBuckets"]>, options?: CallOptions): Promise<Result<Data<operations["listBuckets"]>>>;
    /**
     * Read one bucket's settings.
     *
     * `GET /storage/v1/bucket/{bucket_id}`
     */
    getBucket(args: Args<operations["getBucket"]>, options?: CallOptions): Promise<Result<Data<operations["getBucket"]>>>;
    /**
     * Create a bucket, public or private, with optional size and type limits.
     *
     * `POST /storage/v1/bucket`
     */
    createBucket(args: Args<operations["createBucket"]>, options?: CallOptions): Promise<Result<Data<operations["createBucket"]>>>;
    /**
     * Delete an empty bucket.
     *
     * `DELETE /storage/v1/bucket/{bucket_id}`
     */
    deleteBucket(args: Args<operations["deleteBucket"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBucket"]>>>;
    /**
     * List the objects and folders under a prefix in a bucket.
     *
     * `POST /storage/v1/object/list/{bucket_id}`
     */
    listObjects: {
        (args: Args<operations["listObjects"]>, options?: CallOptions): Promise<Result<Data<operations["listObjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listObjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listObjects"]>, void, undefined>;
    };
    /**
     * Upload a file to a path in a bucket, sending the raw bytes as the body.
     *
     * `POST /storage/v1/object/{bucket_id}/{path}`
     */
    uploadObject(args: Args<operations["uploadObject"]>, options?: CallOptions): Promise<Result<Data<operations["uploadObject"]>>>;
    /**
     * Download a file from a bucket.
     *
     * `GET /storage/v1/object/{bucket_id}/{path}`
     */
    downloadObject(args: Args<operations["downloadObject"]>, options?: CallOptions): Promise<Result<Data<operations["downloadObject"]>>>;
    /**
     * Delete one file from a bucket.
     *
     * `DELETE /storage/v1/object/{bucket_id}/{path}`
     */
    deleteObject(args: Args<operations["deleteObject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteObject"]>>>;
}

const routes = {
    getRestSchema: {"method":"GET","path":"/rest/v1/"},
    selectRows: {"method":"GET","path":"/rest/v1/{table_name}","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    insertRows: {"method":"POST","path":"/rest/v1/{table_name}","body":"application/json"},
    updateRows: {"method":"PATCH","path":"/rest/v1/{table_name}","body":"application/json"},
    deleteRows: {"method":"DELETE","path":"/rest/v1/{table_name}"},
    getAuthHealth: {"method":"GET","path":"/auth/v1/health"},
    getAuthSettings: {"method":"GET","path":"/auth/v1/settings"},
    listUsers: {"method":"GET","path":"/auth/v1/admin/users","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"users"}},
    getUser: {"method":"GET","path":"/auth/v1/admin/users/{user_id}"},
    createUser: {"method":"POST","path":"/auth/v1/admin/users","body":"application/json"},
    deleteUser: {"method":"DELETE","path":"/auth/v1/admin/users/{user_id}","body":"application/json"},
    listBuckets: {"method":"GET","path":"/storage/v1/bucket"},
    getBucket: {"method":"GET","path":"/storage/v1/bucket/{bucket_id}"},
    createBucket: {"method":"POST","path":"/storage/v1/bucket","body":"application/json"},
    deleteBucket: {"method":"DELETE","path":"/storage/v1/bucket/{bucket_id}"},
    listObjects: {"method":"POST","path":"/storage/v1/object/list/{bucket_id}","body":"application/json","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","in":"body"}},
    uploadObject: {"method":"POST","path":"/storage/v1/object/{bucket_id}/{path}","body":"application/octet-stream"},
    downloadObject: {"method":"GET","path":"/storage/v1/object/{bucket_id}/{path}","binary":true},
    deleteObject: {"method":"DELETE","path":"/storage/v1/object/{bucket_id}/{path}"},
} satisfies Record<string, Route>;

/**
 * The Supabase client: `const api = supabase(new Switchboard({ baseUrl, apiKey }))`.
 */
export function supabase(client: Switchboard): SupabaseClient {
    const app = "supabase";
    return {
        getRestSchema: (args, options) => client.call(app, routes.getRestSchema, args, options),
        selectRows: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.selectRows, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.selectRows, args, options) }) as SupabaseClient["selectRows"],
        insertRows: (args, options) => client.call(app, routes.insertRows, args, options),
        updateRows: (args, options) => client.call(app, routes.updateRows, args, options),
        deleteRows: (args, options) => client.call(app, routes.deleteRows, args, options),
        getAuthHealth: (args, options) => client.call(app, routes.getAuthHealth, args, options),
        getAuthSettings: (args, options) => client.call(app, routes.getAuthSettings, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as SupabaseClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        createUser: (args, options) => client.call(app, routes.createUser, args, options),
        deleteUser: (args, options) => client.call(app, routes.deleteUser, args, options),
        listBuckets: (args, options) => client.call(app, routes.listBuckets, args, options),
        getBucket: (args, options) => client.call(app, routes.getBucket, args, options),
        createBucket: (args, options) => client.call(app, routes.createBucket, args, options),
        deleteBucket: (args, options) => client.call(app, routes.deleteBucket, args, options),
        listObjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listObjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listObjects, args, options) }) as SupabaseClient["listObjects"],
        uploadObject: (args, options) => client.call(app, routes.uploadObject, args, options),
        downloadObject: (args, options) => client.call(app, routes.downloadObject, args, options),
        deleteObject: (args, options) => client.call(app, routes.deleteObject, args, options),
    };
}