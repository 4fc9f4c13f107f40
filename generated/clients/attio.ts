// Generated from providers/attio.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/attio.js';

/**
 * Attio through the Switchboard gateway: Objects, records, lists and list entries, notes, tasks, comments, meetings and call recordings of an Attio CRM workspace.
 */
export interface AttioClient {
    /**
     * List the standard and custom objects of the workspace.
     *
     * `GET /v2/objects`
     */
    listObjects(args?: Args<operations["listObjects"]>, options?: CallOptions): Promise<Result<Data<operations["listObjects"]>>>;
    /**
     * Read one object's configuration by slug or id.
     *
     * `GET /v2/objects/{object}`
     */
    getObject(args: Args<operations["getObject"]>, options?: CallOptions): Promise<Result<Data<operations["getObject"]>>>;
    /**
     * List the attributes (fields) defined on an object.
     *
     * `GET /v2/objects/{object}/attributes`
     */
    listAttributes: {
        (args: Args<operations["listAttributes"]>, options?: CallOptions): Promise<Result<Data<operations["listAttributes"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAttributes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAttributes"]>, void, undefined>;
    };
    /**
     * List an object's records, filtered and sorted, a page at a time.
     *
     * `POST /v2/objects/{object}/records/query`
     */
    queryRecords: {
        (args: Args<operations["queryRecords"]>, options?: CallOptions): Promise<Result<Data<operations["queryRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["queryRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["queryRecords"]>, void, undefined>;
    };
    /**
     * Read one record with all its attribute values.
     *
     * `GET /v2/objects/{object}/records/{record_id}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Create a record of an object from attribute values.
     *
     * `POST /v2/objects/{object}/records`
     */
    createRecord(args: Args<operations["createRecord"]>, options?: CallOptions): Promise<Result<Data<operations["createRecord"]>>>;
    /**
     * Change some attribute values of a record, adding to multi-select values.
     *
     * `PATCH /v2/objects/{object}/records/{record_id}`
     */
    updateRecord(args: Args<operations["updateRecord"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecord"]>>>;
    /**
     * Delete a record for good.
     *
     * `DELETE /v2/objects/{object}/records/{record_id}`
     */
    deleteRecord(args: Args<operations["deleteRecord"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecord"]>>>;
    /**
     * List the lists of the workspace that the token may see.
     *
     * `GET /v2/lists`
     */
    listLists(args?: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
    /**
     * Read one list's configuration by slug or id.
     *
     * `GET /v2/lists/{list}`
     */
    getList(args: Args<operations["getList"]>, options?: CallOptions): Promise<Result<Data<operations["getList"]>>>;
    /**
     * List the entries of a list, filtered and sorted, a page at a time.
     *
     * `POST /v2/lists/{list}/entries/query`
     */
    queryListEntries: {
        (args: Args<operations["queryListEntries"]>, options?: CallOptions): Promise<Result<Data<operations["queryListEntries"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["queryListEntries"]>, options?: CallOptions): AsyncGenerator<Data<operations["queryListEntries"]>, void, undefined>;
    };
    /**
     * Add a record to a list, with values for the list's own attributes.
     *
     * `POST /v2/lists/{list}/entries`
     */
    createListEntry(args: Args<operations["createListEntry"]>, options?: CallOptions): Promise<Result<Data<operations["createListEntry"]>>>;
    /**
     * Read one list entry with its values.
     *
     * `GET /v2/lists/{list}/entries/{entry_id}`
     */
    getListEntry(args: Args<operations["getListEntry"]>, options?: CallOptions): Promise<Result<Data<operations["getListEntry"]>>>;
    /**
     * Change some values of a list entry, adding to multi-select values.
     *
     * `PATCH /v2/lists/{list}/entries/{entry_id}`
     */
    updateListEntry(args: Args<operations["updateListEntry"]>, options?: CallOptions): Promise<Result<Data<operations["updateListEntry"]>>>;
    /**
     * Take an entry off a list; the underlying record stays.
     *
     * `DELETE /v2/lists/{list}/entries/{entry_id}`
     */
    deleteListEntry(args: Args<operations["deleteListEntry"]>, options?: CallOptions): Promise<Result<Data<operations["deleteListEntry"]>>>;
    /**
     * List notes, optionally only those on one record.
     *
     * `GET /v2/notes`
     */
    listNotes: {
        (args?: Args<operations["listNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listNotes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listNotes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listNotes"]>, void, undefined>;
    };
    /**
     * Read one note with its content.
     *
     * `GET /v2/notes/{note_id}`
     */
    getNote(args: Args<operations["getNote"]>, options?: CallOptions): Promise<Result<Data<operations["getNote"]>>>;
    /**
     * Add a note to a record.
     *
     * `POST /v2/notes`
     */
    createNote(args: Args<operations["createNote"]>, options?: CallOptions): Promise<Result<Data<operations["createNote"]>>>;
    /**
     * Delete a note.
     *
     * `DELETE /v2/notes/{note_id}`
     */
    deleteNote(args: Args<operations["deleteNote"]>, options?: CallOptions): Promise<Result<Data<operations["deleteNote"]>>>;
    /**
     * List tasks, optionally by linked record, assignee or completion.
     *
     * `GET /v2/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Create a task, optionally linked to records and assigned to members.
     *
     * `POST /v2/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Comment on a record or list entry, or reply in an existing thread by giving thread_id.
     *
     * `POST /v2/comments`
     */
    createComment(args: Args<operations["createComment"]>, options?: CallOptions): Promise<Result<Data<operations["createComment"]>>>;
    /**
     * List meetings, optionally by linked record, participant or time window.
     *
     * `GET /v2/meetings`
     */
    listMeetings: {
        (args?: Args<operations["listMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetings"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMeetings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMeetings"]>, void, undefined>;
    };
    /**
     * Read one meeting.
     *
     * `GET /v2/meetings/{meeting_id}`
     */
    getMeeting(args: Args<operations["getMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["getMeeting"]>>>;
    /**
     * List the call recordings of a meeting.
     *
     * `GET /v2/meetings/{meeting_id}/call_recordings`
     */
    listCallRecordings: {
        (args: Args<operations["listCallRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["listCallRecordings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCallRecordings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCallRecordings"]>, void, undefined>;
    };
    /**
     * Read one call recording of a meeting.
     *
     * `GET /v2/meetings/{meeting_id}/call_recordings/{call_recording_id}`
     */
    getCallRecording(args: Args<operations["getCallRecording"]>, options?: CallOptions): Promise<Result<Data<operations["getCallRecording"]>>>;
    /**
     * List the members of the workspace.
     *
     * `GET /v2/workspace_members`
     */
    listWorkspaceMembers(args?: Args<operations["listWorkspaceMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaceMembers"]>>>;
    /**
     * Describe the current token - its workspace, scopes and whether it is active.
     *
     * `GET /v2/self`
     */
    identifySelf(args?: Args<operations["identifySelf"]>, options?: CallOptions): Promise<Result<Data<operations["identifySelf"]>>>;
}

const routes = {
    listObjects: {"method":"GET","path":"/v2/objects"},
    getObject: {"method":"GET","path":"/v2/objects/{object}"},
    listAttributes: {"method":"GET","path":"/v2/objects/{object}/attributes","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data"}},
    queryRecords: {"method":"POST","path":"/v2/objects/{object}/records/query","body":"application/json","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data","in":"body"}},
    getRecord: {"method":"GET","path":"/v2/objects/{object}/records/{record_id}"},
    createRecord: {"method":"POST","path":"/v2/objects/{object}/records","body":"application/json"},
    updateRecord: {"method":"PATCH","path":"/v2/objects/{object}/records/{record_id}","body":"application/json"},
    deleteRecord: {"method":"DELETE","path":"/v2/objects/{object}/records/{record_id}"},
    listLists: {"method":"GET","path":"/v2/lists"},
    getList: {"method":"GET","path":"/v2/lists/{list}"},
    queryListEntries: {"method":"POST","path":"/v2/lists/{list}/entries/query","body":"application/json","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data","in":"body"}},
    createListEntry: {"method":"POST","path":"/v2/lists/{list}/entries","body":"application/json"},
    getListEntry: {"method":"GET","path":"/v2/lists/{list}/entries/{entry_id}"},
    updateListEntry: {"method":"PATCH","path":"/v2/lists/{list}/entries/{entry_id}","body":"application/json"},
    deleteListEntry: {"method":"DELETE","path":"/v2/lists/{list}/entries/{entry_id}"},
    listNotes: {"method":"GET","path":"/v2/notes","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data"}},
    getNote: {"method":"GET","path":"/v2/notes/{note_id}"},
    createNote: {"method":"POST","path":"/v2/notes","body":"application/json"},
    deleteNote: {"method":"DELETE","path":"/v2/notes/{note_id}"},
    listTasks: {"method":"GET","path":"/v2/tasks","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data"}},
    createTask: {"method":"POST","path":"/v2/tasks","body":"application/json"},
    createComment: {"method":"POST","path":"/v2/comments","body":"application/json"},
    listMeetings: {"method":"GET","path":"/v2/meetings","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.next_cursor"}},
    getMeeting: {"method":"GET","path":"/v2/meetings/{meeting_id}"},
    listCallRecordings: {"method":"GET","path":"/v2/meetings/{meeting_id}/call_recordings","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.next_cursor"}},
    getCallRecording: {"method":"GET","path":"/v2/meetings/{meeting_id}/call_recordings/{call_recording_id}"},
    listWorkspaceMembers: {"method":"GET","path":"/v2/workspace_members"},
    identifySelf: {"method":"GET","path":"/v2/self"},
} satisfies Record<string, Route>;

/**
 * The Attio client: `const api = attio(new Switchboard({ baseUrl, apiKey }))`.
 */
export function attio(client: Switchboard): AttioClient {
    const app = "attio";
    return {
        listObjects: (args, options) => client.call(app, routes.listObjects, args, options),
        getObject: (args, options) => client.call(app, routes.getObject, args, options),
        listAttributes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAttributes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAttributes, args, options) }) as AttioClient["listAttributes"],
        queryRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.queryRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.queryRecords, args, options) }) as AttioClient["queryRecords"],
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        createRecord: (args, options) => client.call(app, routes.createRecord, args, options),
        updateRecord: (args, options) => client.call(app, routes.updateRecord, args, options),
        deleteRecord: (args, options) => client.call(app, routes.deleteRecord, args, options),
        listLists: (args, options) => client.call(app, routes.listLists, args, options),
        getList: (args, options) => client.call(app, routes.getList, args, options),
        queryListEntries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.queryListEntries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.queryListEntries, args, options) }) as AttioClient["queryListEntries"],
        createListEntry: (args, options) => client.call(app, routes.createListEntry, args, options),
        getListEntry: (args, options) => client.call(app, routes.getListEntry, args, options),
        updateListEntry: (args, options) => client.call(app, routes.updateListEntry, args, options),
        deleteListEntry: (args, options) => client.call(app, routes.deleteListEntry, args, options),
        listNotes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listNotes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listNotes, args, options) }) as AttioClient["listNotes"],
        getNote: (args, options) => client.call(app, routes.getNote, args, options),
        createNote: (args, options) => client.call(app, routes.createNote, args, options),
        deleteNote: (args, options) => client.call(app, routes.deleteNote, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as AttioClient["listTasks"],
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        createComment: (args, options) => client.call(app, routes.createComment, args, options),
        listMeetings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMeetings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMeetings, args, options) }) as AttioClient["listMeetings"],
        getMeeting: (args, options) => client.call(app, routes.getMeeting, args, options),
        listCallRecordings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCallRecordings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCallRecordings, args, options) }) as AttioClient["listCallRecordings"],
        getCallRecording: (args, options) => client.call(app, routes.getCallRecording, args, options),
        listWorkspaceMembers: (args, options) => client.call(app, routes.listWorkspaceMembers, args, options),
        identifySelf: (args, options) => client.call(app, routes.identifySelf, args, options),
    };
}