// Generated from providers/fireflies.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Operation, type Routes, type Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/fireflies.js';

/**
 * Fireflies through the Switchboard gateway: Meeting transcripts and AI summaries, users, channels, contacts, soundbites and AskFred threads through the Fireflies.ai GraphQL API.
 */
export interface FirefliesClient {
    /** Send any GraphQL query or mutation with its variables. `POST /graphql` */
    graphql: Call<operations["graphql"]>;
    /** Read the API key owner's id, name, email and admin flag. `POST /graphql` */
    getUser: Operation<Record<string, unknown>, components["schemas"]["GetUserResponse"]>;
    /** List the users of the team. `POST /graphql` */
    listUsers: Operation<Record<string, unknown>, components["schemas"]["ListUsersResponse"]>;
    /** List meeting transcripts with title, date, duration, host and privacy, a page at a time. `POST /graphql` */
    listTranscripts: Operation<components["schemas"]["ListTranscriptsVariables"], components["schemas"]["ListTranscriptsResponse"]>;
    /** Read one transcript with its summary, action items and spoken sentences. `POST /graphql` */
    getTranscript: Operation<components["schemas"]["GetTranscriptVariables"], components["schemas"]["GetTranscriptResponse"]>;
    /** Have Fireflies fetch an audio or video file from a public URL and transcribe it. `POST /graphql` */
    uploadAudio: Operation<components["schemas"]["UploadAudioVariables"], components["schemas"]["UploadAudioResponse"]>;
    /** Delete a transcript. `POST /graphql` */
    deleteTranscript: Operation<components["schemas"]["DeleteTranscriptVariables"], unknown>;
    /** Rename a meeting transcript. `POST /graphql` */
    updateMeetingTitle: Operation<components["schemas"]["UpdateMeetingTitleVariables"], unknown>;
    /** List the channels meetings are filed in. `POST /graphql` */
    listChannels: Operation<Record<string, unknown>, components["schemas"]["ListChannelsResponse"]>;
    /** List people the user has met with and when they last met. `POST /graphql` */
    listContacts: Operation<Record<string, unknown>, components["schemas"]["ListContactsResponse"]>;
    /** List soundbites (short clips cut from transcripts) with their summary and status. `POST /graphql` */
    listBites: Operation<Record<string, unknown>, components["schemas"]["ListBitesResponse"]>;
    /** List the user's AskFred question threads. `POST /graphql` */
    listAskFredThreads: Operation<Record<string, unknown>, components["schemas"]["ListAskFredThreadsResponse"]>;
    /** Ask the AskFred assistant a question about meetings, starting a new thread. `POST /graphql` */
    createAskFredThread: Operation<components["schemas"]["CreateAskFredThreadVariables"], components["schemas"]["CreateAskFredThreadResponse"]>;
}

const routes: Routes<FirefliesClient> = {
    graphql: {"method":"POST","path":"/graphql","body":"application/json"},
    getUser: {"method":"POST","path":"/graphql","graphql":{"document":"query User { user { user_id name email is_admin } }","operationName":"User"}},
    listUsers: {"method":"POST","path":"/graphql","graphql":{"document":"query Users { users { user_id name email is_admin } }","operationName":"Users"}},
    listTranscripts: {"method":"POST","path":"/graphql","graphql":{"document":"query Transcripts($limit: Int, $skip: Int) { transcripts(limit: $limit, skip: $skip) { id title date duration host_email privacy } }","operationName":"Transcripts"}},
    getTranscript: {"method":"POST","path":"/graphql","graphql":{"document":"query Transcript($id: String!) { transcript(id: $id) { id title date duration summary { overview action_items } sentences { text speaker_name } } }","operationName":"Transcript"}},
    uploadAudio: {"method":"POST","path":"/graphql","graphql":{"document":"mutation UploadAudio($input: AudioUploadInput!) { uploadAudio(input: $input) { success message } }","operationName":"UploadAudio"}},
    deleteTranscript: {"method":"POST","path":"/graphql","graphql":{"document":"mutation DeleteTranscript($id: String!) { deleteTranscript(id: $id) { success } }","operationName":"DeleteTranscript"}},
    updateMeetingTitle: {"method":"POST","path":"/graphql","graphql":{"document":"mutation UpdateMeetingTitle($id: String!, $title: String!) { updateMeetingTitle(id: $id, title: $title) { success } }","operationName":"UpdateMeetingTitle"}},
    listChannels: {"method":"POST","path":"/graphql","graphql":{"document":"query Channels { channels { id title created_at is_private } }","operationName":"Channels"}},
    listContacts: {"method":"POST","path":"/graphql","graphql":{"document":"query Contacts { contacts { email name picture last_meeting_date } }","operationName":"Contacts"}},
    listBites: {"method":"POST","path":"/graphql","graphql":{"document":"query Bites { bites { id name transcript_id summary status } }","operationName":"Bites"}},
    listAskFredThreads: {"method":"POST","path":"/graphql","graphql":{"document":"query AskFredThreads { askfred_threads { id title created_at } }","operationName":"AskFredThreads"}},
    createAskFredThread: {"method":"POST","path":"/graphql","graphql":{"document":"mutation CreateAskFredThread($input: CreateAskFredThreadInput!) { createAskFredThread(input: $input) { id title } }","operationName":"CreateAskFredThread"}},
};

/**
 * The Fireflies client: `const api = fireflies(new Switchboard({ baseUrl, apiKey }))`.
 */
export const fireflies = (sb: Switchboard): FirefliesClient => bindClient<FirefliesClient>(sb, "fireflies", routes);
