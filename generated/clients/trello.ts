// Generated from providers/trello.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/trello.js';

/**
 * Trello through the Switchboard gateway: Boards, lists, cards, comments, checklists, labels, members and search in Trello.
 */
export interface TrelloClient {
    /** Read a member's profile; use me for the connected member. `GET /1/members/{id}` */
    getMember: Call<operations["getMember"]>;
    /** List the boards a member belongs to. `GET /1/members/{id}/boards` */
    listMemberBoards: Call<operations["listMemberBoards"]>;
    /** Read a board, optionally with its lists, cards, labels, members and checklists. `GET /1/boards/{id}` */
    getBoard: Call<operations["getBoard"]>;
    /** Create a board, optionally in a workspace or copied from another board. `POST /1/boards` */
    createBoard: Call<operations["createBoard"]>;
    /** List the lists on a board. `GET /1/boards/{id}/lists` */
    listBoardLists: Call<operations["listBoardLists"]>;
    /** List the open cards on a board. `GET /1/boards/{id}/cards` */
    listBoardCards: Call<operations["listBoardCards"]>;
    /** List the labels defined on a board. `GET /1/boards/{id}/labels` */
    listBoardLabels: Call<operations["listBoardLabels"]>;
    /** Create a list on a board. `POST /1/lists` */
    createList: Call<operations["createList"]>;
    /** List the cards in a list. `GET /1/lists/{id}/cards` */
    listListCards: Call<operations["listListCards"]>;
    /** Read a card, optionally with its members, checklists, attachments and board. `GET /1/cards/{id}` */
    getCard: Call<operations["getCard"]>;
    /** Create a card in a list. `POST /1/cards` */
    createCard: Call<operations["createCard"]>;
    /** Change a card's fields, or move it by giving a new idList, idBoard or pos. `PUT /1/cards/{id}` */
    updateCard: Call<operations["updateCard"]>;
    /** Delete a card for good (archiving uses closed=true instead). `DELETE /1/cards/{id}` */
    deleteCard: Call<operations["deleteCard"]>;
    /** Post a comment on a card. `POST /1/cards/{id}/actions/comments` */
    addCardComment: Call<operations["addCardComment"]>;
    /** Add a checklist to a card. `POST /1/checklists` */
    createChecklist: Call<operations["createChecklist"]>;
    /** Add an item to a checklist. `POST /1/checklists/{id}/checkItems` */
    createCheckItem: Call<operations["createCheckItem"]>;
    /** Create a label on a board. `POST /1/labels` */
    createLabel: Call<operations["createLabel"]>;
    /** Search boards, cards, members, workspaces and actions. `GET /1/search` */
    search: Call<operations["search"]>;
}

const routes: Routes<TrelloClient> = {
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
};

/**
 * The Trello client: `const api = trello(new Switchboard({ baseUrl, apiKey }))`.
 */
export const trello = (sb: Switchboard): TrelloClient => bindClient<TrelloClient>(sb, "trello", routes);
