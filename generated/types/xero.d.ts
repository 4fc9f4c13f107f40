// Generated from providers/xero.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api.xro/2.0/Accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the chart of accounts. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/BankTransactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List spend and receive money transactions on bank accounts. */
        get: operations["listBankTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers and suppliers, filtered and paged. */
        get: operations["listContacts"];
        put?: never;
        /** Create contacts, or update those whose ContactID is given. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact by its ContactID (or contact number). */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/CreditNotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List credit notes issued to customers or received from suppliers. */
        get: operations["listCreditNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the currencies enabled for the organisation. */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sales invoices and bills, filtered and paged. */
        get: operations["listInvoices"];
        put?: never;
        /** Create sales invoices or bills, or update those whose InvoiceID is given. */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one invoice by InvoiceID or invoice number, with its line items. */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the products and services the organisation sells or buys. */
        get: operations["listItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the organisation's name, country, base currency, tax and financial-year settings. */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments made against invoices, credit notes and prepayments. */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/PurchaseOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List purchase orders, optionally by status and date range. */
        get: operations["listPurchaseOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Reports/BalanceSheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance sheet report as of a date. */
        get: operations["getBalanceSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Reports/ProfitAndLoss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profit and loss report for a date range, optionally split into periods. */
        get: operations["getProfitAndLoss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/Reports/TrialBalance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trial balance report as of a date. */
        get: operations["getTrialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api.xro/2.0/TaxRates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tax rates configured for the organisation. */
        get: operations["listTaxRates"];
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
        CreateContactRequest: {
            Contacts: {
                /** @description Set to update an existing contact. */
                ContactID?: string;
                /** @description Unique name of the contact; needed when creating. */
                Name?: string;
                FirstName?: string;
                LastName?: string;
                EmailAddress?: string;
                AccountNumber?: string;
                TaxNumber?: string;
                Phones?: {
                    /** @enum {string} */
                    PhoneType?: "DEFAULT" | "DDI" | "MOBILE" | "FAX";
                    PhoneNumber?: string;
                    PhoneAreaCode?: string;
                    PhoneCountryCode?: string;
                }[];
                Addresses?: {
                    /** @enum {string} */
                    AddressType?: "POBOX" | "STREET";
                    AddressLine1?: string;
                    City?: string;
                    PostalCode?: string;
                    Country?: string;
                }[];
            }[];
        };
        CreateContactResponse: components["schemas"]["ListContactsResponse"];
        CreateInvoiceRequest: {
            Invoices: {
                /** @description Set to update an existing invoice. */
                InvoiceID?: string;
                /**
                 * @description ACCREC for a sales invoice and ACCPAY for a bill.
                 * @enum {string}
                 */
                Type?: "ACCREC" | "ACCPAY";
                Contact?: {
                    ContactID?: string;
                    Name?: string;
                };
                /** Format: date */
                Date?: string;
                /** Format: date */
                DueDate?: string;
                Reference?: string;
                InvoiceNumber?: string;
                /** @enum {string} */
                Status?: "DRAFT" | "SUBMITTED" | "AUTHORISED" | "DELETED" | "VOIDED";
                /** @enum {string} */
                LineAmountTypes?: "Exclusive" | "Inclusive" | "NoTax";
                CurrencyCode?: string;
                LineItems?: {
                    Description?: string;
                    Quantity?: number;
                    UnitAmount?: number;
                    AccountCode?: string;
                    ItemCode?: string;
                    TaxType?: string;
                    DiscountRate?: number;
                }[];
            }[];
        };
        CreateInvoiceResponse: components["schemas"]["ListInvoicesResponse"];
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
        GetBalanceSheetResponse: components["schemas"]["GetProfitAndLossResponse"];
        GetContactResponse: components["schemas"]["ListContactsResponse"];
        GetInvoiceResponse: components["schemas"]["ListInvoicesResponse"];
        GetOrganisationResponse: {
            Organisations?: {
                OrganisationID?: string;
                Name?: string;
                LegalName?: string;
                CountryCode?: string;
                BaseCurrency?: string;
                OrganisationType?: string;
                FinancialYearEndDay?: number;
                FinancialYearEndMonth?: number;
                Timezone?: string;
                ShortCode?: string;
            }[];
        };
        GetProfitAndLossResponse: {
            Reports?: {
                ReportID?: string;
                ReportName?: string;
                ReportTitles?: string[];
                ReportDate?: string;
                UpdatedDateUTC?: string;
                Rows?: {
                    RowType?: string;
                    Title?: string;
                    Cells?: Record<string, unknown>[];
                    Rows?: Record<string, unknown>[];
                }[];
            }[];
        };
        GetTrialBalanceResponse: components["schemas"]["GetProfitAndLossResponse"];
        ListAccountsResponse: {
            Accounts?: {
                AccountID?: string;
                Code?: string;
                Name?: string;
                Type?: string;
                Status?: string;
                TaxType?: string;
                Class?: string;
                BankAccountNumber?: string;
            }[];
        };
        ListBankTransactionsResponse: {
            BankTransactions?: {
                BankTransactionID?: string;
                Type?: string;
                Status?: string;
                Date?: string;
                Total?: number;
                Contact?: Record<string, unknown>;
                BankAccount?: Record<string, unknown>;
                IsReconciled?: boolean;
                LineItems?: Record<string, unknown>[];
            }[];
        };
        ListContactsResponse: {
            Id?: string;
            Status?: string;
            DateTimeUTC?: string;
            pagination?: {
                page?: number;
                pageSize?: number;
                pageCount?: number;
                itemCount?: number;
            };
            Contacts?: {
                ContactID?: string;
                ContactNumber?: string;
                AccountNumber?: string;
                /** @enum {string} */
                ContactStatus?: "ACTIVE" | "ARCHIVED" | "GDPRREQUEST";
                Name?: string;
                FirstName?: string;
                LastName?: string;
                EmailAddress?: string;
                IsSupplier?: boolean;
                IsCustomer?: boolean;
                Phones?: {
                    PhoneType?: string;
                    PhoneNumber?: string;
                }[];
                Addresses?: Record<string, unknown>[];
                UpdatedDateUTC?: string;
            }[];
        };
        ListCreditNotesResponse: {
            CreditNotes?: {
                CreditNoteID?: string;
                CreditNoteNumber?: string;
                /** @enum {string} */
                Type?: "ACCRECCREDIT" | "ACCPAYCREDIT";
                Status?: string;
                Date?: string;
                Total?: number;
                RemainingCredit?: number;
                Contact?: Record<string, unknown>;
            }[];
        };
        ListCurrenciesResponse: {
            Currencies?: {
                Code?: string;
                Description?: string;
            }[];
        };
        ListInvoicesResponse: {
            Id?: string;
            Status?: string;
            DateTimeUTC?: string;
            Invoices?: {
                InvoiceID?: string;
                InvoiceNumber?: string;
                /** @enum {string} */
                Type?: "ACCREC" | "ACCPAY";
                Status?: string;
                Reference?: string;
                Contact?: {
                    ContactID?: string;
                    Name?: string;
                };
                Date?: string;
                DueDate?: string;
                CurrencyCode?: string;
                SubTotal?: number;
                TotalTax?: number;
                Total?: number;
                AmountDue?: number;
                AmountPaid?: number;
                LineItems?: Record<string, unknown>[];
                UpdatedDateUTC?: string;
            }[];
        };
        ListItemsResponse: {
            Items?: {
                ItemID?: string;
                Code?: string;
                Name?: string;
                Description?: string;
                IsSold?: boolean;
                IsPurchased?: boolean;
                SalesDetails?: Record<string, unknown>;
                PurchaseDetails?: Record<string, unknown>;
            }[];
        };
        ListPaymentsResponse: {
            Payments?: {
                PaymentID?: string;
                Date?: string;
                Amount?: number;
                Reference?: string;
                Status?: string;
                PaymentType?: string;
                Invoice?: Record<string, unknown>;
                Account?: Record<string, unknown>;
            }[];
        };
        ListPurchaseOrdersResponse: {
            PurchaseOrders?: {
                PurchaseOrderID?: string;
                PurchaseOrderNumber?: string;
                Status?: string;
                Date?: string;
                DeliveryDate?: string;
                Total?: number;
                Contact?: Record<string, unknown>;
            }[];
        };
        ListTaxRatesResponse: {
            TaxRates?: {
                Name?: string;
                TaxType?: string;
                Status?: string;
                EffectiveRate?: number;
                DisplayTaxRate?: number;
                TaxComponents?: Record<string, unknown>[];
            }[];
        };
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
        /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                /** @description Filter expression, e.g. Type=="BANK". */
                where?: string;
                order?: string;
            };
            header?: {
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBankTransactions: {
        parameters: {
            query?: {
                where?: string;
                order?: string;
                page?: number;
                pageSize?: number;
                unitdp?: 2 | 4;
            };
            header?: {
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBankTransactionsResponse"];
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
                /** @description Filter expression, e.g. ContactStatus=="ACTIVE". */
                where?: string;
                /** @description Sort expression, e.g. Name ASC. */
                order?: string;
                /** @description ContactIDs to fetch. */
                IDs?: string[];
                /** @description Page number starting at 1. */
                page?: number;
                pageSize?: number;
                /** @description true also returns archived contacts. */
                includeArchived?: boolean;
                /** @description true returns a lighter record without addresses and balances. */
                summaryOnly?: boolean;
                /** @description Matched against name, first name, last name, account number and email. */
                searchTerm?: string;
            };
            header?: {
                /** @description Only records changed after this UTC timestamp. */
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description false reports a validation result per record instead of failing the batch. */
                summarizeErrors?: boolean;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Contacts": [
                 *         {
                 *           "Name": "John Doe",
                 *           "EmailAddress": "john@example.com",
                 *           "Phones": [
                 *             {
                 *               "PhoneType": "DEFAULT",
                 *               "PhoneNumber": "555-1234"
                 *             }
                 *           ]
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
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description ContactID (a UUID) or ContactNumber. */
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
    listCreditNotes: {
        parameters: {
            query?: {
                where?: string;
                order?: string;
                page?: number;
                pageSize?: number;
                unitdp?: 2 | 4;
            };
            header?: {
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCreditNotesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCurrencies: {
        parameters: {
            query?: {
                where?: string;
                order?: string;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCurrenciesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Filter expression, e.g. Type=="ACCREC" AND Status=="AUTHORISED". */
                where?: string;
                /** @description Sort expression, e.g. Date DESC. */
                order?: string;
                /** @description InvoiceIDs to fetch. */
                IDs?: string[];
                InvoiceNumbers?: string[];
                ContactIDs?: string[];
                Statuses?: ("DRAFT" | "SUBMITTED" | "AUTHORISED" | "PAID" | "VOIDED" | "DELETED")[];
                page?: number;
                pageSize?: number;
                includeArchived?: boolean;
                /** @description true limits the list to invoices this app created. */
                createdByMyApp?: boolean;
                /** @description Decimal places for unit amounts. */
                unitdp?: 2 | 4;
                /** @description true returns lighter records without line items. */
                summaryOnly?: boolean;
                /** @description Matched against invoice number and reference. */
                searchTerm?: string;
            };
            header?: {
                /** @description Only invoices changed after this UTC timestamp. */
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInvoicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createInvoice: {
        parameters: {
            query?: {
                summarizeErrors?: boolean;
                unitdp?: 2 | 4;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Invoices": [
                 *         {
                 *           "Type": "ACCREC",
                 *           "Contact": {
                 *             "ContactID": "xxx"
                 *           },
                 *           "LineItems": [
                 *             {
                 *               "Description": "Service",
                 *               "Quantity": 1,
                 *               "UnitAmount": 100,
                 *               "AccountCode": "200"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getInvoice: {
        parameters: {
            query?: {
                /** @description Decimal places for unit amounts. */
                unitdp?: 2 | 4;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description InvoiceID (a UUID) or InvoiceNumber. */
                invoiceId: string;
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
                    "application/json": components["schemas"]["GetInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                where?: string;
                order?: string;
                unitdp?: 2 | 4;
            };
            header?: {
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetOrganisationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description Filter expression, e.g. Status=="AUTHORISED". */
                where?: string;
                order?: string;
                page?: number;
                pageSize?: number;
            };
            header?: {
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPaymentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPurchaseOrders: {
        parameters: {
            query?: {
                status?: "DRAFT" | "SUBMITTED" | "AUTHORISED" | "BILLED" | "DELETED";
                DateFrom?: string;
                DateTo?: string;
                order?: string;
                page?: number;
                pageSize?: number;
            };
            header?: {
                "If-Modified-Since"?: string;
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPurchaseOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBalanceSheet: {
        parameters: {
            query?: {
                /** @description Report date (YYYY-MM-DD). */
                date?: string;
                periods?: number;
                timeframe?: "MONTH" | "QUARTER" | "YEAR";
                trackingOptionID1?: string;
                trackingOptionID2?: string;
                standardLayout?: boolean;
                paymentsOnly?: boolean;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetBalanceSheetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProfitAndLoss: {
        parameters: {
            query?: {
                /** @description First day of the report (YYYY-MM-DD). */
                fromDate?: string;
                /** @description Last day of the report (YYYY-MM-DD). */
                toDate?: string;
                /** @description Number of earlier periods to compare. */
                periods?: number;
                timeframe?: "MONTH" | "QUARTER" | "YEAR";
                trackingCategoryID?: string;
                trackingOptionID?: string;
                trackingCategoryID2?: string;
                trackingOptionID2?: string;
                standardLayout?: boolean;
                /** @description true reports on a cash basis. */
                paymentsOnly?: boolean;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetProfitAndLossResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTrialBalance: {
        parameters: {
            query?: {
                /** @description Report date (YYYY-MM-DD). */
                date?: string;
                paymentsOnly?: boolean;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetTrialBalanceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaxRates: {
        parameters: {
            query?: {
                where?: string;
                order?: string;
            };
            header?: {
                /** @description Id of the Xero connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTaxRatesResponse"];
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
