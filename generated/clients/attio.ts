// Generated from providers/attio.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/attio.js';

/**
 * Attio through the Switchboard gateway: Objects, records, lists and list entries, notes, tasks, comments, meetings and call recordings of an Attio CRM workspace.
 */
export interface AttioClient {
    /** List the standard and custom objects of the workspace. `GET /v2/objects` */
    listObjects: Call<operations["listObjects"]>;
    /** Read one object's configuration by slug or id. `GET /v2/objects/{object}` */
    getObject: Call<operations["getObject"]>;
    /** List the attributes (fields) defined on an object. `GET /v2/objects/{object}/attributes` */
    listAttributes: Paged<operations["listAttributes"]>;
    /** List an object's records, filtered and sorted, a page at a time. `POST /v2/objects/{object}/records/query` */
    queryRecords: Paged<operations["queryRecords"]>;
    /** Read one record with all its attribute values. `GET /v2/objects/{object}/records/{record_id}` */
    getRecord: Call<operations["getRecord"]>;
    /** Create a record of an object from attribute values. `POST /v2/objects/{object}/records` */
    createRecord: Call<operations["createRecord"]>;
    /** Change some attribute values of a record, adding to multi-select values. `PATCH /v2/objects/{object}/records/{record_id}` */
    updateRecord: Call<operations["updateRecord"]>;
    /** Delete a record for good. `DELETE /v2/objects/{object}/records/{record_id}` */
    deleteRecord: Call<operations["deleteRecord"]>;
    /** List the lists of the workspace that the token may see. `GET /v2/lists` */
    listLists: Call<operations["listLists"]>;
    /** Read one list's configuration by slug or id. `GET /v2/lists/{list}` */
    getList: Call<operations["getList"]>;
    /** List the entries of a list, filtered and sorted, a page at a time. `POST /v2/lists/{list}/entries/query` */
    queryListEntries: Paged<operations["queryListEntries"]>;
    /** Add a record to a list, with values for the list's own attributes. `POST /v2/lists/{list}/entries` */
    createListEntry: Call<operations["createListEntry"]>;
    /** Read one list entry with its values. `GET /v2/lists/{list}/entries/{entry_id}` */
    getListEntry: Call<operations["getListEntry"]>;
    /** Change some values of a list entry, adding to multi-select values. `PATCH /v2/lists/{list}/entries/{entry_id}` */
    updateListEntry: Call<operations["updateListEntry"]>;
    /** Take an entry off a list; the underlying record stays. `DELETE /v2/lists/{list}/entries/{entry_id}` */
    deleteListEntry: Call<operations["deleteListEntry"]>;
    /** List notes, optionally only those on one record. `GET /v2/notes` */
    listNotes: Paged<operations["listNotes"]>;
    /** Read one note with its content. `GET /v2/notes/{note_id}` */
    getNote: Call<operations["getNote"]>;
    /** Add a note to a record. `POST /v2/notes` */
    createNote: Call<operations["createNote"]>;
    /** Delete a note. `DELETE /v2/notes/{note_id}` */
    deleteNote: Call<operations["deleteNote"]>;
    /** List tasks, optionally by linked record, assignee or completion. `GET /v2/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Create a task, optionally linked to records and assigned to members. `POST /v2/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Comment on a record or list entry, or reply in an existing thread by giving thread_id. `POST /v2/comments` */
    createComment: Call<operations["createComment"]>;
    /** List meetings, optionally by linked record, participant or time window. `GET /v2/meetings` */
    listMeetings: Paged<operations["listMeetings"]>;
    /** Read one meeting. `GET /v2/meetings/{meeting_id}` */
    getMeeting: Call<operations["getMeeting"]>;
    /** List the call recordings of a meeting. `GET /v2/meetings/{meeting_id}/call_recordings` */
    listCallRecordings: Paged<operations["listCallRecordings"]>;
    /** Read one call recording of a meeting. `GET /v2/meetings/{meeting_id}/call_recordings/{call_recording_id}` */
    getCallRecording: Call<operations["getCallRecording"]>;
    /** List the members of the workspace. `GET /v2/workspace_members` */
    listWorkspaceMembers: Call<operations["listWorkspaceMembers"]>;
    /** Describe the current token - its workspace, scopes and whether it is active. `GET /v2/self` */
    identifySelf: Call<operations["identifySelf"]>;
}

const routes: Routes<AttioClient> = {
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
};

/**
 * The Attio client: `const api = attio(new Switchboard({ baseUrl, apiKey }))`.
 */
export const attio = (sb: Switchboard): AttioClient => bindClient<AttioClient>(sb, "attio", routes);
