// Generated from providers/monday.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Operation, type Routes, type Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/monday.js';

/**
 * monday.com through the Switchboard gateway: Boards, groups, columns, items, workspaces and users through monday.com's GraphQL API.
 */
export interface MondayClient {
    /** Send any GraphQL query or mutation with its variables. `POST /v2` */
    graphql: Call<operations["graphql"]>;
    /** Read the user the token belongs to. `POST /v2` */
    getMe: Operation<Record<string, unknown>, components["schemas"]["GetMeResponse"]>;
    /** List the account's users with their names and email addresses. `POST /v2` */
    listUsers: Operation<components["schemas"]["ListUsersVariables"], components["schemas"]["ListUsersResponse"]>;
    /** List workspaces with their kind (open or closed). `POST /v2` */
    listWorkspaces: Operation<components["schemas"]["ListWorkspacesVariables"], components["schemas"]["ListWorkspacesResponse"]>;
    /** List boards with their state, kind and workspace. `POST /v2` */
    listBoards: Operation<components["schemas"]["ListBoardsVariables"], components["schemas"]["ListBoardsResponse"]>;
    /** Read boards with their columns, groups and the first page of items with column values. `POST /v2` */
    getBoardWithItems: Operation<components["schemas"]["GetBoardWithItemsVariables"], components["schemas"]["GetBoardWithItemsResponse"]>;
    /** Read the next page of a board's items from the cursor of the previous page. `POST /v2` */
    nextItemsPage: Operation<components["schemas"]["NextItemsPageVariables"], components["schemas"]["NextItemsPageResponse"]>;
    /** Create a board of a given kind, optionally inside a workspace. `POST /v2` */
    createBoard: Operation<components["schemas"]["CreateBoardVariables"], components["schemas"]["CreateBoardResponse"]>;
    /** Change a board's name, description or communication attribute. `POST /v2` */
    updateBoard: Operation<components["schemas"]["UpdateBoardVariables"], components["schemas"]["UpdateBoardResponse"]>;
    /** Delete a board. `POST /v2` */
    deleteBoard: Operation<components["schemas"]["DeleteBoardVariables"], components["schemas"]["DeleteBoardResponse"]>;
    /** Add a column of a given type to a board. `POST /v2` */
    createColumn: Operation<components["schemas"]["CreateColumnVariables"], components["schemas"]["CreateColumnResponse"]>;
    /** Add a group to a board. `POST /v2` */
    createGroup: Operation<components["schemas"]["CreateGroupVariables"], components["schemas"]["CreateGroupResponse"]>;
    /** Read items by id with their board, group and column values. `POST /v2` */
    getItems: Operation<components["schemas"]["GetItemsVariables"], components["schemas"]["GetItemsResponse"]>;
    /** Create an item in a board's group, optionally with initial column values. `POST /v2` */
    createItem: Operation<components["schemas"]["CreateItemVariables"], components["schemas"]["CreateItemResponse"]>;
    /** Set one column of an item from a plain string value, such as the item's name. `POST /v2` */
    changeSimpleColumnValue: Operation<components["schemas"]["ChangeSimpleColumnValueVariables"], components["schemas"]["ChangeSimpleColumnValueResponse"]>;
    /** Delete an item. `POST /v2` */
    deleteItem: Operation<components["schemas"]["DeleteItemVariables"], components["schemas"]["DeleteItemResponse"]>;
}

const routes: Routes<MondayClient> = {
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
};

/**
 * The monday.com client: `const api = monday(new Switchboard({ baseUrl, apiKey }))`.
 */
export const monday = (sb: Switchboard): MondayClient => bindClient<MondayClient>(sb, "monday", routes);
