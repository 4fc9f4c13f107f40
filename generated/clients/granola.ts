// Generated from providers/granola.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/granola.js';

/**
 * Granola through the Switchboard gateway: Meeting notes from Granola through its hosted MCP server - ask questions, list meetings, read summaries and transcripts.
 */
export interface GranolaClient {
    /** Ask a plain-language question about the user's meeting notes and get an answer with links to the meetings cited. MCP tool `query_granola_meetings` */
    queryGranolaMeetings: Call<operations["queryGranolaMeetings"]>;
    /** List meetings in a time window with their ids, titles, dates and participants (XML-like text). MCP tool `list_meetings` */
    listMeetings: Call<operations["listMeetings"]>;
    /** Read the summary, notes and participants of up to ten meetings by id. MCP tool `get_meetings` */
    getMeetings: Call<operations["getMeetings"]>;
    /** Read the timestamped raw transcript of one meeting (paid Granola plans only). MCP tool `get_meeting_transcript` */
    getMeetingTranscript: Call<operations["getMeetingTranscript"]>;
}

const routes: Routes<GranolaClient> = {
    queryGranolaMeetings: {"method":"POST","path":"/query_granola_meetings","body":"application/json"},
    listMeetings: {"method":"POST","path":"/list_meetings","body":"application/json"},
    getMeetings: {"method":"POST","path":"/get_meetings","body":"application/json"},
    getMeetingTranscript: {"method":"POST","path":"/get_meeting_transcript","body":"application/json"},
};

/**
 * The Granola client: `const api = granola(new Switchboard({ baseUrl, apiKey }))`.
 */
export const granola = (sb: Switchboard): GranolaClient => bindClient<GranolaClient>(sb, "granola", routes);
