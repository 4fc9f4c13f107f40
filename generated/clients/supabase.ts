// Generated from providers/supabase.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/supabase.js';

/**
 * Supabase through the Switchboard gateway: A Supabase project's database tables through PostgREST, its Auth users and its Storage buckets and files.
 */
export interface SupabaseClient {
    /** Read the OpenAPI description PostgREST generates for the exposed tables, views and functions. `GET /rest/v1/` */
    getRestSchema: Call<operations["getRestSchema"]>;
    /** Read rows of a table or view, with column selection, filters, ordering and paging. `GET /rest/v1/{table_name}` */
    selectRows: Paged<operations["selectRows"]>;
    /** Insert one row or an array of rows, or upsert them with a resolution preference. `POST /rest/v1/{table_name}` */
    insertRows: Call<operations["insertRows"]>;
    /** Update every row matching the query filters with the columns in the body. `PATCH /rest/v1/{table_name}` */
    updateRows: Call<operations["updateRows"]>;
    /** Delete every row matching the query filters. `DELETE /rest/v1/{table_name}` */
    deleteRows: Call<operations["deleteRows"]>;
    /** Check that the project's Auth server is up and see its version. `GET /auth/v1/health` */
    getAuthHealth: Call<operations["getAuthHealth"]>;
    /** Show which sign-in providers are enabled and whether sign-ups are open. `GET /auth/v1/settings` */
    getAuthSettings: Call<operations["getAuthSettings"]>;
    /** List the project's users a page at a time (service key required). `GET /auth/v1/admin/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user with their identities and metadata. `GET /auth/v1/admin/users/{user_id}` */
    getUser: Call<operations["getUser"]>;
    /** Create a user directly, optionally with the email or phone already confirmed. `POST /auth/v1/admin/users` */
    createUser: Call<operations["createUser"]>;
    /** Delete a user, or only mark them deleted with should_soft_delete. `DELETE /auth/v1/admin/users/{user_id}` */
    deleteUser: Call<operations["deleteUser"]>;
    /** List the project's Storage buckets. `GET /storage/v1/bucket` */
    listBuckets: Call<operations["listBuckets"]>;
    /** Read one bucket's settings. `GET /storage/v1/bucket/{bucket_id}` */
    getBucket: Call<operations["getBucket"]>;
    /** Create a bucket, public or private, with optional size and type limits. `POST /storage/v1/bucket` */
    createBucket: Call<operations["createBucket"]>;
    /** Delete an empty bucket. `DELETE /storage/v1/bucket/{bucket_id}` */
    deleteBucket: Call<operations["deleteBucket"]>;
    /** List the objects and folders under a prefix in a bucket. `POST /storage/v1/object/list/{bucket_id}` */
    listObjects: Paged<operations["listObjects"]>;
    /** Upload a file to a path in a bucket, sending the raw bytes as the body. `POST /storage/v1/object/{bucket_id}/{path}` */
    uploadObject: Call<operations["uploadObject"]>;
    /** Download a file from a bucket. `GET /storage/v1/object/{bucket_id}/{path}` */
    downloadObject: Call<operations["downloadObject"]>;
    /** Delete one file from a bucket. `DELETE /storage/v1/object/{bucket_id}/{path}` */
    deleteObject: Call<operations["deleteObject"]>;
}

const routes: Routes<SupabaseClient> = {
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
};

/**
 * The Supabase client: `const api = supabase(new Switchboard({ baseUrl, apiKey }))`.
 */
export const supabase = (sb: Switchboard): SupabaseClient => bindClient<SupabaseClient>(sb, "supabase", routes);
