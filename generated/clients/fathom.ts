// Generated from providers/fathom.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/fathom.js';

/**
 * Fathom through the Switchboard gateway: Recorded meetings of the Fathom AI notetaker with their summaries and transcripts, teams, team members and webhooks.
 */
export interface FathomClient {
    /**
     * List recorded meetings, newest first, filtered by date, team, recorder or invitees.
     *
     * `GET /external/v1/meetings`
     */
    listMeetings: {
        (args?: Args<operations["listMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetings"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMeetings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMeetings"]>, void, undefined>;
    };
    /**
     * Read a recording's AI summary, or have it posted to an approved address.
     *
     * `GET /external/v1/recordings/{recording_id}/summary`
     */
    getRecordingSummary(args: Args<operations["getRecordingSummary"]>, options?: CallOptions): Promise<Result<Data<operations["getRecordingSummary"]>>>;
    /**
     * Read a recording's full transcript with speakers and timestamps, or have it posted to an approved address.
     *
     * `GET /external/v1/recordings/{recording_id}/transcript`
     */
    getRecordingTranscript(args: Args<operations["getRecordingTranscript"]>, options?: CallOptions): Promise<Result<Data<operations["getRecordingTranscript"]>>>;
    /**
     * List the teams of the user's Fathom organization.
     *
     * `GET /external/v1/teams`
     */
    listTeams: {
        (args?: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTeams"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeams"]>, void, undefined>;
    };
    /**
     * List the members of the organization, optionally of one team.
     *
     * `GET /external/v1/team_members`
     */
    listTeamMembers: {
        (args?: Args<operations["listTeamMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listTeamMembers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTeamMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeamMembers"]>, void, undefined>;
    };
    /**
     * Create a standing webhook that posts new recordings (and chosen content) to a destination.
     *
     * `POST /external/v1/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Delete a webhook so it stops forwarding recordings.
     *
     * `DELETE /external/v1/webhooks/{id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
    listMeetings: {"method":"GET","path":"/external/v1/meetings","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    getRecordingSummary: {"method":"GET","path":"/external/v1/recordings/{recording_id}/summary"},
    getRecordingTranscript: {"method":"GET","path":"/external/v1/recordings/{recording_id}/transcript"},
    listTeams: {"method":"GET","path":"/external/v1/teams","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    listTeamMembers: {"method":"GET","path":"/external/v1/team_members","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    createWebhook: {"method":"POST","path":"/external/v1/webhooks","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/external/v1/webhooks/{id}"},
} satisfies Record<string, Route>;

/**
 * The Fathom client: `const api = fathom(new Switchboard({ baseUrl, apiKey }))`.
 */
export function fathom(client: Switchboard): FathomClient {
    const app = "fathom";
    return {
        listMeetings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMeetings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMeetings, args, options) }) as FathomClient["listMeetings"],
        getRecordingSummary: (args, options) => client.call(app, routes.getRecordingSummary, args, options),
        getRecordingTranscript: (args, options) => client.call(app, routes.getRecordingTranscript, args, options),
        listTeams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeams, args, options) }) as FathomClient["listTeams"],
        listTeamMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeamMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeamMembers, args, options) }) as FathomClient["listTeamMembers"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}