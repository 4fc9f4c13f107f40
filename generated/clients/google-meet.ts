// Generated from providers/google-meet.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-meet.js';

/**
 * Google Meet through the Switchboard gateway: Google Meet meeting spaces and the records of past conferences - participants, recordings and transcripts.
 */
export interface GoogleMeetClient {
    /**
     * Open a new meeting space and get its join link and meeting code.
     *
     * `POST /v2/spaces`
     */
    createSpace(args?: Args<operations["createSpace"]>, options?: CallOptions): Promise<Result<Data<operations["createSpace"]>>>;
    /**
     * Read a meeting space by id or meeting code, including any call running in it.
     *
     * `GET /v2/spaces/{spaceId}`
     */
    getSpace(args: Args<operations["getSpace"]>, options?: CallOptions): Promise<Result<Data<operations["getSpace"]>>>;
    /**
     * Change the settings of a meeting space, such as who may join.
     *
     * `PATCH /v2/spaces/{spaceId}`
     */
    updateSpace(args: Args<operations["updateSpace"]>, options?: CallOptions): Promise<Result<Data<operations["updateSpace"]>>>;
    /**
     * End the call currently running in a space, removing everyone from it.
     *
     * `POST /v2/spaces/{spaceId}:endActiveConference`
     */
    endActiveConference(args: Args<operations["endActiveConference"]>, options?: CallOptions): Promise<Result<Data<operations["endActiveConference"]>>>;
    /**
     * List past and ongoing conferences the user took part in, newest first, optionally filtered.
     *
     * `GET /v2/conferenceRecords`
     */
    listConferenceRecords: {
        (args?: Args<operations["listConferenceRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listConferenceRecords"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listConferenceRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConferenceRecords"]>, void, undefined>;
    };
    /**
     * Read one conference record - its space and start and end times.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}`
     */
    getConferenceRecord(args: Args<operations["getConferenceRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getConferenceRecord"]>>>;
    /**
     * List everyone who joined a conference, signed-in, anonymous or by phone.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/participants`
     */
    listParticipants: {
        (args: Args<operations["listParticipants"]>, options?: CallOptions): Promise<Result<Data<operations["listParticipants"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listParticipants"]>, options?: CallOptions): AsyncGenerator<Data<operations["listParticipants"]>, void, undefined>;
    };
    /**
     * Read one participant of a conference.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/participants/{participantId}`
     */
    getParticipant(args: Args<operations["getParticipant"]>, options?: CallOptions): Promise<Result<Data<operations["getParticipant"]>>>;
    /**
     * List the recordings made during a conference, with their Drive files.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/recordings`
     */
    listRecordings: {
        (args: Args<operations["listRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["listRecordings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRecordings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecordings"]>, void, undefined>;
    };
    /**
     * Read one recording and where its video file is stored.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/recordings/{recordingId}`
     */
    getRecording(args: Args<operations["getRecording"]>, options?: CallOptions): Promise<Result<Data<operations["getRecording"]>>>;
    /**
     * List the transcripts made during a conference, with their Docs files.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/transcripts`
     */
    listTranscripts: {
        (args: Args<operations["listTranscripts"]>, options?: CallOptions): Promise<Result<Data<operations["listTranscripts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTranscripts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTranscripts"]>, void, undefined>;
    };
    /**
     * Read one transcript and where its document is stored.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/transcripts/{transcriptId}`
     */
    getTranscript(args: Args<operations["getTranscript"]>, options?: CallOptions): Promise<Result<Data<operations["getTranscript"]>>>;
    /**
     * Page through the spoken lines of a transcript, each with speaker and timing.
     *
     * `GET /v2/conferenceRecords/{conferenceRecordId}/transcripts/{transcriptId}/entries`
     */
    listTranscriptEntries: {
        (args: Args<operations["listTranscriptEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listTranscriptEntries"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTranscriptEntries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTranscriptEntries"]>, void, undefined>;
    };
}

const routes = {
    createSpace: {"method":"POST","path":"/v2/spaces","body":"application/json"},
    getSpace: {"method":"GET","path":"/v2/spaces/{spaceId}"},
    updateSpace: {"method":"PATCH","path":"/v2/spaces/{spaceId}","body":"application/json"},
    endActiveConference: {"method":"POST","path":"/v2/spaces/{spaceId}:endActiveConference","body":"application/json"},
    listConferenceRecords: {"method":"GET","path":"/v2/conferenceRecords","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getConferenceRecord: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}"},
    listParticipants: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/participants","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getParticipant: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/participants/{participantId}"},
    listRecordings: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/recordings","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getRecording: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/recordings/{recordingId}"},
    listTranscripts: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/transcripts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getTranscript: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/transcripts/{transcriptId}"},
    listTranscriptEntries: {"method":"GET","path":"/v2/conferenceRecords/{conferenceRecordId}/transcripts/{transcriptId}/entries","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
} satisfies Record<string, Route>;

/**
 * The Google Meet client: `const api = googleMeet(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleMeet(client: Switchboard): GoogleMeetClient {
    const app = "google-meet";
    return {
        createSpace: (args, options) => client.call(app, routes.createSpace, args, options),
        getSpace: (args, options) => client.call(app, routes.getSpace, args, options),
        updateSpace: (args, options) => client.call(app, routes.updateSpace, args, options),
        endActiveConference: (args, options) => client.call(app, routes.endActiveConference, args, options),
        listConferenceRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConferenceRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConferenceRecords, args, options) }) as GoogleMeetClient["listConferenceRecords"],
        getConferenceRecord: (args, options) => client.call(app, routes.getConferenceRecord, args, options),
        listParticipants: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listParticipants, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listParticipants, args, options) }) as GoogleMeetClient["listParticipants"],
        getParticipant: (args, options) => client.call(app, routes.getParticipant, args, options),
        listRecordings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecordings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecordings, args, options) }) as GoogleMeetClient["listRecordings"],
        getRecording: (args, options) => client.call(app, routes.getRecording, args, options),
        listTranscripts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTranscripts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTranscripts, args, options) }) as GoogleMeetClient["listTranscripts"],
        getTranscript: (args, options) => client.call(app, routes.getTranscript, args, options),
        listTranscriptEntries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTranscriptEntries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTranscriptEntries, args, options) }) as GoogleMeetClient["listTranscriptEntries"],
    };
}