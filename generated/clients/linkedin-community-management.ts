// Generated from providers/linkedin-community-management.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/linkedin-community-management.js';

/**
 * LinkedIn Community Management through the Switchboard gateway: LinkedIn company pages - organization lookups and admins, posts, comments, reactions, follower counts and page, follower and share statistics.
 */
export interface LinkedinCommunityManagementClient {
    /**
     * Read the signed-in member's profile.
     *
     * `GET /rest/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * Read another member's profile by person id.
     *
     * `GET /rest/people/(id:{personId})`
     */
    getPerson(args: Args<operations["getPerson"]>, options?: CallOptions): Promise<Result<Data<operations["getPerson"]>>>;
    /**
     * Look up an organization by the vanity name in its page URL.
     *
     * `GET /rest/organizations`
     */
    findOrganizationByVanityName(args: Args<operations["findOrganizationByVanityName"]>, options?: CallOptions): Promise<Result<Data<operations["findOrganizationByVanityName"]>>>;
    /**
     * Read an organization by id (full fields need an administrator).
     *
     * `GET /rest/organizations/{orgId}`
     */
    getOrganization(args: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * Count the members who follow an organization.
     *
     * `GET /rest/networkSizes/urn%3Ali%3Aorganization%3A{orgId}`
     */
    getOrganizationFollowerCount(args: Args<operations["getOrganizationFollowerCount"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganizationFollowerCount"]>>>;
    /**
     * List the organizations the member administers or holds another role on.
     *
     * `GET /rest/organizationAcls`
     */
    listOrganizationAcls: {
        (args: Args<operations["listOrganizationAcls"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationAcls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationAcls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationAcls"]>, void, undefined>;
    };
    /**
     * Publish a post as an organization or member.
     *
     * `POST /rest/posts`
     */
    createPost(args: Args<operations["createPost"]>, options?: CallOptions): Promise<Result<Data<operations["createPost"]>>>;
    /**
     * Read one post by URN.
     *
     * `GET /rest/posts/{encoded_postUrn}`
     */
    getPost(args: Args<operations["getPost"]>, options?: CallOptions): Promise<Result<Data<operations["getPost"]>>>;
    /**
     * List the posts of an organization or member.
     *
     * `GET /rest/posts`
     */
    findPostsByAuthor: {
        (args: Args<operations["findPostsByAuthor"]>, options?: CallOptions): Promise<Result<Data<operations["findPostsByAuthor"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["findPostsByAuthor"]>, options?: CallOptions): AsyncGenerator<Data<operations["findPostsByAuthor"]>, void, undefined>;
    };
    /**
     * Change a post's text or other editable fields with a partial update.
     *
     * `POST /rest/posts/{encoded_postUrn}`
     */
    updatePost(args: Args<operations["updatePost"]>, options?: CallOptions): Promise<Result<Data<operations["updatePost"]>>>;
    /**
     * Delete a post.
     *
     * `DELETE /rest/posts/{encoded_postUrn}`
     */
    deletePost(args: Args<operations["deletePost"]>, options?: CallOptions): Promise<Result<Data<operations["deletePost"]>>>;
    /**
     * List the comments on a post.
     *
     * `GET /rest/socialActions/{encoded_postUrn}/comments`
     */
    listComments: {
        (args: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listComments"]>, void, undefined>;
    };
    /**
     * Comment on a post as an organization or member.
     *
     * `POST /rest/socialActions/{encoded_postUrn}/comments`
     */
    createComment(args: Args<operations["createComment"]>, options?: CallOptions): Promise<Result<Data<operations["createComment"]>>>;
    /**
     * Delete a comment from a post.
     *
     * `DELETE /rest/socialActions/{encoded_postUrn}/comments/{commentId}`
     */
    deleteComment(args: Args<operations["deleteComment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteComment"]>>>;
    /**
     * React to a post or comment as an organization or member.
     *
     * `POST /rest/reactions`
     */
    createReaction(args: Args<operations["createReaction"]>, options?: CallOptions): Promise<Result<Data<operations["createReaction"]>>>;
    /**
     * Take back a reaction.
     *
     * `DELETE /rest/reactions/(actor:{encoded_actorUrn},entity:{encoded_entityUrn})`
     */
    deleteReaction(args: Args<operations["deleteReaction"]>, options?: CallOptions): Promise<Result<Data<operations["deleteReaction"]>>>;
    /**
     * Follower counts of an organization by demographic, for its lifetime or per time bucket.
     *
     * `GET /rest/organizationalEntityFollowerStatistics`
     */
    getFollowerStatistics(args: Args<operations["getFollowerStatistics"]>, options?: CallOptions): Promise<Result<Data<operations["getFollowerStatistics"]>>>;
    /**
     * Page views and clicks of an organization's page, for its lifetime or per time bucket.
     *
     * `GET /rest/organizationPageStatistics`
     */
    getPageStatistics(args: Args<operations["getPageStatistics"]>, options?: CallOptions): Promise<Result<Data<operations["getPageStatistics"]>>>;
    /**
     * Impressions, clicks and engagement of an organization's posts, overall or per time bucket.
     *
     * `GET /rest/organizationalEntityShareStatistics`
     */
    getShareStatistics(args: Args<operations["getShareStatistics"]>, options?: CallOptions): Promise<Result<Data<operations["getShareStatistics"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The LinkedIn Community Management client: `const api = linkedinCommunityManagement(new Switchboard({ baseUrl, apiKey }))`.
 */
export function linkedinCommunityManagement(client: Switchboard): LinkedinCommunityManagementClient {
    const app = "linkedin-community-management";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        getPerson: (args, options) => client.call(app, routes.getPerson, args, options),
        findOrganizationByVanityName: (args, options) => client.call(app, routes.findOrganizationByVanityName, args, options),
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        getOrganizationFollowerCount: (args, options) => client.call(app, routes.getOrganizationFollowerCount, args, options),
        listOrganizationAcls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationAcls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationAcls, args, options) }) as LinkedinCommunityManagementClient["listOrganizationAcls"],
        createPost: (args, options) => client.call(app, routes.createPost, args, options),
        getPost: (args, options) => client.call(app, routes.getPost, args, options),
        findPostsByAuthor: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.findPostsByAuthor, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.findPostsByAuthor, args, options) }) as LinkedinCommunityManagementClient["findPostsByAuthor"],
        updatePost: (args, options) => client.call(app, routes.updatePost, args, options),
        deletePost: (args, options) => client.call(app, routes.deletePost, args, options),
        listComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listComments, args, options) }) as LinkedinCommunityManagementClient["listComments"],
        createComment: (args, options) => client.call(app, routes.createComment, args, options),
        deleteComment: (args, options) => client.call(app, routes.deleteComment, args, options),
        createReaction: (args, options) => client.call(app, routes.createReaction, args, options),
        deleteReaction: (args, options) => client.call(app, routes.deleteReaction, args, options),
        getFollowerStatistics: (args, options) => client.call(app, routes.getFollowerStatistics, args, options),
        getPageStatistics: (args, options) => client.call(app, routes.getPageStatistics, args, options),
        getShareStatistics: (args, options) => client.call(app, routes.getShareStatistics, args, options),
    };
}