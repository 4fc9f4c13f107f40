// Generated from providers/clio.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clio.js';

/**
 * Clio through the Switchboard gateway: Matters, contacts, time and expense activities, tasks, calendar entries, documents, users and bills of a Clio Manage law firm account.
 */
export interface ClioClient {
    /**
     * List matters with the fields asked for, optionally by status, client or lawyer.
     *
     * `GET /api/v4/matters`
     */
    listMatters(args?: Args<operations["listMatters"]>, options?: CallOptions): Promise<Result<Data<operations["listMatters"]>>>;
    /**
     * Read one matter with the fields asked for.
     *
     * `GET /api/v4/matters/{id}`
     */
    getMatter(args: Args<operations["getMatter"]>, options?: CallOptions): Promise<Result<Data<operations["getMatter"]>>>;
    /**
     * Open a matter for a client.
     *
     * `POST /api/v4/matters`
     */
    createMatter(args: Args<operations["createMatter"]>, options?: CallOptions): Promise<Result<Data<operations["createMatter"]>>>;
    /**
     * Change fields of a matter.
     *
     * `PATCH /api/v4/matters/{id}`
     */
    updateMatter(args: Args<operations["updateMatter"]>, options?: CallOptions): Promise<Result<Data<operations["updateMatter"]>>>;
    /**
     * Delete a matter.
     *
     * `DELETE /api/v4/matters/{id}`
     */
    deleteMatter(args: Args<operations["deleteMatter"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMatter"]>>>;
    /**
     * List people and companies in the firm's contacts, optionally by type or search text.
     *
     * `GET /api/v4/contacts`
     */
    listContacts(args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
    /**
     * Read one contact with the fields asked for.
     *
     * `GET /api/v4/contacts/{id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Add a person (first and last name) or a company (name) to the contacts.
     *
     * `POST /api/v4/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change fields of a contact.
     *
     * `PATCH /api/v4/contacts/{id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /api/v4/contacts/{id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List time and expense entries, optionally by matter, user, type or date range.
     *
     * `GET /api/v4/activities`
     */
    listActivities(args?: Args<operations["listActivities"]>, options?: CallOptions): Promise<Result<Data<operations["listActivities"]>>>;
    /**
     * Read one time or expense entry.
     *
     * `GET /api/v4/activities/{id}`
     */
    getActivity(args: Args<operations["getActivity"]>, options?: CallOptions): Promise<Result<Data<operations["getActivity"]>>>;
    /**
     * Record a time entry (quantity in seconds) or an expense against a matter.
     *
     * `POST /api/v4/activities`
     */
    createActivity(args: Args<operations["createActivity"]>, options?: CallOptions): Promise<Result<Data<operations["createActivity"]>>>;
    /**
     * Change fields of a time or expense entry.
     *
     * `PATCH /api/v4/activities/{id}`
     */
    updateActivity(args: Args<operations["updateActivity"]>, options?: CallOptions): Promise<Result<Data<operations["updateActivity"]>>>;
    /**
     * Delete a time or expense entry.
     *
     * `DELETE /api/v4/activities/{id}`
     */
    deleteActivity(args: Args<operations["deleteActivity"]>, options?: CallOptions): Promise<Result<Data<operations["deleteActivity"]>>>;
    /**
     * List tasks, optionally by matter, assignee, status, priority or due date.
     *
     * `GET /api/v4/tasks`
     */
    listTasks(args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
    /**
     * Read one task.
     *
     * `GET /api/v4/tasks/{id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task for a user or contact, optionally on a matter.
     *
     * `POST /api/v4/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change fields of a task, such as marking it complete.
     *
     * `PATCH /api/v4/tasks/{id}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /api/v4/tasks/{id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List calendar entries, optionally within a time window, on a calendar or for a matter.
     *
     * `GET /api/v4/calendar_entries`
     */
    listCalendarEntries(args?: Args<operations["listCalendarEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendarEntries"]>>>;
    /**
     * Read one calendar entry.
     *
     * `GET /api/v4/calendar_entries/{id}`
     */
    getCalendarEntry(args: Args<operations["getCalendarEntry"]>, options?: CallOptions): Promise<Result<Data<operations["getCalendarEntry"]>>>;
    /**
     * Put an entry on a user's calendar.
     *
     * `POST /api/v4/calendar_entries`
     */
    createCalendarEntry(args: Args<operations["createCalendarEntry"]>, options?: CallOptions): Promise<Result<Data<operations["createCalendarEntry"]>>>;
    /**
     * Change fields of a calendar entry, including linking it to a matter.
     *
     * `PATCH /api/v4/calendar_entries/{id}`
     */
    updateCalendarEntry(args: Args<operations["updateCalendarEntry"]>, options?: CallOptions): Promise<Result<Data<operations["updateCalendarEntry"]>>>;
    /**
     * Delete a calendar entry.
     *
     * `DELETE /api/v4/calendar_entries/{id}`
     */
    deleteCalendarEntry(args: Args<operations["deleteCalendarEntry"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCalendarEntry"]>>>;
    /**
     * List documents, optionally in a folder or on a matter or contact.
     *
     * `GET /api/v4/documents`
     */
    listDocuments(args?: Args<operations["listDocuments"]>, options?: CallOptions): Promise<Result<Data<operations["listDocuments"]>>>;
    /**
     * Read one document's details (not its contents).
     *
     * `GET /api/v4/documents/{id}`
     */
    getDocument(args: Args<operations["getDocument"]>, options?: CallOptions): Promise<Result<Data<operations["getDocument"]>>>;
    /**
     * Download the contents of a document's latest (or a given) version.
     *
     * `GET /api/v4/documents/{id}/download`
     */
    downloadDocument(args: Args<operations["downloadDocument"]>, options?: CallOptions): Promise<Result<Data<operations["downloadDocument"]>>>;
    /**
     * Read the Clio user the token belongs to.
     *
     * `GET /api/v4/users/who_am_i`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the firm's Clio users.
     *
     * `GET /api/v4/users`
     */
    listUsers(args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
    /**
     * List bills, optionally by client, matter, state or issue and due dates.
     *
     * `GET /api/v4/bills`
     */
    listBills(args?: Args<operations["listBills"]>, options?: CallOptions): Promise<Result<Data<operations["listBills"]>>>;
    /**
     * Read one bill.
     *
     * `GET /api/v4/bills/{id}`
     */
    getBill(args: Args<operations["getBill"]>, options?: CallOptions): Promise<Result<Data<operations["getBill"]>>>;
}

const routes = {
    listMatters: {"method":"GET","path":"/api/v4/matters"},
    getMatter: {"method":"GET","path":"/api/v4/matters/{id}"},
    createMatter: {"method":"POST","path":"/api/v4/matters","body":"application/json"},
    updateMatter: {"method":"PATCH","path":"/api/v4/matters/{id}","body":"application/json"},
    deleteMatter: {"method":"DELETE","path":"/api/v4/matters/{id}"},
    listContacts: {"method":"GET","path":"/api/v4/contacts"},
    getContact: {"method":"GET","path":"/api/v4/contacts/{id}"},
    createContact: {"method":"POST","path":"/api/v4/contacts","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/api/v4/contacts/{id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/api/v4/contacts/{id}"},
    listActivities: {"method":"GET","path":"/api/v4/activities"},
    getActivity: {"method":"GET","path":"/api/v4/activities/{id}"},
    createActivity: {"method":"POST","path":"/api/v4/activities","body":"application/json"},
    updateActivity: {"method":"PATCH","path":"/api/v4/activities/{id}","body":"application/json"},
    deleteActivity: {"method":"DELETE","path":"/api/v4/activities/{id}"},
    listTasks: {"method":"GET","path":"/api/v4/tasks"},
    getTask: {"method":"GET","path":"/api/v4/tasks/{id}"},
    createTask: {"method":"POST","path":"/api/v4/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/api/v4/tasks/{id}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/api/v4/tasks/{id}"},
    listCalendarEntries: {"method":"GET","path":"/api/v4/calendar_entries"},
    getCalendarEntry: {"method":"GET","path":"/api/v4/calendar_entries/{id}"},
    createCalendarEntry: {"method":"POST","path":"/api/v4/calendar_entries","body":"application/json"},
    updateCalendarEntry: {"method":"PATCH","path":"/api/v4/calendar_entries/{id}","body":"application/json"},
    deleteCalendarEntry: {"method":"DELETE","path":"/api/v4/calendar_entries/{id}"},
    listDocuments: {"method":"GET","path":"/api/v4/documents"},
    getDocument: {"method":"GET","path":"/api/v4/documents/{id}"},
    downloadDocument: {"method":"GET","path":"/api/v4/documents/{id}/download","binary":true},
    getCurrentUser: {"method":"GET","path":"/api/v4/users/who_am_i"},
    listUsers: {"method":"GET","path":"/api/v4/users"},
    listBills: {"method":"GET","path":"/api/v4/bills"},
    getBill: {"method":"GET","path":"/api/v4/bills/{id}"},
} satisfies Record<string, Route>;

/**
 * The Clio client: `const api = clio(new Switchboard({ baseUrl, apiKey }))`.
 */
export function clio(client: Switchboard): ClioClient {
    const app = "clio";
    return {
        listMatters: (args, options) => client.call(app, routes.listMatters, args, options),
        getMatter: (args, options) => client.call(app, routes.getMatter, args, options),
        createMatter: (args, options) => client.call(app, routes.createMatter, args, options),
        updateMatter: (args, options) => client.call(app, routes.updateMatter, args, options),
        deleteMatter: (args, options) => client.call(app, routes.deleteMatter, args, options),
        listContacts: (args, options) => client.call(app, routes.listContacts, args, options),
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listActivities: (args, options) => client.call(app, routes.listActivities, args, options),
        getActivity: (args, options) => client.call(app, routes.getActivity, args, options),
        createActivity: (args, options) => client.call(app, routes.createActivity, args, options),
        updateActivity: (args, options) => client.call(app, routes.updateActivity, args, options),
        deleteActivity: (args, options) => client.call(app, routes.deleteActivity, args, options),
        listTasks: (args, options) => client.call(app, routes.listTasks, args, options),
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listCalendarEntries: (args, options) => client.call(app, routes.listCalendarEntries, args, options),
        getCalendarEntry: (args, options) => client.call(app, routes.getCalendarEntry, args, options),
        createCalendarEntry: (args, options) => client.call(app, routes.createCalendarEntry, args, options),
        updateCalendarEntry: (args, options) => client.call(app, routes.updateCalendarEntry, args, options),
        deleteCalendarEntry: (args, options) => client.call(app, routes.deleteCalendarEntry, args, options),
        listDocuments: (args, options) => client.call(app, routes.listDocuments, args, options),
        getDocument: (args, options) => client.call(app, routes.getDocument, args, options),
        downloadDocument: (args, options) => client.call(app, routes.downloadDocument, args, options),
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listUsers: (args, options) => client.call(app, routes.listUsers, args, options),
        listBills: (args, options) => client.call(app, routes.listBills, args, options),
        getBill: (args, options) => client.call(app, routes.getBill, args, options),
    };
}