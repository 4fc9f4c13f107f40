// Generated from providers/google-meet.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-meet.js';

/**
 * Google Meet through the Switchboard gateway: Google Meet meeting spaces and the records of past conferences - participants, recordings and transcripts.
 */
export interface GoogleMeetClient {
    /** Open a new meeting space and get its join link and meeting code. `POST /v2/spaces` */
    createSpace: Call<operations["createSpace"]>;
    /** Read a meeting space by id or meeting code, including any call running in it. `GET /v2/spaces/{spaceId}` */
    getSpace: Call<operations["getSpace"]>;
    /** Change the settings of a meeting space, such as who may join. `PATCH /v2/spaces/{spaceId}` */
    updateSpace: Call<operations["updateSpace"]>;
    /** End the call currently running in a space, removing everyone from it. `POST /v2/spaces/{spaceId}:endActiveConference` */
    endActiveConference: Call<operations["endActiveConference"]>;
    /** List past and ongoing conferences the user took part in, newest first, optionally filtered. `GET /v2/conferenceRecords` */
    listConferenceRecords: Paged<operations["listConferenceRecords"]>;
    /** Read one conference record - its space and start and end times. `GET /v2/conferenceRecords/{conferenceRecordId}` */
    getConferenceRecord: Call<operations["getConferenceRecord"]>;
    /** List everyone who joined a conference, signed-in, anonymous or by phone. `GET /v2/conferenceRecords/{conferenceRecordId}/participants` */
    listParticipants: Paged<operations["listParticipants"]>;
    /** Read one participant of a conference. `GET /v2/conferenceRecords/{conferenceRecordId}/participants/{participantId}` */
    getParticipant: Call<operations["getParticipant"]>;
    /** List the recordings made during a conference, with their Drive files. `GET /v2/conferenceRecords/{conferenceRecordId}/recordings` */
    listRecordings: Paged<operations["listRecordings"]>;
    /** Read one recording and where its video file is stored. `GET /v2/conferenceRecords/{conferenceRecordId}/recordings/{recordingId}` */
    getRecording: Call<operations["getRecording"]>;
    /** List the transcripts made during a conference, with their Docs files. `GET /v2/conferenceRecords/{conferenceRecordId}/transcripts` */
    listTranscripts: Paged<operations["listTranscripts"]>;
    /** Read one transcript and where its document is stored. `GET /v2/conferenceRecords/{conferenceRecordId}/transcripts/{transcriptId}` */
    getTranscript: Call<operations["getTranscript"]>;
    /** Page through the spoken lines of a transcript, each with speaker and timing. `GET /v2/conferenceRecords/{conferenceRecordId}/transcripts/{transcriptId}/entries` */
    listTranscriptEntries: Paged<operations["listTranscriptEntries"]>;
}

const routes: Routes<GoogleMeetClient> = {
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
};

/**
 * The Google Meet client: `const api = googleMeet(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleMeet = (sb: Switchboard): GoogleMeetClient => bindClient<GoogleMeetClient>(sb, "google-meet", routes);
