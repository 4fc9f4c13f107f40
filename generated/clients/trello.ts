// Generated from providers/trello.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/trello.js';

/**
 * Trello through the Switchboard gateway: Boards, lists, cards, comments, checklists, labels, members and search in Trello.
 */
export interface TrelloClient {
    /**
     * Read a member's profile; use me for the connected member.
     *
     * `GET /1/members/{id}`
     */
    getMember(args: Args<operations["getMember"]>, options?: CallOptions): Promise<Result<Data<operations["getMember"]>>>;
    /**
     * List the boards a member belongs to.
     *
     * `GET /1/members/{id}/boards`
     */
    listMemberBoards(args: Args<operations["listMemberBoards"]>, options?: CallOptions): Promise<Result<Data<operations["listMemberBoards"]>>>;
    /**
     * Read a board, optionally with its lists, cards, labels, members and checklists.
     *
     * `GET /1/boards/{id}`
     */
    getBoard(args: Args<operations["getBoard"]>, options?: CallOptions): Promise<Result<Data<operations["getBoard"]>>>;
    /**
     * Create a board, optionally in a workspace or copied from another board.
     *
     * `POST /1/boards`
     */
    createBoard(args: Args<operations["createBoard"]>, options?: CallOptions): Promise<Result<Data<operations["createBoard"]>>>;
    /**
     * List the lists on a board.
     *
     * `GET /1/boards/{id}/lists`
     */
    listBoardLists(args: Args<operations["listBoardLists"]>, options?: CallOptions): Promise<Result<Data<operations["listBoardLists"]>>>;
    /**
     * List the open cards on a board.
     *
     * `GET /1/boards/{id}/cards`
     */
    listBoardCards(args: Args<operations["listBoardCards"]>, options?: CallOptions): Promise<Result<Data<operations["listBoardCards"]>>>;
    /**
     * List the labels defined on a board.
     *
     * `GET /1/boards/{id}/labels`
     */
    listBoardLabels(args: Args<operations["listBoardLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listBoardLabels"]>>>;
    /**
     * Create a list on a board.
     *
     * `POST /1/lists`
     */
    createList(args: Args<operations["createList"]>, options?: CallOptions): Promise<Result<Data<operations["createList"]>>>;
    /**
     * List the cards in a list.
     *
     * `GET /1/lists/{id}/cards`
     */
    listListCards(args: Args<operations["listListCards"]>, options?: CallOptions): Promise<Result<Data<operations["listListCards"]>>>;
    /**
     * Read a card, optionally with its members, checklists, attachments and board.
     *
     * `GET /1/cards/{id}`
     */
    getCard(args: Args<operations["getCard"]>, options?: CallOptions): Promise<Result<Data<operations["getCard"]>>>;
    /**
     * Create a card in a list.
     *
     * `POST /1/cards`
     */
    createCard(args: Args<operations["createCard"]>, options?: CallOptions): Promise<Result<Data<operations["createCard"]>>>;
    /**
     * Change a card's fields, or move it by giving a new idList, idBoard or pos.
     *
     * `PUT /1/cards/{id}`
     */
    updateCard(args: Args<operations["updateCard"]>, options?: CallOptions): Promise<Result<Data<operations["updateCard"]>>>;
    /**
     * Delete a card for good (archiving uses closed=true instead).
     *
     * `DELETE /1/cards/{id}`
     */
    deleteCard(args: Args<operations["deleteCard"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCard"]>>>;
    /**
     * Post a comment on a card.
     *
     * `POST /1/cards/{id}/actions/comments`
     */
    addCardComment(args: Args<operations["addCardComment"]>, options?: CallOptions): Promise<Result<Data<operations["addCardComment"]>>>;
    /**
     * Add a checklist to a card.
     *
     * `POST /1/checklists`
     */
    createChecklist(args: Args<operations["createChecklist"]>, options?: CallOptions): Promise<Result<Data<operations["createChecklist"]>>>;
    /**
     * Add an item to a checklist.
     *
     * `POST /1/checklists/{id}/checkItems`
     */
    createCheckItem(args: Args<operations["createCheckItem"]>, options?: CallOptions): Promise<Result<Data<operations["createCheckItem"]>>>;
    /**
     * Create a label on a board.
     *
     * `POST /1/labels`
     */
    createLabel(args: Args<operations["createLabel"]>, options?: CallOptions): Promise<Result<Data<operations["createLabel"]>>>;
    /**
     * Search boards, cards, members, workspaces and actions.
     *
     * `GET /1/search`
     */
    search(args: Args<operations["search"]>, options?: CallOptions): Promise<Result<Data<operations["search"]>>>;
}

const routes = {
    getMember: {"method":"GET","path":"/1/members/{id}"},
    listMemberBoards: {"method":"GET","path":"/1/members/{id}/boards"},
    getBoard: {"method":"GET","path":"/1/boards/{id}"},
    createBoard: {"method":"POST","path":"/1/boards","body":"application/json"},
    listBoardLists: {"method":"GET","path":"/1/boards/{id}/lists"},
    listBoardCards: {"method":"GET","path":"/1/boards/{id}/cards"},
    listBoardLabels: {"method":"GET","path":"/1/boards/{id}/labels"},
    createList: {"method":"POST","path":"/1/lists","body":"application/json"},
    listListCards: {"method":"GET","path":"/1/lists/{id}/cards"},
    getCard: {"method":"GET","path":"/1/cards/{id}"},
    createCard: {"method":"POST","path":"/1/cards","body":"application/json"},
    updateCard: {"method":"PUT","path":"/1/cards/{id}","body":"application/json"},
    deleteCard: {"method":"DELETE","path":"/1/cards/{id}"},
    addCardComment: {"method":"POST","path":"/1/cards/{id}/actions/comments","body":"application/json"},
    createChecklist: {"method":"POST","path":"/1/checklists","body":"application/json"},
    createCheckItem: {"method":"POST","path":"/1/checklists/{id}/checkItems","body":"application/json"},
    createLabel: {"method":"POST","path":"/1/labels","body":"application/json"},
    search: {"method":"GET","path":"/1/search"},
} satisfies Record<string, Route>;

/**
 * The Trello client: `const api = trello(new Switchboard({ baseUrl, apiKey }))`.
 */
export function trello(client: Switchboard): TrelloClient {
    const app = "trello";
    return {
        getMember: (args, options) => client.call(app, routes.getMember, args, options),
        listMemberBoards: (args, options) => client.call(app, routes.listMemberBoards, args, options),
        getBoard: (args, options) => client.call(app, routes.getBoard, args, options),
        createBoard: (args, options) => client.call(app, routes.createBoard, args, options),
        listBoardLists: (args, options) => client.call(app, routes.listBoardLists, args, options),
        listBoardCards: (args, options) => client.call(app, routes.listBoardCards, args, options),
        listBoardLabels: (args, options) => client.call(app, routes.listBoardLabels, args, options),
        createList: (args, options) => client.call(app, routes.createList, args, options),
        listListCards: (args, options) => client.call(app, routes.listListCards, args, options),
        getCard: (args, options) => client.call(app, routes.getCard, args, options),
        createCard: (args, options) => client.call(app, routes.createCard, args, options),
        updateCard: (args, options) => client.call(app, routes.updateCard, args, options),
        deleteCard: (args, options) => client.call(app, routes.deleteCard, args, options),
        addCardComment: (args, options) => client.call(app, routes.addCardComment, args, options),
        createChecklist: (args, options) => client.call(app, routes.createChecklist, args, options),
        createCheckItem: (args, options) => client.call(app, routes.createCheckItem, args, options),
        createLabel: (args, options) => client.call(app, routes.createLabel, args, options),
        search: (args, options) => client.call(app, routes.search, args, options),
    };
}