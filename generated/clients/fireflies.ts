// Generated from providers/fireflies.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/fireflies.js';

/**
 * Fireflies through the Switchboard gateway: Meeting transcripts and AI summaries, users, channels, contacts, soundbites and AskFred threads through the Fireflies.ai GraphQL API.
 */
export interface FirefliesClient {
    /**
     * Send any GraphQL query or mutation with its variables.
     *
     * `POST /graphql`
     */
    graphql(args: Args<operations["graphql"]>, options?: CallOptions): Promise<Result<Data<operations["graphql"]>>>;
    /**
     * Read the API key owner's id, name, email and admin flag.
     *
     * `POST /graphql`
     */
    getUser(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["GetUserResponse"]>>;
    /**
     * List the users of the team.
     *
     * `POST /graphql`
     */
    listUsers(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["ListUsersResponse"]>>;
    /**
     * List meeting transcripts with title, date, duration, host and privacy, a page at a time.
     *
     * `POST /graphql`
     */
    listTranscripts(variables?: components['schemas']["ListTranscriptsVariables"], options?: CallOptions): Promise<Result<components['schemas']["ListTranscriptsResponse"]>>;
    /**
     * Read one transcript with its summary, action items and spoken sentences.
     *
     * `POST /graphql`
     */
    getTranscript(variables: components['schemas']["GetTranscriptVariables"], options?: CallOptions): Promise<Result<components['schemas']["GetTranscriptResponse"]>>;
    /**
     * Have Fireflies fetch an audio or video file from a public URL and transcribe it.
     *
     * `POST /graphql`
     */
    uploadAudio(variables: components['schemas']["UploadAudioVariables"], options?: CallOptions): Promise<Result<components['schemas']["UploadAudioResponse"]>>;
    /**
     * Delete a transcript.
     *
     * `POST /graphql`
     */
    deleteTranscript(variables: components['schemas']["DeleteTranscriptVariables"], options?: CallOptions): Promise<Result<unknown>>;
    /**
     * Rename a meeting transcript.
     *
     * `POST /graphql`
     */
    updateMeetingTitle(variables: components['schemas']["UpdateMeetingTitleVariables"], options?: CallOptions): Promise<Result<unknown>>;
    /**
     * List the channels meetings are filed in.
     *
     * `POST /graphql`
     */
    listChannels(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["ListChannelsResponse"]>>;
    /**
     * List people the user has met with and when they last met.
     *
     * `POST /graphql`
     */
    listContacts(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["ListContactsResponse"]>>;
    /**
     * List soundbites (short clips cut from transcripts) with their summary and status.
     *
     * `POST /graphql`
     */
    listBites(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["ListBitesResponse"]>>;
    /**
     * List the user's AskFred question threads.
     *
     * `POST /graphql`
     */
    listAskFredThreads(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["ListAskFredThreadsResponse"]>>;
    /**
     * Ask the AskFred assistant a question about meetings, starting a new thread.
     *
     * `POST /graphql`
     */
    createAskFredThread(variables: components['schemas']["CreateAskFredThreadVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreateAskFredThreadResponse"]>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Fireflies client: `const api = fireflies(new Switchboard({ baseUrl, apiKey }))`.
 */
export function fireflies(client: Switchboard): FirefliesClient {
    const app = "fireflies";
    return {
        graphql: (args, options) => client.call(app, routes.graphql, args, options),
        getUser: (variables, options) => client.call(app, routes.getUser, { body: variables }, options),
        listUsers: (variables, options) => client.call(app, routes.listUsers, { body: variables }, options),
        listTranscripts: (variables, options) => client.call(app, routes.listTranscripts, { body: variables }, options),
        getTranscript: (variables, options) => client.call(app, routes.getTranscript, { body: variables }, options),
        uploadAudio: (variables, options) => client.call(app, routes.uploadAudio, { body: variables }, options),
        deleteTranscript: (variables, options) => client.call(app, routes.deleteTranscript, { body: variables }, options),
        updateMeetingTitle: (variables, options) => client.call(app, routes.updateMeetingTitle, { body: variables }, options),
        listChannels: (variables, options) => client.call(app, routes.listChannels, { body: variables }, options),
        listContacts: (variables, options) => client.call(app, routes.listContacts, { body: variables }, options),
        listBites: (variables, options) => client.call(app, routes.listBites, { body: variables }, options),
        listAskFredThreads: (variables, options) => client.call(app, routes.listAskFredThreads, { body: variables }, options),
        createAskFredThread: (variables, options) => client.call(app, routes.createAskFredThread, { body: variables }, options),
    };
}