// Generated from providers/buffer.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Operation, type Routes, type Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/buffer.js';

/**
 * Buffer through the Switchboard gateway: Social media scheduling through Buffer's GraphQL API - account, organizations, channels, posts and ideas.
 */
export interface BufferClient {
    /** Send any GraphQL query or mutation with its variables. `POST /` */
    graphql: Call<operations["graphql"]>;
    /** Read the account's profile and the organizations it belongs to. `POST /` */
    getAccount: Operation<Record<string, unknown>, components["schemas"]["GetAccountResponse"]>;
    /** List the social channels connected to an organization. `POST /` */
    listChannels: Operation<components["schemas"]["ListChannelsVariables"], components["schemas"]["ListChannelsResponse"]>;
    /** Read one channel with its posting schedule. `POST /` */
    getChannel: Operation<components["schemas"]["GetChannelVariables"], components["schemas"]["GetChannelResponse"]>;
    /** List a channel's posts, optionally by status, a page at a time. `POST /` */
    listPosts: Operation<components["schemas"]["ListPostsVariables"], components["schemas"]["ListPostsResponse"]>;
    /** Read one post with its channel. `POST /` */
    getPost: Operation<components["schemas"]["GetPostVariables"], components["schemas"]["GetPostResponse"]>;
    /** Add a post to a channel's queue, share it now or next, or schedule it for a set time. `POST /` */
    createPost: Operation<components["schemas"]["CreatePostVariables"], components["schemas"]["CreatePostResponse"]>;
    /** Save a content idea to an organization's idea board. `POST /` */
    createIdea: Operation<components["schemas"]["CreateIdeaVariables"], components["schemas"]["CreateIdeaResponse"]>;
}

const routes: Routes<BufferClient> = {
    graphql: {"method":"POST","path":"/","body":"application/json"},
    getAccount: {"method":"POST","path":"/","graphql":{"document":"query GetAccount { account { id email name avatar timezone organizations { id name } } }","operationName":"GetAccount"}},
    listChannels: {"method":"POST","path":"/","graphql":{"document":"query GetChannels($organizationId: OrganizationId!) { channels(input: { organizationId: $organizationId }) { id name service displayName avatar isDisconnected } }","operationName":"GetChannels"}},
    getChannel: {"method":"POST","path":"/","graphql":{"document":"query GetChannel($channelId: ChannelId!) { channel(channelId: $channelId) { id name service postingSchedule { days times } } }","operationName":"GetChannel"}},
    listPosts: {"method":"POST","path":"/","graphql":{"document":"query GetPosts($channelId: ChannelId!, $status: PostStatus, $first: Int) { posts(channelId: $channelId, status: $status, first: $first) { edges { node { id text status dueAt } } pageInfo { hasNextPage endCursor } } }","operationName":"GetPosts"}},
    getPost: {"method":"POST","path":"/","graphql":{"document":"query GetPost($postId: PostId!) { post(id: $postId) { id text status dueAt channel { id name service } } }","operationName":"GetPost"}},
    createPost: {"method":"POST","path":"/","graphql":{"document":"mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ... on PostActionSuccess { post { id text status dueAt } } ... on MutationError { message } } }","operationName":"CreatePost"}},
    createIdea: {"method":"POST","path":"/","graphql":{"document":"mutation CreateIdea($input: CreateIdeaInput!) { createIdea(input: $input) { ... on Idea { id content { title text } } ... on MutationError { message } } }","operationName":"CreateIdea"}},
};

/**
 * The Buffer client: `const api = buffer(new Switchboard({ baseUrl, apiKey }))`.
 */
export const buffer = (sb: Switchboard): BufferClient => bindClient<BufferClient>(sb, "buffer", routes);
