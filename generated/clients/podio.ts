// Generated from providers/podio.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/podio.js';

/**
 * Podio through the Switchboard gateway: Organizations, workspaces, apps, items, tasks and comments in Podio.
 */
export interface PodioClient {
    /**
     * List the organizations the user belongs to, each with the spaces the user can see.
     *
     * `GET /org/`
     */
    listOrganizations(args?: Args<operations["listOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizations"]>>>;
    /**
     * Read one organization.
     *
     * `GET /org/{org_id}`
     */
    getOrganization(args: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * List the spaces of an organization that the user is a member of.
     *
     * `GET /space/org/{org_id}/`
     */
    listOrganizationSpaces(args: Args<operations["listOrganizationSpaces"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationSpaces"]>>>;
    /**
     * Read one space.
     *
     * `GET /space/{space_id}`
     */
    getSpace(args: Args<operations["getSpace"]>, options?: CallOptions): Promise<Result<Data<operations["getSpace"]>>>;
    /**
     * Create a space in an organization.
     *
     * `POST /org/{org_id}/space/`
     */
    createSpace(args: Args<operations["createSpace"]>, options?: CallOptions): Promise<Result<Data<operations["createSpace"]>>>;
    /**
     * List the apps of a space.
     *
     * `GET /app/space/{space_id}/`
     */
    listSpaceApps(args: Args<operations["listSpaceApps"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaceApps"]>>>;
    /**
     * Read one app with its field definitions, which give the field ids and option ids items use.
     *
     * `GET /app/{app_id}`
     */
    getApp(args: Args<operations["getApp"]>, options?: CallOptions): Promise<Result<Data<operations["getApp"]>>>;
    /**
     * List an app's items matching field filters, sorted and paged.
     *
     * `POST /item/app/{app_id}/filter/`
     */
    filterItems: {
        (args: Args<operations["filterItems"]>, options?: CallOptions): Promise<Result<Data<operations["filterItems"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["filterItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["filterItems"]>, void, undefined>;
    };
    /**
     * Read one item with its field values.
     *
     * `GET /item/{item_id}`
     */
    getItem(args: Args<operations["getItem"]>, options?: CallOptions): Promise<Result<Data<operations["getItem"]>>>;
    /**
     * Create an item in an app from field values.
     *
     * `POST /item/app/{app_id}/`
     */
    createItem(args: Args<operations["createItem"]>, options?: CallOptions): Promise<Result<Data<operations["createItem"]>>>;
    /**
     * Change field values of an item; fields not sent keep their values.
     *
     * `PUT /item/{item_id}`
     */
    updateItem(args: Args<operations["updateItem"]>, options?: CallOptions): Promise<Result<Data<operations["updateItem"]>>>;
    /**
     * Delete an item together with its tasks.
     *
     * `DELETE /item/{item_id}`
     */
    deleteItem(args: Args<operations["deleteItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteItem"]>>>;
    /**
     * List tasks matching at least one of the org, space, app, person or reference filters.
     *
     * `GET /task/`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task.
     *
     * `GET /task/{task_id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task, optionally attached to an item or other object and assigned to someone.
     *
     * `POST /task/`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Mark a task completed.
     *
     * `POST /task/{task_id}/complete`
     */
    completeTask(args: Args<operations["completeTask"]>, options?: CallOptions): Promise<Result<Data<operations["completeTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /task/{task_id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List the comments on an item, task, status or other object.
     *
     * `GET /comment/{type}/{id}/`
     */
    listComments: {
        (args: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listComments"]>, void, undefined>;
    };
    /**
     * Add a comment to an item, task, status or other object.
     *
     * `POST /comment/{type}/{id}`
     */
    createComment(args: Args<operations["createComment"]>, options?: CallOptions): Promise<Result<Data<operations["createComment"]>>>;
    /**
     * Read the current user's account, profile and unread counts.
     *
     * `GET /user/status`
     */
    getUserStatus(args?: Args<operations["getUserStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getUserStatus"]>>>;
}

const routes = {
    listOrganizations: {"method":"GET","path":"/org/"},
    getOrganization: {"method":"GET","path":"/org/{org_id}"},
    listOrganizationSpaces: {"method":"GET","path":"/space/org/{org_id}/"},
    getSpace: {"method":"GET","path":"/space/{space_id}"},
    createSpace: {"method":"POST","path":"/org/{org_id}/space/","body":"application/json"},
    listSpaceApps: {"method":"GET","path":"/app/space/{space_id}/"},
    getApp: {"method":"GET","path":"/app/{app_id}"},
    filterItems: {"method":"POST","path":"/item/app/{app_id}/filter/","body":"application/json","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"items","total":"filtered","in":"body"}},
    getItem: {"method":"GET","path":"/item/{item_id}"},
    createItem: {"method":"POST","path":"/item/app/{app_id}/","body":"application/json"},
    updateItem: {"method":"PUT","path":"/item/{item_id}","body":"application/json"},
    deleteItem: {"method":"DELETE","path":"/item/{item_id}"},
    listTasks: {"method":"GET","path":"/task/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    getTask: {"method":"GET","path":"/task/{task_id}"},
    createTask: {"method":"POST","path":"/task/","body":"application/json"},
    completeTask: {"method":"POST","path":"/task/{task_id}/complete"},
    deleteTask: {"method":"DELETE","path":"/task/{task_id}"},
    listComments: {"method":"GET","path":"/comment/{type}/{id}/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    createComment: {"method":"POST","path":"/comment/{type}/{id}","body":"application/json"},
    getUserStatus: {"method":"GET","path":"/user/status"},
} satisfies Record<string, Route>;

/**
 * The Podio client: `const api = podio(new Switchboard({ baseUrl, apiKey }))`.
 */
export function podio(client: Switchboard): PodioClient {
    const app = "podio";
    return {
        listOrganizations: (args, options) => client.call(app, routes.listOrganizations, args, options),
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        listOrganizationSpaces: (args, options) => client.call(app, routes.listOrganizationSpaces, args, options),
        getSpace: (args, options) => client.call(app, routes.getSpace, args, options),
        createSpace: (args, options) => client.call(app, routes.createSpace, args, options),
        listSpaceApps: (args, options) => client.call(app, routes.listSpaceApps, args, options),
        getApp: (args, options) => client.call(app, routes.getApp, args, options),
        filterItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.filterItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.filterItems, args, options) }) as PodioClient["filterItems"],
        getItem: (args, options) => client.call(app, routes.getItem, args, options),
        createItem: (args, options) => client.call(app, routes.createItem, args, options),
        updateItem: (args, options) => client.call(app, routes.updateItem, args, options),
        deleteItem: (args, options) => client.call(app, routes.deleteItem, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as PodioClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        completeTask: (args, options) => client.call(app, routes.completeTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listComments, args, options) }) as PodioClient["listComments"],
        createComment: (args, options) => client.call(app, routes.createComment, args, options),
        getUserStatus: (args, options) => client.call(app, routes.getUserStatus, args, options),
    };
}