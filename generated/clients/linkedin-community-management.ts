// Generated from providers/linkedin-community-management.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/linkedin-community-management.js';

/**
 * LinkedIn Community Management through the Switchboard gateway: LinkedIn company pages - organization lookups and admins, posts, comments, reactions, follower counts and page, follower and share statistics.
 */
export interface LinkedinCommunityManagementClient {
    /** Read the signed-in member's profile. `GET /rest/me` */
    getMe: Call<operations["getMe"]>;
    /** Read another member's profile by person id. `GET /rest/people/(id:{personId})` */
    getPerson: Call<operations["getPerson"]>;
    /** Look up an organization by the vanity name in its page URL. `GET /rest/organizations` */
    findOrganizationByVanityName: Call<operations["findOrganizationByVanityName"]>;
    /** Read an organization by id (full fields need an administrator). `GET /rest/organizations/{orgId}` */
    getOrganization: Call<operations["getOrganization"]>;
    /** Count the members who follow an organization. `GET /rest/networkSizes/urn%3Ali%3Aorganization%3A{orgId}` */
    getOrganizationFollowerCount: Call<operations["getOrganizationFollowerCount"]>;
    /** List the organizations the member administers or holds another role on. `GET /rest/organizationAcls` */
    listOrganizationAcls: Paged<operations["listOrganizationAcls"]>;
    /** Publish a post as an organization or member. `POST /rest/posts` */
    createPost: Call<operations["createPost"]>;
    /** Read one post by URN. `GET /rest/posts/{encoded_postUrn}` */
    getPost: Call<operations["getPost"]>;
    /** List the posts of an organization or member. `GET /rest/posts` */
    findPostsByAuthor: Paged<operations["findPostsByAuthor"]>;
    /** Change a post's text or other editable fields with a partial update. `POST /rest/posts/{encoded_postUrn}` */
    updatePost: Call<operations["updatePost"]>;
    /** Delete a post. `DELETE /rest/posts/{encoded_postUrn}` */
    deletePost: Call<operations["deletePost"]>;
    /** List the comments on a post. `GET /rest/socialActions/{encoded_postUrn}/comments` */
    listComments: Paged<operations["listComments"]>;
    /** Comment on a post as an organization or member. `POST /rest/socialActions/{encoded_postUrn}/comments` */
    createComment: Call<operations["createComment"]>;
    /** Delete a comment from a post. `DELETE /rest/socialActions/{encoded_postUrn}/comments/{commentId}` */
    deleteComment: Call<operations["deleteComment"]>;
    /** React to a post or comment as an organization or member. `POST /rest/reactions` */
    createReaction: Call<operations["createReaction"]>;
    /** Take back a reaction. `DELETE /rest/reactions/(actor:{encoded_actorUrn},entity:{encoded_entityUrn})` */
    deleteReaction: Call<operations["deleteReaction"]>;
    /** Follower counts of an organization by demographic, for its lifetime or per time bucket. `GET /rest/organizationalEntityFollowerStatistics` */
    getFollowerStatistics: Call<operations["getFollowerStatistics"]>;
    /** Page views and clicks of an organization's page, for its lifetime or per time bucket. `GET /rest/organizationPageStatistics` */
    getPageStatistics: Call<operations["getPageStatistics"]>;
    /** Impressions, clicks and engagement of an organization's posts, overall or per time bucket. `GET /rest/organizationalEntityShareStatistics` */
    getShareStatistics: Call<operations["getShareStatistics"]>;
}

const routes: Routes<LinkedinCommunityManagementClient> = {
    getMe: {"method":"GET","path":"/rest/me"},
    getPerson: {"method":"GET","path":"/rest/people/(id:{personId})"},
    findOrganizationByVanityName: {"method":"GET","path":"/rest/organizations"},
    getOrganization: {"method":"GET","path":"/rest/organizations/{orgId}"},
    getOrganizationFollowerCount: {"method":"GET","path":"/rest/networkSizes/urn%3Ali%3Aorganization%3A{orgId}"},
    listOrganizationAcls: {"method":"GET","path":"/rest/organizationAcls","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    createPost: {"method":"POST","path":"/rest/posts","body":"application/json"},
    getPost: {"method":"GET","path":"/rest/posts/{encoded_postUrn}"},
    findPostsByAuthor: {"method":"GET","path":"/rest/posts","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    updatePost: {"method":"POST","path":"/rest/posts/{encoded_postUrn}","body":"application/json"},
    deletePost: {"method":"DELETE","path":"/rest/posts/{encoded_postUrn}"},
    listComments: {"method":"GET","path":"/rest/socialActions/{encoded_postUrn}/comments","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    createComment: {"method":"POST","path":"/rest/socialActions/{encoded_postUrn}/comments","body":"application/json"},
    deleteComment: {"method":"DELETE","path":"/rest/socialActions/{encoded_postUrn}/comments/{commentId}"},
    createReaction: {"method":"POST","path":"/rest/reactions","body":"application/json"},
    deleteReaction: {"method":"DELETE","path":"/rest/reactions/(actor:{encoded_actorUrn},entity:{encoded_entityUrn})"},
    getFollowerStatistics: {"method":"GET","path":"/rest/organizationalEntityFollowerStatistics"},
    getPageStatistics: {"method":"GET","path":"/rest/organizationPageStatistics"},
    getShareStatistics: {"method":"GET","path":"/rest/organizationalEntityShareStatistics"},
};

/**
 * The LinkedIn Community Management client: `const api = linkedinCommunityManagement(new Switchboard({ baseUrl, apiKey }))`.
 */
export const linkedinCommunityManagement = (sb: Switchboard): LinkedinCommunityManagementClient => bindClient<LinkedinCommunityManagementClient>(sb, "linkedin-community-management", routes);
