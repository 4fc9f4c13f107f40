// Generated from providers/hubspot.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/crm/v3/objects/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through companies with the properties asked for. */
        get: operations["listCompanies"];
        put?: never;
        /** Create a company from property values. */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/companies/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find companies by property filters, a text query and sort order. */
        post: operations["searchCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one company with the properties asked for. */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /** Archive a company (restorable for 90 days). */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        /** Overwrite some properties of a company. */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/crm/v3/objects/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through contacts with the properties asked for. */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact from property values, optionally associated with other records. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find contacts by property filters, a text query and sort order. */
        post: operations["searchContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with the properties asked for. */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Archive a contact (restorable for 90 days). */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Overwrite some properties of a contact. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/crm/v3/objects/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through deals with the properties asked for. */
        get: operations["listDeals"];
        put?: never;
        /** Create a deal in a pipeline stage. */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/deals/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find deals by property filters, a text query and sort order. */
        post: operations["searchDeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/deals/{dealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one deal with the properties asked for. */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        /** Archive a deal (restorable for 90 days). */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        /** Overwrite some properties of a deal, such as its amount or stage. */
        patch: operations["updateDeal"];
        trace?: never;
    };
    "/crm/v3/objects/{objectType}/batch/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive up to 100 records of one type in one call. */
        post: operations["batchArchiveObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/{objectType}/batch/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create up to 100 records of one type in one call. */
        post: operations["batchCreateObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/{objectType}/batch/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read up to 100 records of one type by id (or by a unique property). */
        post: operations["batchReadObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/objects/{objectType}/batch/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Overwrite properties of up to 100 records of one type in one call. */
        post: operations["batchUpdateObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v3/properties/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the properties an object type has, with their types and allowed options. */
        get: operations["listProperties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/{toObjectType}/{toObjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link two records with one or more association types (labels). */
        put: operations["createAssociation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the records of one type that a record is linked to, with the link types. */
        get: operations["listAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BatchArchiveObjectsRequest: {
            inputs: {
                id: string;
            }[];
        };
        BatchCreateObjectsRequest: {
            inputs: components["schemas"]["CreateContactRequest"][];
        };
        BatchCreateObjectsResponse: components["schemas"]["BatchReadObjectsResponse"];
        BatchReadObjectsRequest: {
            properties?: string[];
            propertiesWithHistory?: string[];
            /** @description Unique property the input ids are values of. */
            idProperty?: string;
            inputs: {
                id: string;
            }[];
        };
        BatchReadObjectsResponse: {
            /** @enum {string} */
            status?: "PENDING" | "PROCESSING" | "CANCELED" | "COMPLETE";
            results?: components["schemas"]["CreateContactResponse"][];
            numErrors?: number;
            errors?: Record<string, unknown>[];
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            completedAt?: string;
        };
        BatchUpdateObjectsRequest: {
            inputs: {
                id: string;
                idProperty?: string;
                properties: {
                    [key: string]: string;
                };
            }[];
        };
        BatchUpdateObjectsResponse: components["schemas"]["BatchReadObjectsResponse"];
        CreateAssociationRequest: {
            /** @enum {string} */
            associationCategory: "HUBSPOT_DEFINED" | "USER_DEFINED" | "INTEGRATOR_DEFINED";
            /** @description E.g. 279 contact to company, 3 deal to contact, 341 deal to company. */
            associationTypeId: number;
        }[];
        CreateAssociationResponse: {
            fromObjectTypeId?: string;
            fromObjectId?: number;
            toObjectTypeId?: string;
            toObjectId?: number;
            labels?: string[];
        };
        CreateCompanyRequest: components["schemas"]["CreateContactRequest"];
        CreateCompanyResponse: components["schemas"]["CreateContactResponse"];
        CreateContactRequest: {
            /** @description Property name to value. */
            properties: {
                [key: string]: string;
            };
            associations?: {
                to?: {
                    id?: string;
                };
                types?: {
                    /** @enum {string} */
                    associationCategory?: "HUBSPOT_DEFINED" | "USER_DEFINED" | "INTEGRATOR_DEFINED";
                    associationTypeId?: number;
                }[];
            }[];
        };
        CreateContactResponse: {
            id?: string;
            properties?: {
                [key: string]: string | null;
            };
            propertiesWithHistory?: Record<string, unknown>;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            archived?: boolean;
            /** Format: date-time */
            archivedAt?: string;
        };
        CreateDealRequest: components["schemas"]["CreateContactRequest"];
        CreateDealResponse: components["schemas"]["CreateContactResponse"];
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_POLICY_DENIED" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        GetCompanyResponse: components["schemas"]["ListContactsResponseResultsItem"];
        GetContactResponse: components["schemas"]["ListContactsResponseResultsItem"];
        GetDealResponse: components["schemas"]["ListContactsResponseResultsItem"];
        ListAssociationsResponse: {
            results?: {
                toObjectId?: number;
                associationTypes?: {
                    category?: string;
                    typeId?: number;
                    label?: string | null;
                }[];
            }[];
            paging?: components["schemas"]["ListContactsResponsePaging"];
        };
        ListCompaniesResponse: components["schemas"]["ListContactsResponse"];
        ListContactsResponse: {
            results?: components["schemas"]["ListContactsResponseResultsItem"][];
            paging?: components["schemas"]["ListContactsResponsePaging"];
        };
        ListContactsResponsePaging: {
            next?: {
                after?: string;
                link?: string;
            };
        };
        ListContactsResponseResultsItem: {
            id?: string;
            properties?: {
                [key: string]: string | null;
            };
            propertiesWithHistory?: Record<string, unknown>;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            archived?: boolean;
            /** Format: date-time */
            archivedAt?: string;
            /** @description Associated record ids by object type, when the call names types in associations. */
            associations?: Record<string, unknown>;
        };
        ListDealsResponse: components["schemas"]["ListContactsResponse"];
        ListPropertiesResponse: {
            results?: {
                name?: string;
                label?: string;
                /** @enum {string} */
                type?: "string" | "number" | "date" | "datetime" | "enumeration" | "bool" | "phone_number" | "object_coordinates" | "json";
                fieldType?: string;
                groupName?: string;
                description?: string;
                hasUniqueValue?: boolean;
                calculated?: boolean;
                modificationMetadata?: {
                    readOnlyValue?: boolean;
                    archivable?: boolean;
                };
                options?: {
                    label?: string;
                    value?: string;
                    displayOrder?: number;
                    hidden?: boolean;
                }[];
            }[];
        };
        SearchCompaniesRequest: components["schemas"]["SearchContactsRequest"];
        SearchCompaniesResponse: components["schemas"]["SearchContactsResponse"];
        SearchContactsRequest: {
            /** @description Groups are OR-ed together; filters inside a group are AND-ed. */
            filterGroups?: {
                filters?: {
                    propertyName: string;
                    /** @enum {string} */
                    operator: "EQ" | "NEQ" | "LT" | "LTE" | "GT" | "GTE" | "BETWEEN" | "IN" | "NOT_IN" | "HAS_PROPERTY" | "NOT_HAS_PROPERTY" | "CONTAINS_TOKEN" | "NOT_CONTAINS_TOKEN";
                    value?: string;
                    /** @description Upper bound for BETWEEN. */
                    highValue?: string;
                    /** @description Values for IN and NOT_IN. */
                    values?: string[];
                }[];
            }[];
            /** @description Free text matched against the default searchable properties. */
            query?: string;
            sorts?: {
                propertyName?: string;
                /** @enum {string} */
                direction?: "ASCENDING" | "DESCENDING";
            }[];
            /** @description Properties to return. */
            properties?: string[];
            limit?: number;
            /** @description paging.next.after of the previous page. */
            after?: string;
        };
        SearchContactsResponse: {
            total?: number;
            results?: components["schemas"]["CreateContactResponse"][];
            paging?: components["schemas"]["ListContactsResponsePaging"];
        };
        SearchDealsRequest: components["schemas"]["SearchContactsRequest"];
        SearchDealsResponse: components["schemas"]["SearchContactsResponse"];
        UpdateCompanyRequest: components["schemas"]["UpdateContactRequest"];
        UpdateCompanyResponse: components["schemas"]["CreateContactResponse"];
        UpdateContactRequest: {
            /** @description Property name to new value; an empty string clears it. */
            properties: {
                [key: string]: string;
            };
        };
        UpdateContactResponse: components["schemas"]["CreateContactResponse"];
        UpdateDealRequest: components["schemas"]["UpdateContactRequest"];
        UpdateDealResponse: components["schemas"]["CreateContactResponse"];
    };
    responses: {
        /** @description The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body. */
        GatewayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Missing or invalid Switchboard API key, or an expired connection credential. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Over the account's request limit, or the upstream's own 429. */
        GatewayRateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream could not be reached. */
        GatewayUnreachable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCompanies: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description paging.next.after of the previous page. */
                after?: string;
                /** @description Properties to return, e.g. email,firstname,lastname. */
                properties?: string[];
                /** @description Properties to return with their past values. */
                propertiesWithHistory?: string[];
                /** @description Object types whose associated ids to include. */
                associations?: string[];
                /** @description true lists archived records instead. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCompaniesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "name": "Acme Corp",
                 *         "domain": "acme.com",
                 *         "industry": "COMPUTER_SOFTWARE"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCompanyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchCompanies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filterGroups": [
                 *         {
                 *           "filters": [
                 *             {
                 *               "propertyName": "domain",
                 *               "operator": "CONTAINS_TOKEN",
                 *               "value": "*"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "properties": [
                 *         "name",
                 *         "domain"
                 *       ],
                 *       "limit": 10
                 *     }
                 */
                "application/json": components["schemas"]["SearchCompaniesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchCompaniesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompany: {
        parameters: {
            query?: {
                /** @description Properties to return. */
                properties?: string[];
                propertiesWithHistory?: string[];
                /** @description Object types whose associated ids to include. */
                associations?: string[];
                archived?: boolean;
                /** @description A unique property (such as email) that the path id is a value of, instead of the record id. */
                idProperty?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the company (or the value of idProperty). */
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the company (or the value of idProperty). */
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCompany: {
        parameters: {
            query?: {
                /** @description A unique property that the path id is a value of. */
                idProperty?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the company (or the value of idProperty). */
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "industry": "COMPUTER_SOFTWARE",
                 *         "numberofemployees": "50"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCompanyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description paging.next.after of the previous page. */
                after?: string;
                /** @description Properties to return, e.g. email,firstname,lastname. */
                properties?: string[];
                /** @description Properties to return with their past values. */
                propertiesWithHistory?: string[];
                /** @description Object types whose associated ids to include. */
                associations?: string[];
                /** @description true lists archived records instead. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "email": "john@example.com",
                 *         "firstname": "John",
                 *         "lastname": "Doe",
                 *         "phone": "+1234567890"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filterGroups": [
                 *         {
                 *           "filters": [
                 *             {
                 *               "propertyName": "email",
                 *               "operator": "EQ",
                 *               "value": "john@example.com"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "properties": [
                 *         "email",
                 *         "firstname",
                 *         "lastname"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SearchContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContact: {
        parameters: {
            query?: {
                /** @description Properties to return. */
                properties?: string[];
                propertiesWithHistory?: string[];
                /** @description Object types whose associated ids to include. */
                associations?: string[];
                archived?: boolean;
                /** @description A unique property (such as email) that the path id is a value of, instead of the record id. */
                idProperty?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact (or the value of idProperty). */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact (or the value of idProperty). */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContact: {
        parameters: {
            query?: {
                /** @description A unique property that the path id is a value of. */
                idProperty?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact (or the value of idProperty). */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "phone": "+0987654321"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description paging.next.after of the previous page. */
                after?: string;
                /** @description Properties to return, e.g. email,firstname,lastname. */
                properties?: string[];
                /** @description Properties to return with their past values. */
                propertiesWithHistory?: string[];
                /** @description Object types whose associated ids to include. */
                associations?: string[];
                /** @description true lists archived records instead. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDealsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "dealname": "New Deal",
                 *         "amount": "10000",
                 *         "dealstage": "appointmentscheduled"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDealRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchDeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filterGroups": [
                 *         {
                 *           "filters": [
                 *             {
                 *               "propertyName": "amount",
                 *               "operator": "GTE",
                 *               "value": "1000"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "properties": [
                 *         "dealname",
                 *         "amount",
                 *         "dealstage"
                 *       ],
                 *       "limit": 10
                 *     }
                 */
                "application/json": components["schemas"]["SearchDealsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchDealsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDeal: {
        parameters: {
            query?: {
                /** @description Properties to return. */
                properties?: string[];
                propertiesWithHistory?: string[];
                /** @description Object types whose associated ids to include. */
                associations?: string[];
                archived?: boolean;
                /** @description A unique property (such as email) that the path id is a value of, instead of the record id. */
                idProperty?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deal (or the value of idProperty). */
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deal (or the value of idProperty). */
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDeal: {
        parameters: {
            query?: {
                /** @description A unique property that the path id is a value of. */
                idProperty?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deal (or the value of idProperty). */
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "amount": "15000",
                 *         "dealstage": "qualifiedtobuy"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDealRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchArchiveObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object name or type id: contacts, companies, deals, tickets, 0-1, 2-1234567 ….
                 * @example contacts
                 */
                objectType: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputs": [
                 *         {
                 *           "id": "123"
                 *         },
                 *         {
                 *           "id": "456"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchArchiveObjectsRequest"];
            };
        };
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchCreateObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object name or type id: contacts, companies, deals, tickets, 0-1, 2-1234567 ….
                 * @example contacts
                 */
                objectType: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputs": [
                 *         {
                 *           "properties": {
                 *             "email": "one@example.com",
                 *             "firstname": "One"
                 *           }
                 *         },
                 *         {
                 *           "properties": {
                 *             "email": "two@example.com",
                 *             "firstname": "Two"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchCreateObjectsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchCreateObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchReadObjects: {
        parameters: {
            query?: {
                archived?: boolean;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object name or type id: contacts, companies, deals, tickets, 0-1, 2-1234567 ….
                 * @example contacts
                 */
                objectType: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": [
                 *         "email",
                 *         "firstname"
                 *       ],
                 *       "inputs": [
                 *         {
                 *           "id": "123"
                 *         },
                 *         {
                 *           "id": "456"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchReadObjectsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchReadObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object name or type id: contacts, companies, deals, tickets, 0-1, 2-1234567 ….
                 * @example contacts
                 */
                objectType: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputs": [
                 *         {
                 *           "id": "123",
                 *           "properties": {
                 *             "firstname": "Updated"
                 *           }
                 *         },
                 *         {
                 *           "id": "456",
                 *           "properties": {
                 *             "firstname": "Also Updated"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdateObjectsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdateObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProperties: {
        parameters: {
            query?: {
                archived?: boolean;
                /** @description Only these property names (comma-separated). */
                properties?: string;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object name or type id: contacts, companies, deals, tickets, 0-1, 2-1234567 ….
                 * @example contacts
                 */
                objectType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPropertiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAssociation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Object type of the record the association starts from. */
                fromObjectType: string;
                /** @description Id of the record the association starts from. */
                fromObjectId: string;
                /** @description Object type of the associated records. */
                toObjectType: string;
                /** @description Id of the record the association points to. */
                toObjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "associationCategory": "HUBSPOT_DEFINED",
                 *         "associationTypeId": 279
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["CreateAssociationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAssociationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAssociations: {
        parameters: {
            query?: {
                /** @description paging.next.after of the previous page. */
                after?: string;
                limit?: number;
            };
            header?: {
                /** @description Id of the HubSpot connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object name or type id: contacts, companies, deals, tickets, 0-1, 2-1234567 ….
                 * @example contacts
                 */
                objectType: string;
                /** @description Id of the record. */
                objectId: string;
                /** @description Object type of the associated records. */
                toObjectType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAssociationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
