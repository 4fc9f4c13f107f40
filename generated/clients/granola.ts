// Generated from providers/granola.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/granola.js';

/**
 * Granola through the Switchboard gateway: Meeting notes from Granola through its hosted MCP server - ask questions, list meetings, read summaries and transcripts.
 */
export interface GranolaClient {
    /**
     * Ask a plain-language question about the user's meeting notes and get an answer with links to the meetings cited.
     *
     * MCP tool `query_granola_meetings`
     */
    queryGranolaMeetings(args: Args<operations["queryGranolaMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["queryGranolaMeetings"]>>>;
    /**
     * List meetings in a time window with their ids, titles, dates and participants (XML-like text).
     *
     * MCP tool `list_meetings`
     */
    listMeetings(args: Args<operations["listMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetings"]>>>;
    /**
     * Read the summary, notes and participants of up to ten meetings by id.
     *
     * MCP tool `get_meetings`
     */
    getMeetings(args: Args<operations["getMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["getMeetings"]>>>;
    /**
     * Read the timestamped raw transcript of one meeting (paid Granola plans only).
     *
     * MCP tool `get_meeting_transcript`
     */
    getMeetingTranscript(args: Args<operations["getMeetingTranscript"]>, options?: CallOptions): Promise<Result<Data<operations["getMeetingTranscript"]>>>;
}

const routes = {
    queryGranolaMeetings: {"method":"POST","path":"/query_granola_meetings","body":"application/json"},
    listMeetings: {"method":"POST","path":"/list_meetings","body":"application/json"},
    getMeetings: {"method":"POST","path":"/get_meetings","body":"application/json"},
    getMeetingTranscript: {"method":"POST","path":"/get_meeting_transcript","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Granola client: `const api = granola(new Switchboard({ baseUrl, apiKey }))`.
 */
export function granola(client: Switchboard): GranolaClient {
    const app = "granola";
    return {
        queryGranolaMeetings: (args, options) => client.call(app, routes.queryGranolaMeetings, args, options),
        listMeetings: (args, options) => client.call(app, routes.listMeetings, args, options),
        getMeetings: (args, options) => client.call(app, routes.getMeetings, args, options),
        getMeetingTranscript: (args, options) => client.call(app, routes.getMeetingTranscript, args, options),
    };
}