// Generated from providers/buffer.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/buffer.js';

/**
 * Buffer through the Switchboard gateway: Social media scheduling through Buffer's GraphQL API - account, organizations, channels, posts and ideas.
 */
export interface BufferClient {
    /**
     * Send any GraphQL query or mutation with its variables.
     *
     * `POST /`
     */
    graphql(args: Args<operations["graphql"]>, options?: CallOptions): Promise<Result<Data<operations["graphql"]>>>;
    /**
     * Read the account's profile and the organizations it belongs to.
     *
     * `POST /`
     */
    getAccount(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["GetAccountResponse"]>>;
    /**
     * List the social channels connected to an organization.
     *
     * `POST /`
     */
    listChannels(variables: components['schemas']["ListChannelsVariables"], options?: CallOptions): Promise<Result<components['schemas']["ListChannelsResponse"]>>;
    /**
     * Read one channel with its posting schedule.
     *
     * `POST /`
     */
    getChannel(variables: components['schemas']["GetChannelVariables"], options?: CallOptions): Promise<Result<components['schemas']["GetChannelResponse"]>>;
    /**
     * List a channel's posts, optionally by status, a page at a time.
     *
     * `POST /`
     */
    listPosts(variables: components['schemas']["ListPostsVariables"], options?: CallOptions): Promise<Result<components['schemas']["ListPostsResponse"]>>;
    /**
     * Read one post with its channel.
     *
     * `POST /`
     */
    getPost(variables: components['schemas']["GetPostVariables"], options?: CallOptions): Promise<Result<components['schemas']["GetPostResponse"]>>;
    /**
     * Add a post to a channel's queue, share it now or next, or schedule it for a set time.
     *
     * `POST /`
     */
    createPost(variables: components['schemas']["CreatePostVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreatePostResponse"]>>;
    /**
     * Save a content idea to an organization's idea board.
     *
     * `POST /`
     */
    createIdea(variables: components['schemas']["CreateIdeaVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreateIdeaResponse"]>>;
}

const routes = {
    graphql: {"method":"POST","path":"/","body":"application/json"},
    getAccount: {"method":"POST","path":"/","graphql":{"document":"query GetAccount { account { id email name avatar timezone organizations { id name } } }","operationName":"GetAccount"}},
    listChannels: {"method":"POST","path":"/","graphql":{"document":"query GetChannels($organizationId: OrganizationId!) { channels(input: { organizationId: $organizationId }) { id name service displayName avatar isDisconnected } }","operationName":"GetChannels"}},
    getChannel: {"method":"POST","path":"/","graphql":{"document":"query GetChannel($channelId: ChannelId!) { channel(channelId: $channelId) { id name service postingSchedule { days times } } }","operationName":"GetChannel"}},
    listPosts: {"method":"POST","path":"/","graphql":{"document":"query GetPosts($channelId: ChannelId!, $status: PostStatus, $first: Int) { posts(channelId: $channelId, status: $status, first: $first) { edges { node { id text status dueAt } } pageInfo { hasNextPage endCursor } } }","operationName":"GetPosts"}},
    getPost: {"method":"POST","path":"/","graphql":{"document":"query GetPost($postId: PostId!) { post(id: $postId) { id text status dueAt channel { id name service } } }","operationName":"GetPost"}},
    createPost: {"method":"POST","path":"/","graphql":{"document":"mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ... on PostActionSuccess { post { id text status dueAt } } ... on MutationError { message } } }","operationName":"CreatePost"}},
    createIdea: {"method":"POST","path":"/","graphql":{"document":"mutation CreateIdea($input: CreateIdeaInput!) { createIdea(input: $input) { ... on Idea { id content { title text } } ... on MutationError { message } } }","operationName":"CreateIdea"}},
} satisfies Record<string, Route>;

/**
 * The Buffer client: `const api = buffer(new Switchboard({ baseUrl, apiKey }))`.
 */
export function buffer(client: Switchboard): BufferClient {
    const app = "buffer";
    return {
        graphql: (args, options) => client.call(app, routes.graphql, args, options),
        getAccount: (variables, options) => client.call(app, routes.getAccount, { body: variables }, options),
        listChannels: (variables, options) => client.call(app, routes.listChannels, { body: variables }, options),
        getChannel: (variables, options) => client.call(app, routes.getChannel, { body: variables }, options),
        listPosts: (variables, options) => client.call(app, routes.listPosts, { body: variables }, options),
        getPost: (variables, options) => client.call(app, routes.getPost, { body: variables }, options),
        createPost: (variables, options) => client.call(app, routes.createPost, { body: variables }, options),
        createIdea: (variables, options) => client.call(app, routes.createIdea, { body: variables }, options),
    };
}