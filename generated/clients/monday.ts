// Generated from providers/monday.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/monday.js';

/**
 * monday.com through the Switchboard gateway: Boards, groups, columns, items, workspaces and users through monday.com's GraphQL API.
 */
export interface MondayClient {
    /**
     * Send any GraphQL query or mutation with its variables.
     *
     * `POST /v2`
     */
    graphql(args: Args<operations["graphql"]>, options?: CallOptions): Promise<Result<Data<operations["graphql"]>>>;
    /**
     * Read the user the token belongs to.
     *
     * `POST /v2`
     */
    getMe(variables?: Record<string, unknown>, options?: CallOptions): Promise<Result<components['schemas']["GetMeResponse"]>>;
    /**
     * List the account's users with their names and email addresses.
     *
     * `POST /v2`
     */
    listUsers(variables?: components['schemas']["ListUsersVariables"], options?: CallOptions): Promise<Result<components['schemas']["ListUsersResponse"]>>;
    /**
     * List workspaces with their kind (open or closed).
     *
     * `POST /v2`
     */
    listWorkspaces(variables?: components['schemas']["ListWorkspacesVariables"], options?: CallOptions): Promise<Result<components['schemas']["ListWorkspacesResponse"]>>;
    /**
     * List boards with their state, kind and workspace.
     *
     * `POST /v2`
     */
    listBoards(variables?: components['schemas']["ListBoardsVariables"], options?: CallOptions): Promise<Result<components['schemas']["ListBoardsResponse"]>>;
    /**
     * Read boards with their columns, groups and the first page of items with column values.
     *
     * `POST /v2`
     */
    getBoardWithItems(variables: components['schemas']["GetBoardWithItemsVariables"], options?: CallOptions): Promise<Result<components['schemas']["GetBoardWithItemsResponse"]>>;
    /**
     * Read the next page of a board's items from the cursor of the previous page.
     *
     * `POST /v2`
     */
    nextItemsPage(variables: components['schemas']["NextItemsPageVariables"], options?: CallOptions): Promise<Result<components['schemas']["NextItemsPageResponse"]>>;
    /**
     * Create a board of a given kind, optionally inside a workspace.
     *
     * `POST /v2`
     */
    createBoard(variables: components['schemas']["CreateBoardVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreateBoardResponse"]>>;
    /**
     * Change a board's name, description or communication attribute.
     *
     * `POST /v2`
     */
    updateBoard(variables: components['schemas']["UpdateBoardVariables"], options?: CallOptions): Promise<Result<components['schemas']["UpdateBoardResponse"]>>;
    /**
     * Delete a board.
     *
     * `POST /v2`
     */
    deleteBoard(variables: components['schemas']["DeleteBoardVariables"], options?: CallOptions): Promise<Result<components['schemas']["DeleteBoardResponse"]>>;
    /**
     * Add a column of a given type to a board.
     *
     * `POST /v2`
     */
    createColumn(variables: components['schemas']["CreateColumnVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreateColumnResponse"]>>;
    /**
     * Add a group to a board.
     *
     * `POST /v2`
     */
    createGroup(variables: components['schemas']["CreateGroupVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreateGroupResponse"]>>;
    /**
     * Read items by id with their board, group and column values.
     *
     * `POST /v2`
     */
    getItems(variables: components['schemas']["GetItemsVariables"], options?: CallOptions): Promise<Result<components['schemas']["GetItemsResponse"]>>;
    /**
     * Create an item in a board's group, optionally with initial column values.
     *
     * `POST /v2`
     */
    createItem(variables: components['schemas']["CreateItemVariables"], options?: CallOptions): Promise<Result<components['schemas']["CreateItemResponse"]>>;
    /**
     * Set one column of an item from a plain string value, such as the item's name.
     *
     * `POST /v2`
     */
    changeSimpleColumnValue(variables: components['schemas']["ChangeSimpleColumnValueVariables"], options?: CallOptions): Promise<Result<components['schemas']["ChangeSimpleColumnValueResponse"]>>;
    /**
     * Delete an item.
     *
     * `POST /v2`
     */
    deleteItem(variables: components['schemas']["DeleteItemVariables"], options?: CallOptions): Promise<Result<components['schemas']["DeleteItemResponse"]>>;
}

const routes = {
    graphql: {"method":"POST","path":"/v2","body":"application/json"},
    getMe: {"method":"POST","path":"/v2","graphql":{"document":"query Me { me { id name email } }","operationName":"Me"}},
    listUsers: {"method":"POST","path":"/v2","graphql":{"document":"query Users($limit: Int, $page: Int) { users(limit: $limit, page: $page) { id name email } }","operationName":"Users"}},
    listWorkspaces: {"method":"POST","path":"/v2","graphql":{"document":"query Workspaces($limit: Int, $page: Int) { workspaces(limit: $limit, page: $page) { id name kind } }","operationName":"Workspaces"}},
    listBoards: {"method":"POST","path":"/v2","graphql":{"document":"query Boards($limit: Int, $page: Int) { boards(limit: $limit, page: $page) { id name state board_kind workspace { id name } } }","operationName":"Boards"}},
    getBoardWithItems: {"method":"POST","path":"/v2","graphql":{"document":"query BoardWithItems($ids: [ID!], $limit: Int) { boards(ids: $ids) { id name columns { id title type } groups { id title } items_page(limit: $limit) { cursor items { id name state column_values { id text } } } } }","operationName":"BoardWithItems"}},
    nextItemsPage: {"method":"POST","path":"/v2","graphql":{"document":"query NextItemsPage($cursor: String!, $limit: Int!) { next_items_page(cursor: $cursor, limit: $limit) { cursor items { id name } } }","operationName":"NextItemsPage"}},
    createBoard: {"method":"POST","path":"/v2","graphql":{"document":"mutation CreateBoard($name: String!, $kind: BoardKind!, $workspaceId: ID) { create_board(board_name: $name, board_kind: $kind, workspace_id: $workspaceId) { id name } }","operationName":"CreateBoard"}},
    updateBoard: {"method":"POST","path":"/v2","graphql":{"document":"mutation UpdateBoard($boardId: ID!, $attribute: BoardAttributes!, $value: String!) { update_board(board_id: $boardId, board_attribute: $attribute, new_value: $value) }","operationName":"UpdateBoard"}},
    deleteBoard: {"method":"POST","path":"/v2","graphql":{"document":"mutation DeleteBoard($boardId: ID!) { delete_board(board_id: $boardId) { id } }","operationName":"DeleteBoard"}},
    createColumn: {"method":"POST","path":"/v2","graphql":{"document":"mutation CreateColumn($boardId: ID!, $title: String!, $columnType: ColumnType!) { create_column(board_id: $boardId, title: $title, column_type: $columnType) { id title type } }","operationName":"CreateColumn"}},
    createGroup: {"method":"POST","path":"/v2","graphql":{"document":"mutation CreateGroup($boardId: ID!, $groupName: String!) { create_group(board_id: $boardId, group_name: $groupName) { id title } }","operationName":"CreateGroup"}},
    getItems: {"method":"POST","path":"/v2","graphql":{"document":"query Items($ids: [ID!]) { items(ids: $ids) { id name created_at state board { id name } group { id title } column_values { id text value } } }","operationName":"Items"}},
    createItem: {"method":"POST","path":"/v2","graphql":{"document":"mutation CreateItem($boardId: ID!, $groupId: String, $name: String!, $columnValues: JSON) { create_item(board_id: $boardId, group_id: $groupId, item_name: $name, column_values: $columnValues) { id name } }","operationName":"CreateItem"}},
    changeSimpleColumnValue: {"method":"POST","path":"/v2","graphql":{"document":"mutation ChangeSimpleColumnValue($boardId: ID!, $itemId: ID, $columnId: String!, $value: String) { change_simple_column_value(board_id: $boardId, item_id: $itemId, column_id: $columnId, value: $value) { id name } }","operationName":"ChangeSimpleColumnValue"}},
    deleteItem: {"method":"POST","path":"/v2","graphql":{"document":"mutation DeleteItem($itemId: ID) { delete_item(item_id: $itemId) { id } }","operationName":"DeleteItem"}},
} satisfies Record<string, Route>;

/**
 * The monday.com client: `const api = monday(new Switchboard({ baseUrl, apiKey }))`.
 */
export function monday(client: Switchboard): MondayClient {
    const app = "monday";
    return {
        graphql: (args, options) => client.call(app, routes.graphql, args, options),
        getMe: (variables, options) => client.call(app, routes.getMe, { body: variables }, options),
        listUsers: (variables, options) => client.call(app, routes.listUsers, { body: variables }, options),
        listWorkspaces: (variables, options) => client.call(app, routes.listWorkspaces, { body: variables }, options),
        listBoards: (variables, options) => client.call(app, routes.listBoards, { body: variables }, options),
        getBoardWithItems: (variables, options) => client.call(app, routes.getBoardWithItems, { body: variables }, options),
        nextItemsPage: (variables, options) => client.call(app, routes.nextItemsPage, { body: variables }, options),
        createBoard: (variables, options) => client.call(app, routes.createBoard, { body: variables }, options),
        updateBoard: (variables, options) => client.call(app, routes.updateBoard, { body: variables }, options),
        deleteBoard: (variables, options) => client.call(app, routes.deleteBoard, { body: variables }, options),
        createColumn: (variables, options) => client.call(app, routes.createColumn, { body: variables }, options),
        createGroup: (variables, options) => client.call(app, routes.createGroup, { body: variables }, options),
        getItems: (variables, options) => client.call(app, routes.getItems, { body: variables }, options),
        createItem: (variables, options) => client.call(app, routes.createItem, { body: variables }, options),
        changeSimpleColumnValue: (variables, options) => client.call(app, routes.changeSimpleColumnValue, { body: variables }, options),
        deleteItem: (variables, options) => client.call(app, routes.deleteItem, { body: variables }, options),
    };
}