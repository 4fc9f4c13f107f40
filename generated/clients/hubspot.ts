// Generated from providers/hubspot.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/hubspot.js';

/**
 * HubSpot through the Switchboard gateway: HubSpot CRM records (contacts, companies, deals and other objects), their associations, batches, search and properties.
 */
export interface HubspotClient {
    /**
     * Page through contacts with the properties asked for.
     *
     * `GET /crm/v3/objects/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with the properties asked for.
     *
     * `GET /crm/v3/objects/contacts/{contactId}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact from property values, optionally associated with other records.
     *
     * `POST /crm/v3/objects/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Overwrite some properties of a contact.
     *
     * `PATCH /crm/v3/objects/contacts/{contactId}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Archive a contact (restorable for 90 days).
     *
     * `DELETE /crm/v3/objects/contacts/{contactId}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Find contacts by property filters, a text query and sort order.
     *
     * `POST /crm/v3/objects/contacts/search`
     */
    searchContacts: {
        (args: Args<operations["searchContacts"]>, options?: CallOptions): Promise<Result<Data<operations["searchContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchContacts"]>, void, undefined>;
    };
    /**
     * Page through companies with the properties asked for.
     *
     * `GET /crm/v3/objects/companies`
     */
    listCompanies: {
        (args?: Args<operations["listCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["listCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompanies"]>, void, undefined>;
    };
    /**
     * Read one company with the properties asked for.
     *
     * `GET /crm/v3/objects/companies/{companyId}`
     */
    getCompany(args: Args<operations["getCompany"]>, options?: CallOptions): Promise<Result<Data<operations["getCompany"]>>>;
    /**
     * Create a company from property values.
     *
     * `POST /crm/v3/objects/companies`
     */
    createCompany(args: Args<operations["createCompany"]>, options?: CallOptions): Promise<Result<Data<operations["createCompany"]>>>;
    /**
     * Overwrite some properties of a company.
     *
     * `PATCH /crm/v3/objects/companies/{companyId}`
     */
    updateCompany(args: Args<operations["updateCompany"]>, options?: CallOptions): Promise<Result<Data<operations["updateCompany"]>>>;
    /**
     * Archive a company (restorable for 90 days).
     *
     * `DELETE /crm/v3/objects/companies/{companyId}`
     */
    deleteCompany(args: Args<operations["deleteCompany"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCompany"]>>>;
    /**
     * Find companies by property filters, a text query and sort order.
     *
     * `POST /crm/v3/objects/companies/search`
     */
    searchCompanies: {
        (args: Args<operations["searchCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["searchCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchCompanies"]>, void, undefined>;
    };
    /**
     * Page through deals with the properties asked for.
     *
     * `GET /crm/v3/objects/deals`
     */
    listDeals: {
        (args?: Args<operations["listDeals"]>, options?: CallOptions): Promise<Result<Data<operations["listDeals"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDeals"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDeals"]>, void, undefined>;
    };
    /**
     * Read one deal with the properties asked for.
     *
     * `GET /crm/v3/objects/deals/{dealId}`
     */
    getDeal(args: Args<operations["getDeal"]>, options?: CallOptions): Promise<Result<Data<operations["getDeal"]>>>;
    /**
     * Create a deal in a pipeline stage.
     *
     * `POST /crm/v3/objects/deals`
     */
    createDeal(args: Args<operations["createDeal"]>, options?: CallOptions): Promise<Result<Data<operations["createDeal"]>>>;
    /**
     * Overwrite some properties of a deal, such as its amount or stage.
     *
     * `PATCH /crm/v3/objects/deals/{dealId}`
     */
    updateDeal(args: Args<operations["updateDeal"]>, options?: CallOptions): Promise<Result<Data<operations["updateDeal"]>>>;
    /**
     * Archive a deal (restorable for 90 days).
     *
     * `DELETE /crm/v3/objects/deals/{dealId}`
     */
    deleteDeal(args: Args<operations["deleteDeal"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDeal"]>>>;
    /**
     * Find deals by property filters, a text query and sort order.
     *
     * `POST /crm/v3/objects/deals/search`
     */
    searchDeals: {
        (args: Args<operations["searchDeals"]>, options?: CallOptions): Promise<Result<Data<operations["searchDeals"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchDeals"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchDeals"]>, void, undefined>;
    };
    /**
     * Link two records with one or more association types (labels).
     *
     * `PUT /crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/{toObjectType}/{toObjectId}`
     */
    createAssociation(args: Args<operations["createAssociation"]>, options?: CallOptions): Promise<Result<Data<operations["createAssociation"]>>>;
    /**
     * Page through the records of one type that a record is linked to, with the link types.
     *
     * `GET /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}`
     */
    listAssociations: {
        (args: Args<operations["listAssociations"]>, options?: CallOptions): Promise<Result<Data<operations["listAssociations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAssociations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAssociations"]>, void, undefined>;
    };
    /**
     * Read up to 100 records of one type by id (or by a unique property).
     *
     * `POST /crm/v3/objects/{objectType}/batch/read`
     */
    batchReadObjects(args: Args<operations["batchReadObjects"]>, options?: CallOptions): Promise<Result<Data<operations["batchReadObjects"]>>>;
    /**
     * Create up to 100 records of one type in one call.
     *
     * `POST /crm/v3/objects/{objectType}/batch/create`
     */
    batchCreateObjects(args: Args<operations["batchCreateObjects"]>, options?: CallOptions): Promise<Result<Data<operations["batchCreateObjects"]>>>;
    /**
     * Overwrite properties of up to 100 records of one type in one call.
     *
     * `POST /crm/v3/objects/{objectType}/batch/update`
     */
    batchUpdateObjects(args: Args<operations["batchUpdateObjects"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdateObjects"]>>>;
    /**
     * Archive up to 100 records of one type in one call.
     *
     * `POST /crm/v3/objects/{objectType}/batch/archive`
     */
    batchArchiveObjects(args: Args<operations["batchArchiveObjects"]>, options?: CallOptions): Promise<Result<Data<operations["batchArchiveObjects"]>>>;
    /**
     * List the properties an object type has, with their types and allowed options.
     *
     * `GET /crm/v3/properties/{objectType}`
     */
    listProperties(args: Args<operations["listProperties"]>, options?: CallOptions): Promise<Result<Data<operations["listProperties"]>>>;
}

const routes = {
    listContacts: {"method":"GET","path":"/crm/v3/objects/contacts","comma":["properties","propertiesWithHistory","associations"],"paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after"}},
    getContact: {"method":"GET","path":"/crm/v3/objects/contacts/{contactId}","comma":["properties","propertiesWithHistory","associations"]},
    createContact: {"method":"POST","path":"/crm/v3/objects/contacts","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/crm/v3/objects/contacts/{contactId}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/crm/v3/objects/contacts/{contactId}"},
    searchContacts: {"method":"POST","path":"/crm/v3/objects/contacts/search","body":"application/json","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after","in":"body"}},
    listCompanies: {"method":"GET","path":"/crm/v3/objects/companies","comma":["properties","propertiesWithHistory","associations"],"paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after"}},
    getCompany: {"method":"GET","path":"/crm/v3/objects/companies/{companyId}","comma":["properties","propertiesWithHistory","associations"]},
    createCompany: {"method":"POST","path":"/crm/v3/objects/companies","body":"application/json"},
    updateCompany: {"method":"PATCH","path":"/crm/v3/objects/companies/{companyId}","body":"application/json"},
    deleteCompany: {"method":"DELETE","path":"/crm/v3/objects/companies/{companyId}"},
    searchCompanies: {"method":"POST","path":"/crm/v3/objects/companies/search","body":"application/json","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after","in":"body"}},
    listDeals: {"method":"GET","path":"/crm/v3/objects/deals","comma":["properties","propertiesWithHistory","associations"],"paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after"}},
    getDeal: {"method":"GET","path":"/crm/v3/objects/deals/{dealId}","comma":["properties","propertiesWithHistory","associations"]},
    createDeal: {"method":"POST","path":"/crm/v3/objects/deals","body":"application/json"},
    updateDeal: {"method":"PATCH","path":"/crm/v3/objects/deals/{dealId}","body":"application/json"},
    deleteDeal: {"method":"DELETE","path":"/crm/v3/objects/deals/{dealId}"},
    searchDeals: {"method":"POST","path":"/crm/v3/objects/deals/search","body":"application/json","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after","in":"body"}},
    createAssociation: {"method":"PUT","path":"/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/{toObjectType}/{toObjectId}","body":"application/json"},
    listAssociations: {"method":"GET","path":"/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.next.after"}},
    batchReadObjects: {"method":"POST","path":"/crm/v3/objects/{objectType}/batch/read","body":"application/json"},
    batchCreateObjects: {"method":"POST","path":"/crm/v3/objects/{objectType}/batch/create","body":"application/json"},
    batchUpdateObjects: {"method":"POST","path":"/crm/v3/objects/{objectType}/batch/update","body":"application/json"},
    batchArchiveObjects: {"method":"POST","path":"/crm/v3/objects/{objectType}/batch/archive","body":"application/json"},
    listProperties: {"method":"GET","path":"/crm/v3/properties/{objectType}"},
} satisfies Record<string, Route>;

/**
 * The HubSpot client: `const api = hubspot(new Switchboard({ baseUrl, apiKey }))`.
 */
export function hubspot(client: Switchboard): HubspotClient {
    const app = "hubspot";
    return {
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as HubspotClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        searchContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchContacts, args, options) }) as HubspotClient["searchContacts"],
        listCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompanies, args, options) }) as HubspotClient["listCompanies"],
        getCompany: (args, options) => client.call(app, routes.getCompany, args, options),
        createCompany: (args, options) => client.call(app, routes.createCompany, args, options),
        updateCompany: (args, options) => client.call(app, routes.updateCompany, args, options),
        deleteCompany: (args, options) => client.call(app, routes.deleteCompany, args, options),
        searchCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchCompanies, args, options) }) as HubspotClient["searchCompanies"],
        listDeals: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDeals, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDeals, args, options) }) as HubspotClient["listDeals"],
        getDeal: (args, options) => client.call(app, routes.getDeal, args, options),
        createDeal: (args, options) => client.call(app, routes.createDeal, args, options),
        updateDeal: (args, options) => client.call(app, routes.updateDeal, args, options),
        deleteDeal: (args, options) => client.call(app, routes.deleteDeal, args, options),
        searchDeals: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchDeals, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchDeals, args, options) }) as HubspotClient["searchDeals"],
        createAssociation: (args, options) => client.call(app, routes.createAssociation, args, options),
        listAssociations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAssociations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAssociations, args, options) }) as HubspotClient["listAssociations"],
        batchReadObjects: (args, options) => client.call(app, routes.batchReadObjects, args, options),
        batchCreateObjects: (args, options) => client.call(app, routes.batchCreateObjects, args, options),
        batchUpdateObjects: (args, options) => client.call(app, routes.batchUpdateObjects, args, options),
        batchArchiveObjects: (args, options) => client.call(app, routes.batchArchiveObjects, args, options),
        listProperties: (args, options) => client.call(app, routes.listProperties, args, options),
    };
}