// Generated from providers/basecamp.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/basecamp.js';

/**
 * Basecamp through the Switchboard gateway: Projects, people, to-dos, message boards, schedules, documents and chats of a Basecamp account.
 */
export interface BasecampClient {
    /**
     * Read the profile of the user the token belongs to.
     *
     * `GET /my/profile.json`
     */
    getMyProfile(args?: Args<operations["getMyProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getMyProfile"]>>>;
    /**
     * List everyone visible to the user in the account.
     *
     * `GET /people.json`
     */
    listPeople: {
        (args?: Args<operations["listPeople"]>, options?: CallOptions): Promise<Result<Data<operations["listPeople"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPeople"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPeople"]>, void, undefined>;
    };
    /**
     * List active projects the user can reach, each with its dock of tools.
     *
     * `GET /projects.json`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project and its dock of tools.
     *
     * `GET /projects/{project_id}.json`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project.
     *
     * `POST /projects.json`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Read a project's to-do set, the container of its to-do lists.
     *
     * `GET /buckets/{project_id}/todosets/{todoset_id}.json`
     */
    getTodoset(args: Args<operations["getTodoset"]>, options?: CallOptions): Promise<Result<Data<operations["getTodoset"]>>>;
    /**
     * List the to-do lists of a to-do set.
     *
     * `GET /buckets/{project_id}/todosets/{todoset_id}/todolists.json`
     */
    listTodolists: {
        (args: Args<operations["listTodolists"]>, options?: CallOptions): Promise<Result<Data<operations["listTodolists"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTodolists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTodolists"]>, void, undefined>;
    };
    /**
     * List the to-dos of a to-do list, open ones unless completed=true.
     *
     * `GET /buckets/{project_id}/todolists/{todolist_id}/todos.json`
     */
    listTodos: {
        (args: Args<operations["listTodos"]>, options?: CallOptions): Promise<Result<Data<operations["listTodos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTodos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTodos"]>, void, undefined>;
    };
    /**
     * Add a to-do to a to-do list, optionally with assignees and dates.
     *
     * `POST /buckets/{project_id}/todolists/{todolist_id}/todos.json`
     */
    createTodo(args: Args<operations["createTodo"]>, options?: CallOptions): Promise<Result<Data<operations["createTodo"]>>>;
    /**
     * Mark a to-do completed.
     *
     * `POST /buckets/{project_id}/todos/{todo_id}/completion.json`
     */
    completeTodo(args: Args<operations["completeTodo"]>, options?: CallOptions): Promise<Result<Data<operations["completeTodo"]>>>;
    /**
     * Read a project's message board.
     *
     * `GET /buckets/{project_id}/message_boards/{message_board_id}.json`
     */
    getMessageBoard(args: Args<operations["getMessageBoard"]>, options?: CallOptions): Promise<Result<Data<operations["getMessageBoard"]>>>;
    /**
     * List the messages posted on a message board.
     *
     * `GET /buckets/{project_id}/message_boards/{message_board_id}/messages.json`
     */
    listMessages: {
        (args: Args<operations["listMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessages"]>, void, undefined>;
    };
    /**
     * Read a project's schedule.
     *
     * `GET /buckets/{project_id}/schedules/{schedule_id}.json`
     */
    getSchedule(args: Args<operations["getSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["getSchedule"]>>>;
    /**
     * List the events of a schedule, upcoming ones unless status says otherwise.
     *
     * `GET /buckets/{project_id}/schedules/{schedule_id}/entries.json`
     */
    listScheduleEntries: {
        (args: Args<operations["listScheduleEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listScheduleEntries"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listScheduleEntries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listScheduleEntries"]>, void, undefined>;
    };
    /**
     * Read a vault (Docs & Files folder) with counts of its documents, uploads and sub-vaults.
     *
     * `GET /buckets/{project_id}/vaults/{vault_id}.json`
     */
    getVault(args: Args<operations["getVault"]>, options?: CallOptions): Promise<Result<Data<operations["getVault"]>>>;
    /**
     * List the documents in a vault.
     *
     * `GET /buckets/{project_id}/vaults/{vault_id}/documents.json`
     */
    listDocuments: {
        (args: Args<operations["listDocuments"]>, options?: CallOptions): Promise<Result<Data<operations["listDocuments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDocuments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDocuments"]>, void, undefined>;
    };
    /**
     * List the Campfire chats of all projects the user can reach.
     *
     * `GET /chats.json`
     */
    listChats: {
        (args?: Args<operations["listChats"]>, options?: CallOptions): Promise<Result<Data<operations["listChats"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listChats"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChats"]>, void, undefined>;
    };
    /**
     * Move any content item (to-do, message, document, …) to the trash.
     *
     * `PUT /buckets/{project_id}/recordings/{recording_id}/status/trashed.json`
     */
    trashRecording(args: Args<operations["trashRecording"]>, options?: CallOptions): Promise<Result<Data<operations["trashRecording"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Basecamp client: `const api = basecamp(new Switchboard({ baseUrl, apiKey }))`.
 */
export function basecamp(client: Switchboard): BasecampClient {
    const app = "basecamp";
    return {
        getMyProfile: (args, options) => client.call(app, routes.getMyProfile, args, options),
        listPeople: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPeople, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPeople, args, options) }) as BasecampClient["listPeople"],
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as BasecampClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        getTodoset: (args, options) => client.call(app, routes.getTodoset, args, options),
        listTodolists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTodolists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTodolists, args, options) }) as BasecampClient["listTodolists"],
        listTodos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTodos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTodos, args, options) }) as BasecampClient["listTodos"],
        createTodo: (args, options) => client.call(app, routes.createTodo, args, options),
        completeTodo: (args, options) => client.call(app, routes.completeTodo, args, options),
        getMessageBoard: (args, options) => client.call(app, routes.getMessageBoard, args, options),
        listMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessages, args, options) }) as BasecampClient["listMessages"],
        getSchedule: (args, options) => client.call(app, routes.getSchedule, args, options),
        listScheduleEntries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listScheduleEntries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listScheduleEntries, args, options) }) as BasecampClient["listScheduleEntries"],
        getVault: (args, options) => client.call(app, routes.getVault, args, options),
        listDocuments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDocuments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDocuments, args, options) }) as BasecampClient["listDocuments"],
        listChats: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChats, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChats, args, options) }) as BasecampClient["listChats"],
        trashRecording: (args, options) => client.call(app, routes.trashRecording, args, options),
    };
}