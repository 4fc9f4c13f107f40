// Generated from providers/clio.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clio.js';

/**
 * Clio through the Switchboard gateway: Matters, contacts, time and expense activities, tasks, calendar entries, documents, users and bills of a Clio Manage law firm account.
 */
export interface ClioClient {
    /** List matters with the fields asked for, optionally by status, client or lawyer. `GET /api/v4/matters` */
    listMatters: Call<operations["listMatters"]>;
    /** Read one matter with the fields asked for. `GET /api/v4/matters/{id}` */
    getMatter: Call<operations["getMatter"]>;
    /** Open a matter for a client. `POST /api/v4/matters` */
    createMatter: Call<operations["createMatter"]>;
    /** Change fields of a matter. `PATCH /api/v4/matters/{id}` */
    updateMatter: Call<operations["updateMatter"]>;
    /** Delete a matter. `DELETE /api/v4/matters/{id}` */
    deleteMatter: Call<operations["deleteMatter"]>;
    /** List people and companies in the firm's contacts, optionally by type or search text. `GET /api/v4/contacts` */
    listContacts: Call<operations["listContacts"]>;
    /** Read one contact with the fields asked for. `GET /api/v4/contacts/{id}` */
    getContact: Call<operations["getContact"]>;
    /** Add a person (first and last name) or a company (name) to the contacts. `POST /api/v4/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change fields of a contact. `PATCH /api/v4/contacts/{id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /api/v4/contacts/{id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List time and expense entries, optionally by matter, user, type or date range. `GET /api/v4/activities` */
    listActivities: Call<operations["listActivities"]>;
    /** Read one time or expense entry. `GET /api/v4/activities/{id}` */
    getActivity: Call<operations["getActivity"]>;
    /** Record a time entry (quantity in seconds) or an expense against a matter. `POST /api/v4/activities` */
    createActivity: Call<operations["createActivity"]>;
    /** Change fields of a time or expense entry. `PATCH /api/v4/activities/{id}` */
    updateActivity: Call<operations["updateActivity"]>;
    /** Delete a time or expense entry. `DELETE /api/v4/activities/{id}` */
    deleteActivity: Call<operations["deleteActivity"]>;
    /** List tasks, optionally by matter, assignee, status, priority or due date. `GET /api/v4/tasks` */
    listTasks: Call<operations["listTasks"]>;
    /** Read one task. `GET /api/v4/tasks/{id}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task for a user or contact, optionally on a matter. `POST /api/v4/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change fields of a task, such as marking it complete. `PATCH /api/v4/tasks/{id}` */
    updateTask: Call<operations["updateTask"]>;
    /** Delete a task. `DELETE /api/v4/tasks/{id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List calendar entries, optionally within a time window, on a calendar or for a matter. `GET /api/v4/calendar_entries` */
    listCalendarEntries: Call<operations["listCalendarEntries"]>;
    /** Read one calendar entry. `GET /api/v4/calendar_entries/{id}` */
    getCalendarEntry: Call<operations["getCalendarEntry"]>;
    /** Put an entry on a user's calendar. `POST /api/v4/calendar_entries` */
    createCalendarEntry: Call<operations["createCalendarEntry"]>;
    /** Change fields of a calendar entry, including linking it to a matter. `PATCH /api/v4/calendar_entries/{id}` */
    updateCalendarEntry: Call<operations["updateCalendarEntry"]>;
    /** Delete a calendar entry. `DELETE /api/v4/calendar_entries/{id}` */
    deleteCalendarEntry: Call<operations["deleteCalendarEntry"]>;
    /** List documents, optionally in a folder or on a matter or contact. `GET /api/v4/documents` */
    listDocuments: Call<operations["listDocuments"]>;
    /** Read one document's details (not its contents). `GET /api/v4/documents/{id}` */
    getDocument: Call<operations["getDocument"]>;
    /** Download the contents of a document's latest (or a given) version. `GET /api/v4/documents/{id}/download` */
    downloadDocument: Call<operations["downloadDocument"]>;
    /** Read the Clio user the token belongs to. `GET /api/v4/users/who_am_i` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the firm's Clio users. `GET /api/v4/users` */
    listUsers: Call<operations["listUsers"]>;
    /** List bills, optionally by client, matter, state or issue and due dates. `GET /api/v4/bills` */
    listBills: Call<operations["listBills"]>;
    /** Read one bill. `GET /api/v4/bills/{id}` */
    getBill: Call<operations["getBill"]>;
}

const routes: Routes<ClioClient> = {
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
};

/**
 * The Clio client: `const api = clio(new Switchboard({ baseUrl, apiKey }))`.
 */
export const clio = (sb: Switchboard): ClioClient => bindClient<ClioClient>(sb, "clio", routes);
