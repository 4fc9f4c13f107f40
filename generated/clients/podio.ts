// Generated from providers/podio.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/podio.js';

/**
 * Podio through the Switchboard gateway: Organizations, workspaces, apps, items, tasks and comments in Podio.
 */
export interface PodioClient {
    /** List the organizations the user belongs to, each with the spaces the user can see. `GET /org/` */
    listOrganizations: Call<operations["listOrganizations"]>;
    /** Read one organization. `GET /org/{org_id}` */
    getOrganization: Call<operations["getOrganization"]>;
    /** List the spaces of an organization that the user is a member of. `GET /space/org/{org_id}/` */
    listOrganizationSpaces: Call<operations["listOrganizationSpaces"]>;
    /** Read one space. `GET /space/{space_id}` */
    getSpace: Call<operations["getSpace"]>;
    /** Create a space in an organization. `POST /org/{org_id}/space/` */
    createSpace: Call<operations["createSpace"]>;
    /** List the apps of a space. `GET /app/space/{space_id}/` */
    listSpaceApps: Call<operations["listSpaceApps"]>;
    /** Read one app with its field definitions, which give the field ids and option ids items use. `GET /app/{app_id}` */
    getApp: Call<operations["getApp"]>;
    /** List an app's items matching field filters, sorted and paged. `POST /item/app/{app_id}/filter/` */
    filterItems: Paged<operations["filterItems"]>;
    /** Read one item with its field values. `GET /item/{item_id}` */
    getItem: Call<operations["getItem"]>;
    /** Create an item in an app from field values. `POST /item/app/{app_id}/` */
    createItem: Call<operations["createItem"]>;
    /** Change field values of an item; fields not sent keep their values. `PUT /item/{item_id}` */
    updateItem: Call<operations["updateItem"]>;
    /** Delete an item together with its tasks. `DELETE /item/{item_id}` */
    deleteItem: Call<operations["deleteItem"]>;
    /** List tasks matching at least one of the org, space, app, person or reference filters. `GET /task/` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task. `GET /task/{task_id}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task, optionally attached to an item or other object and assigned to someone. `POST /task/` */
    createTask: Call<operations["createTask"]>;
    /** Mark a task completed. `POST /task/{task_id}/complete` */
    completeTask: Call<operations["completeTask"]>;
    /** Delete a task. `DELETE /task/{task_id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List the comments on an item, task, status or other object. `GET /comment/{type}/{id}/` */
    listComments: Paged<operations["listComments"]>;
    /** Add a comment to an item, task, status or other object. `POST /comment/{type}/{id}` */
    createComment: Call<operations["createComment"]>;
    /** Read the current user's account, profile and unread counts. `GET /user/status` */
    getUserStatus: Call<operations["getUserStatus"]>;
}

const routes: Routes<PodioClient> = {
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
};

/**
 * The Podio client: `const api = podio(new Switchboard({ baseUrl, apiKey }))`.
 */
export const podio = (sb: Switchboard): PodioClient => bindClient<PodioClient>(sb, "podio", routes);
