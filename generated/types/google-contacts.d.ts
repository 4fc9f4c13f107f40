// Generated from providers/google-contacts.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/contactGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's contact groups, built-in and self-made. */
        get: operations["listContactGroups"];
        put?: never;
        /** Create a contact group with a unique name. */
        post: operations["createContactGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contactGroups/{contactGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a contact group, optionally with the resource names of its members. */
        get: operations["getContactGroup"];
        put?: never;
        post?: never;
        /** Delete a self-made contact group, optionally with its contacts. */
        delete: operations["deleteContactGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contactGroups/{contactGroupId}/members:modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add contacts to and remove contacts from a group. */
        post: operations["modifyContactGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/otherContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the contacts Google saved automatically from the user's interactions. */
        get: operations["listOtherContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/me/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the user's saved contacts with the fields asked for. */
        get: operations["listConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact, or the user's own profile with people/me. */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{personId}:deleteContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{personId}:updateContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the contact fields named in updatePersonFields; the body must carry the current etag. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/people:batchCreateContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create up to 200 contacts in one call. */
        post: operations["batchCreateContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people:batchDeleteContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete up to 500 contacts in one call. */
        post: operations["batchDeleteContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people:batchGet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read up to 200 contacts at once by resource name. */
        get: operations["batchGetPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people:createContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a contact. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people:searchContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find saved contacts whose names, nicknames, e-mail addresses, phone numbers or organisations start with the query. */
        get: operations["searchContacts"];
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
        BatchCreateContactsRequest: {
            contacts: {
                contactPerson: components["schemas"]["CreateContactRequest"];
            }[];
            /** @description Fields of the created contacts to return. */
            readMask: string;
            sources?: string[];
        };
        BatchCreateContactsResponse: {
            createdPeople?: {
                person?: components["schemas"]["ListConnectionsResponsePerson"];
                requestedResourceName?: string;
                status?: Record<string, unknown>;
            }[];
        };
        BatchDeleteContactsRequest: {
            /** @description Full resource names, people/c…. */
            resourceNames: string[];
        };
        /** @description Google's Empty message: no fields. */
        BatchDeleteContactsResponse: Record<string, unknown>;
        BatchGetPeopleResponse: {
            responses?: {
                person?: components["schemas"]["ListConnectionsResponsePerson"];
                requestedResourceName?: string;
                status?: {
                    code?: number;
                    message?: string;
                };
            }[];
        };
        CreateContactGroupRequest: {
            contactGroup: {
                name: string;
                clientData?: {
                    key?: string;
                    value?: string;
                }[];
            };
            /** @description Fields of the new group to return. */
            readGroupFields?: string;
        };
        CreateContactGroupResponse: components["schemas"]["ListContactGroupsResponseContactGroupsItem"];
        CreateContactRequest: {
            names?: {
                givenName?: string;
                middleName?: string;
                familyName?: string;
            }[];
            emailAddresses?: {
                value: string;
                /** @description home, work, other or a custom label. */
                type?: string;
            }[];
            phoneNumbers?: {
                value: string;
                type?: string;
            }[];
            organizations?: {
                name?: string;
                title?: string;
            }[];
            addresses?: {
                streetAddress?: string;
                city?: string;
                postalCode?: string;
                country?: string;
                type?: string;
            }[];
            biographies?: {
                value?: string;
            }[];
            memberships?: {
                contactGroupMembership?: {
                    contactGroupResourceName?: string;
                };
            }[];
        };
        CreateContactResponse: components["schemas"]["ListConnectionsResponsePerson"];
        /** @description Google's Empty message: no fields. */
        DeleteContactGroupResponse: Record<string, unknown>;
        /** @description Google's Empty message: no fields. */
        DeleteContactResponse: Record<string, unknown>;
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
        GetContactGroupResponse: components["schemas"]["ListContactGroupsResponseContactGroupsItem"];
        GetPersonResponse: components["schemas"]["ListConnectionsResponsePerson"];
        ListConnectionsResponse: {
            connections?: components["schemas"]["ListConnectionsResponsePerson"][];
            nextPageToken?: string;
            nextSyncToken?: string;
            totalPeople?: number;
            totalItems?: number;
        };
        ListConnectionsResponsePerson: {
            /** @description people/{personId} */
            resourceName?: string;
            etag?: string;
            names?: {
                displayName?: string;
                givenName?: string;
                familyName?: string;
            }[];
            emailAddresses?: {
                value?: string;
                type?: string;
            }[];
            phoneNumbers?: {
                value?: string;
                type?: string;
            }[];
            organizations?: {
                name?: string;
                title?: string;
            }[];
            addresses?: Record<string, unknown>[];
            birthdays?: Record<string, unknown>[];
            photos?: {
                url?: string;
            }[];
            memberships?: Record<string, unknown>[];
            metadata?: Record<string, unknown>;
        };
        ListContactGroupsResponse: {
            contactGroups?: components["schemas"]["ListContactGroupsResponseContactGroupsItem"][];
            nextPageToken?: string;
            nextSyncToken?: string;
            totalItems?: number;
        };
        ListContactGroupsResponseContactGroupsItem: {
            /** @description contactGroups/{contactGroupId} */
            resourceName?: string;
            etag?: string;
            name?: string;
            formattedName?: string;
            /** @enum {string} */
            groupType?: "GROUP_TYPE_UNSPECIFIED" | "USER_CONTACT_GROUP" | "SYSTEM_CONTACT_GROUP";
            memberCount?: number;
            memberResourceNames?: string[];
        };
        ListOtherContactsResponse: {
            otherContacts?: components["schemas"]["ListConnectionsResponsePerson"][];
            nextPageToken?: string;
            nextSyncToken?: string;
            totalSize?: number;
        };
        ModifyContactGroupMembersRequest: {
            /** @description Full resource names (people/c…) to add. */
            resourceNamesToAdd?: string[];
            /** @description Full resource names (people/c…) to remove. */
            resourceNamesToRemove?: string[];
        };
        ModifyContactGroupMembersResponse: {
            notFoundResourceNames?: string[];
            canNotRemoveLastContactGroupResourceNames?: string[];
        };
        SearchContactsResponse: {
            results?: {
                person?: components["schemas"]["ListConnectionsResponsePerson"];
            }[];
        };
        UpdateContactRequest: components["schemas"]["CreateContactRequest"] & {
            /** @description etag from the last read of this contact. */
            etag: string;
        };
        UpdateContactResponse: components["schemas"]["ListConnectionsResponsePerson"];
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
        /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listContactGroups: {
        parameters: {
            query?: {
                /** @description Groups per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Group fields to return, from clientData, groupType, memberCount, metadata and name. */
                groupFields?: string;
                /** @description Token of an earlier listing to get only the changes since. */
                syncToken?: string;
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contactGroup": {
                 *         "name": "Work Contacts"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContactGroup: {
        parameters: {
            query?: {
                /** @description How many member resource names to include (none by default). */
                maxMembers?: number;
                /** @description Group fields to return, from clientData, groupType, memberCount, metadata and name. */
                groupFields?: string;
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Group id, the part after contactGroups/ in its resource name.
                 * @example myContacts
                 */
                contactGroupId: string;
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
                    "application/json": components["schemas"]["GetContactGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactGroup: {
        parameters: {
            query?: {
                /** @description Delete the group's contacts as well. */
                deleteContacts?: boolean;
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Group id, the part after contactGroups/ in its resource name.
                 * @example myContacts
                 */
                contactGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteContactGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    modifyContactGroupMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Group id, the part after contactGroups/ in its resource name.
                 * @example myContacts
                 */
                contactGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resourceNamesToAdd": [
                 *         "people/c123"
                 *       ],
                 *       "resourceNamesToRemove": [
                 *         "people/c456"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ModifyContactGroupMembersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifyContactGroupMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOtherContacts: {
        parameters: {
            query: {
                /**
                 * @description Fields to return, from names, emailAddresses, phoneNumbers, photos and metadata.
                 * @example names,emailAddresses
                 */
                readMask: string;
                /** @description Contacts per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Return a nextSyncToken for later incremental syncs. */
                requestSyncToken?: boolean;
                /** @description Token of an earlier listing to get only the changes since. */
                syncToken?: string;
                /** @description Which sources to return. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOtherContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listConnections: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated person fields to return, e.g. names,emailAddresses,phoneNumbers.
                 * @example names,emailAddresses,phoneNumbers
                 */
                personFields: string;
                /** @description Contacts per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Order of the contacts. */
                sortOrder?: "LAST_MODIFIED_ASCENDING" | "LAST_MODIFIED_DESCENDING" | "FIRST_NAME_ASCENDING" | "LAST_NAME_ASCENDING";
                /** @description Return a nextSyncToken for later incremental syncs. */
                requestSyncToken?: boolean;
                /** @description Token of an earlier sync to get only the changes since (valid for seven days). */
                syncToken?: string;
                /** @description Which kinds of sources to merge into each person. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE" | "READ_SOURCE_TYPE_DOMAIN_CONTACT" | "READ_SOURCE_TYPE_OTHER_CONTACT")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListConnectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPerson: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated person fields to return, e.g. names,emailAddresses,phoneNumbers.
                 * @example names,emailAddresses,phoneNumbers
                 */
                personFields: string;
                /** @description Which kinds of sources to merge into each person. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE" | "READ_SOURCE_TYPE_DOMAIN_CONTACT" | "READ_SOURCE_TYPE_OTHER_CONTACT")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Contact id, the part after people/ in its resource name (me for the user's own profile).
                 * @example c1234567890
                 */
                personId: string;
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
                    "application/json": components["schemas"]["GetPersonResponse"];
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
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Contact id, the part after people/ in its resource name (me for the user's own profile).
                 * @example c1234567890
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteContactResponse"];
                };
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
            query: {
                /**
                 * @description Comma-separated fields to replace, e.g. names,emailAddresses.
                 * @example names,emailAddresses
                 */
                updatePersonFields: string;
                /** @description Fields of the updated contact to return. */
                personFields?: string;
                /** @description Which kinds of sources to merge into each person. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE" | "READ_SOURCE_TYPE_DOMAIN_CONTACT" | "READ_SOURCE_TYPE_OTHER_CONTACT")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Contact id, the part after people/ in its resource name (me for the user's own profile).
                 * @example c1234567890
                 */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "etag": "%EgcBAgkLLjc9...",
                 *       "names": [
                 *         {
                 *           "givenName": "John",
                 *           "familyName": "Smith"
                 *         }
                 *       ]
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
    batchCreateContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contacts": [
                 *         {
                 *           "contactPerson": {
                 *             "names": [
                 *               {
                 *                 "givenName": "Alice"
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       ],
                 *       "readMask": "names"
                 *     }
                 */
                "application/json": components["schemas"]["BatchCreateContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchCreateContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchDeleteContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resourceNames": [
                 *         "people/c123",
                 *         "people/c456"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchDeleteContactsRequest"];
            };
        };
        responses: {
            /** @description An empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDeleteContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchGetPeople: {
        parameters: {
            query: {
                /**
                 * @description Full resource names (people/c…), repeated, at most 200.
                 * @example [
                 *       "people/c123",
                 *       "people/c456"
                 *     ]
                 */
                resourceNames: string[];
                /**
                 * @description Comma-separated person fields to return, e.g. names,emailAddresses,phoneNumbers.
                 * @example names,emailAddresses,phoneNumbers
                 */
                personFields: string;
                /** @description Which kinds of sources to merge into each person. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE" | "READ_SOURCE_TYPE_DOMAIN_CONTACT" | "READ_SOURCE_TYPE_OTHER_CONTACT")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["BatchGetPeopleResponse"];
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
            query?: {
                /** @description Fields of the new contact to return (all when unset). */
                personFields?: string;
                /** @description Which kinds of sources to merge into each person. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE" | "READ_SOURCE_TYPE_DOMAIN_CONTACT" | "READ_SOURCE_TYPE_OTHER_CONTACT")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "names": [
                 *         {
                 *           "givenName": "John",
                 *           "familyName": "Doe"
                 *         }
                 *       ],
                 *       "emailAddresses": [
                 *         {
                 *           "value": "john@example.com"
                 *         }
                 *       ],
                 *       "phoneNumbers": [
                 *         {
                 *           "value": "+1-555-0123"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
            query: {
                /** @description Prefix to match. */
                query: string;
                /** @description Comma-separated person fields to return, e.g. names,emailAddresses. */
                readMask: string;
                /** @description Most results to return. */
                pageSize?: number;
                /** @description Which sources to search. */
                sources?: ("READ_SOURCE_TYPE_CONTACT" | "READ_SOURCE_TYPE_PROFILE")[];
            };
            header?: {
                /** @description Id of the Google Contacts connection to use; without it the account's oldest active connection serves the request. */
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
}
