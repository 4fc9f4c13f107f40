// Generated from providers/fathom.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/fathom.js';

/**
 * Fathom through the Switchboard gateway: Recorded meetings of the Fathom AI notetaker with their summaries and transcripts, teams, team members and webhooks.
 */
export interface FathomClient {
    /** List recorded meetings, newest first, filtered by date, team, recorder or invitees. `GET /external/v1/meetings` */
    listMeetings: Paged<operations["listMeetings"]>;
    /** Read a recording's AI summary, or have it posted to an approved address. `GET /external/v1/recordings/{recording_id}/summary` */
    getRecordingSummary: Call<operations["getRecordingSummary"]>;
    /** Read a recording's full transcript with speakers and timestamps, or have it posted to an approved address. `GET /external/v1/recordings/{recording_id}/transcript` */
    getRecordingTranscript: Call<operations["getRecordingTranscript"]>;
    /** List the teams of the user's Fathom organization. `GET /external/v1/teams` */
    listTeams: Paged<operations["listTeams"]>;
    /** List the members of the organization, optionally of one team. `GET /external/v1/team_members` */
    listTeamMembers: Paged<operations["listTeamMembers"]>;
    /** Create a standing webhook that posts new recordings (and chosen content) to a destination. `POST /external/v1/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Delete a webhook so it stops forwarding recordings. `DELETE /external/v1/webhooks/{id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<FathomClient> = {
    listMeetings: {"method":"GET","path":"/external/v1/meetings","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    getRecordingSummary: {"method":"GET","path":"/external/v1/recordings/{recording_id}/summary"},
    getRecordingTranscript: {"method":"GET","path":"/external/v1/recordings/{recording_id}/transcript"},
    listTeams: {"method":"GET","path":"/external/v1/teams","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    listTeamMembers: {"method":"GET","path":"/external/v1/team_members","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    createWebhook: {"method":"POST","path":"/external/v1/webhooks","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/external/v1/webhooks/{id}"},
};

/**
 * The Fathom client: `const api = fathom(new Switchboard({ baseUrl, apiKey }))`.
 */
export const fathom = (sb: Switchboard): FathomClient => bindClient<FathomClient>(sb, "fathom", routes);
