// Generated from providers/hubspot.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/hubspot.js';

/**
 * HubSpot through the Switchboard gateway: HubSpot CRM records (contacts, companies, deals and other objects), their associations, batches, search and properties.
 */
export interface HubspotClient {
    /** Page through contacts with the properties asked for. `GET /crm/v3/objects/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with the properties asked for. `GET /crm/v3/objects/contacts/{contactId}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact from property values, optionally associated with other records. `POST /crm/v3/objects/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Overwrite some properties of a contact. `PATCH /crm/v3/objects/contacts/{contactId}` */
    updateContact: Call<operations["updateContact"]>;
    /** Archive a contact (restorable for 90 days). `DELETE /crm/v3/objects/contacts/{contactId}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Find contacts by property filters, a text query and sort order. `POST /crm/v3/objects/contacts/search` */
    searchContacts: Paged<operations["searchContacts"]>;
    /** Page through companies with the properties asked for. `GET /crm/v3/objects/companies` */
    listCompanies: Paged<operations["listCompanies"]>;
    /** Read one company with the properties asked for. `GET /crm/v3/objects/companies/{companyId}` */
    getCompany: Call<operations["getCompany"]>;
    /** Create a company from property values. `POST /crm/v3/objects/companies` */
    createCompany: Call<operations["createCompany"]>;
    /** Overwrite some properties of a company. `PATCH /crm/v3/objects/companies/{companyId}` */
    updateCompany: Call<operations["updateCompany"]>;
    /** Archive a company (restorable for 90 days). `DELETE /crm/v3/objects/companies/{companyId}` */
    deleteCompany: Call<operations["deleteCompany"]>;
    /** Find companies by property filters, a text query and sort order. `POST /crm/v3/objects/companies/search` */
    searchCompanies: Paged<operations["searchCompanies"]>;
    /** Page through deals with the properties asked for. `GET /crm/v3/objects/deals` */
    listDeals: Paged<operations["listDeals"]>;
    /** Read one deal with the properties asked for. `GET /crm/v3/objects/deals/{dealId}` */
    getDeal: Call<operations["getDeal"]>;
    /** Create a deal in a pipeline stage. `POST /crm/v3/objects/deals` */
    createDeal: Call<operations["createDeal"]>;
    /** Overwrite some properties of a deal, such as its amount or stage. `PATCH /crm/v3/objects/deals/{dealId}` */
    updateDeal: Call<operations["updateDeal"]>;
    /** Archive a deal (restorable for 90 days). `DELETE /crm/v3/objects/deals/{dealId}` */
    deleteDeal: Call<operations["deleteDeal"]>;
    /** Find deals by property filters, a text query and sort order. `POST /crm/v3/objects/deals/search` */
    searchDeals: Paged<operations["searchDeals"]>;
    /** Link two records with one or more association types (labels). `PUT /crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/{toObjectType}/{toObjectId}` */
    createAssociation: Call<operations["createAssociation"]>;
    /** Page through the records of one type that a record is linked to, with the link types. `GET /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}` */
    listAssociations: Paged<operations["listAssociations"]>;
    /** Read up to 100 records of one type by id (or by a unique property). `POST /crm/v3/objects/{objectType}/batch/read` */
    batchReadObjects: Call<operations["batchReadObjects"]>;
    /** Create up to 100 records of one type in one call. `POST /crm/v3/objects/{objectType}/batch/create` */
    batchCreateObjects: Call<operations["batchCreateObjects"]>;
    /** Overwrite properties of up to 100 records of one type in one call. `POST /crm/v3/objects/{objectType}/batch/update` */
    batchUpdateObjects: Call<operations["batchUpdateObjects"]>;
    /** Archive up to 100 records of one type in one call. `POST /crm/v3/objects/{objectType}/batch/archive` */
    batchArchiveObjects: Call<operations["batchArchiveObjects"]>;
    /** List the properties an object type has, with their types and allowed options. `GET /crm/v3/properties/{objectType}` */
    listProperties: Call<operations["listProperties"]>;
}

const routes: Routes<HubspotClient> = {
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
};

/**
 * The HubSpot client: `const api = hubspot(new Switchboard({ baseUrl, apiKey }))`.
 */
export const hubspot = (sb: Switchboard): HubspotClient => bindClient<HubspotClient>(sb, "hubspot", routes);
