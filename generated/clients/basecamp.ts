// Generated from providers/basecamp.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/basecamp.js';

/**
 * Basecamp through the Switchboard gateway: Projects, people, to-dos, message boards, schedules, documents and chats of a Basecamp account.
 */
export interface BasecampClient {
    /** Read the profile of the user the token belongs to. `GET /my/profile.json` */
    getMyProfile: Call<operations["getMyProfile"]>;
    /** List everyone visible to the user in the account. `GET /people.json` */
    listPeople: Paged<operations["listPeople"]>;
    /** List active projects the user can reach, each with its dock of tools. `GET /projects.json` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project and its dock of tools. `GET /projects/{project_id}.json` */
    getProject: Call<operations["getProject"]>;
    /** Create a project. `POST /projects.json` */
    createProject: Call<operations["createProject"]>;
    /** Read a project's to-do set, the container of its to-do lists. `GET /buckets/{project_id}/todosets/{todoset_id}.json` */
    getTodoset: Call<operations["getTodoset"]>;
    /** List the to-do lists of a to-do set. `GET /buckets/{project_id}/todosets/{todoset_id}/todolists.json` */
    listTodolists: Paged<operations["listTodolists"]>;
    /** List the to-dos of a to-do list, open ones unless completed=true. `GET /buckets/{project_id}/todolists/{todolist_id}/todos.json` */
    listTodos: Paged<operations["listTodos"]>;
    /** Add a to-do to a to-do list, optionally with assignees and dates. `POST /buckets/{project_id}/todolists/{todolist_id}/todos.json` */
    createTodo: Call<operations["createTodo"]>;
    /** Mark a to-do completed. `POST /buckets/{project_id}/todos/{todo_id}/completion.json` */
    completeTodo: Call<operations["completeTodo"]>;
    /** Read a project's message board. `GET /buckets/{project_id}/message_boards/{message_board_id}.json` */
    getMessageBoard: Call<operations["getMessageBoard"]>;
    /** List the messages posted on a message board. `GET /buckets/{project_id}/message_boards/{message_board_id}/messages.json` */
    listMessages: Paged<operations["listMessages"]>;
    /** Read a project's schedule. `GET /buckets/{project_id}/schedules/{schedule_id}.json` */
    getSchedule: Call<operations["getSchedule"]>;
    /** List the events of a schedule, upcoming ones unless status says otherwise. `GET /buckets/{project_id}/schedules/{schedule_id}/entries.json` */
    listScheduleEntries: Paged<operations["listScheduleEntries"]>;
    /** Read a vault (Docs & Files folder) with counts of its documents, uploads and sub-vaults. `GET /buckets/{project_id}/vaults/{vault_id}.json` */
    getVault: Call<operations["getVault"]>;
    /** List the documents in a vault. `GET /buckets/{project_id}/vaults/{vault_id}/documents.json` */
    listDocuments: Paged<operations["listDocuments"]>;
    /** List the Campfire chats of all projects the user can reach. `GET /chats.json` */
    listChats: Paged<operations["listChats"]>;
    /** Move any content item (to-do, message, document, …) to the trash. `PUT /buckets/{project_id}/recordings/{recording_id}/status/trashed.json` */
    trashRecording: Call<operations["trashRecording"]>;
}

const routes: Routes<BasecampClient> = {
    getMyProfile: {"method":"GET","path":"/my/profile.json"},
    listPeople: {"method":"GET","path":"/people.json","paging":{"style":"link"}},
    listProjects: {"method":"GET","path":"/projects.json","paging":{"style":"link"}},
    getProject: {"method":"GET","path":"/projects/{project_id}.json"},
    createProject: {"method":"POST","path":"/projects.json","body":"application/json"},
    getTodoset: {"method":"GET","path":"/buckets/{project_id}/todosets/{todoset_id}.json"},
    listTodolists: {"method":"GET","path":"/buckets/{project_id}/todosets/{todoset_id}/todolists.json","paging":{"style":"link"}},
    listTodos: {"method":"GET","path":"/buckets/{project_id}/todolists/{todolist_id}/todos.json","paging":{"style":"link"}},
    createTodo: {"method":"POST","path":"/buckets/{project_id}/todolists/{todolist_id}/todos.json","body":"application/json"},
    completeTodo: {"method":"POST","path":"/buckets/{project_id}/todos/{todo_id}/completion.json"},
    getMessageBoard: {"method":"GET","path":"/buckets/{project_id}/message_boards/{message_board_id}.json"},
    listMessages: {"method":"GET","path":"/buckets/{project_id}/message_boards/{message_board_id}/messages.json","paging":{"style":"link"}},
    getSchedule: {"method":"GET","path":"/buckets/{project_id}/schedules/{schedule_id}.json"},
    listScheduleEntries: {"method":"GET","path":"/buckets/{project_id}/schedules/{schedule_id}/entries.json","paging":{"style":"link"}},
    getVault: {"method":"GET","path":"/buckets/{project_id}/vaults/{vault_id}.json"},
    listDocuments: {"method":"GET","path":"/buckets/{project_id}/vaults/{vault_id}/documents.json","paging":{"style":"link"}},
    listChats: {"method":"GET","path":"/chats.json","paging":{"style":"link"}},
    trashRecording: {"method":"PUT","path":"/buckets/{project_id}/recordings/{recording_id}/status/trashed.json"},
};

/**
 * The Basecamp client: `const api = basecamp(new Switchboard({ baseUrl, apiKey }))`.
 */
export const basecamp = (sb: Switchboard): BasecampClient => bindClient<BasecampClient>(sb, "basecamp", routes);
