// Generated from providers/quickbooks.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/company/:realmId/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run up to 30 queries or entity operations in one request.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/bill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a vendor bill; with operation=delete, delete it.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["saveBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/billpayment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay vendor bills by check or credit card.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["saveBillPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/companyinfo/:realmId": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the company's name, address, fiscal year and country settings.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getCompanyInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer, or update one when the body carries its Id and SyncToken (Active false deactivates it).
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["saveCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/customer/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one customer by id.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update an invoice; with operation=void or operation=delete, void or delete it.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["saveInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/invoice/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one invoice by id.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a product or service item, or update one by Id and SyncToken.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["saveItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/item/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one product or service item by id.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a customer payment, optionally applied to invoices through LinkedTxn lines.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["savePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the company's accounting, sales-form and currency preferences.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a QuickBooks query (SELECT … FROM Entity WHERE … MAXRESULTS n) over any entity.
         * @description The statement selects from one entity (Customer, Vendor, Item, Invoice, Payment, Bill, Account …), filters with =, LIKE, <, >, <=, >= and IN, and pages with STARTPOSITION and MAXRESULTS (at most 1000).
         *
         *     The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/reports/BalanceSheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance sheet report as of a date.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getBalanceSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/reports/ProfitAndLoss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profit and loss report for a date range.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getProfitAndLoss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/vendor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a vendor, or update one when the body carries its Id and SyncToken.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        post: operations["saveVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/company/:realmId/vendor/{vendorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one vendor by id.
         * @description The gateway fills `:realmId` from the connection; send it literally.
         */
        get: operations["getVendor"];
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
        BatchRequest: {
            BatchItemRequest: {
                /** @description Caller-chosen id echoed in the matching response item. */
                bId: string;
                Query?: string;
                /** @enum {string} */
                operation?: "create" | "update" | "delete";
            }[];
        };
        BatchResponse: {
            BatchItemResponse?: {
                bId?: string;
            }[];
            time?: string;
        };
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
        GetCompanyInfoResponse: {
            CompanyInfo?: {
                Id?: string;
                CompanyName?: string;
                LegalName?: string;
                Country?: string;
                FiscalYearStartMonth?: string;
                SyncToken?: string;
            };
            time?: string;
        };
        GetCustomerResponse: {
            Customer?: components["schemas"]["GetCustomerResponseCustomer"];
            time?: string;
        };
        GetCustomerResponseCustomer: {
            Id?: string;
            SyncToken?: string;
            DisplayName?: string;
            GivenName?: string;
            FamilyName?: string;
            CompanyName?: string;
            Active?: boolean;
            Balance?: number;
            PrimaryEmailAddr?: {
                Address?: string;
            };
            PrimaryPhone?: {
                FreeFormNumber?: string;
            };
        };
        GetInvoiceResponse: {
            Invoice?: {
                Id?: string;
                SyncToken?: string;
                DocNumber?: string;
                TxnDate?: string;
                DueDate?: string;
                TotalAmt?: number;
                Balance?: number;
                CustomerRef?: {
                    value?: string;
                    name?: string;
                };
                Line?: Record<string, unknown>[];
            };
            time?: string;
        };
        GetItemResponse: {
            Item?: {
                Id?: string;
                SyncToken?: string;
                Name?: string;
                /** @enum {string} */
                Type?: "Inventory" | "NonInventory" | "Service" | "Group" | "Category";
                UnitPrice?: number;
                Active?: boolean;
                IncomeAccountRef?: {
                    value?: string;
                    name?: string;
                };
            };
            time?: string;
        };
        GetPreferencesResponse: {
            Preferences?: Record<string, unknown>;
            time?: string;
        };
        GetProfitAndLossResponse: {
            Header?: {
                ReportName?: string;
                StartPeriod?: string;
                EndPeriod?: string;
                Currency?: string;
            };
            Columns?: Record<string, unknown>;
            Rows?: Record<string, unknown>;
        };
        GetVendorResponse: {
            Vendor?: {
                Id?: string;
                SyncToken?: string;
                DisplayName?: string;
                Active?: boolean;
                Balance?: number;
                PrimaryEmailAddr?: {
                    Address?: string;
                };
            };
            time?: string;
        };
        QueryResponse: {
            /** @description Holds one array named after the entity queried (Customer, Invoice, …) and the paging fields. */
            QueryResponse?: {
                startPosition?: number;
                maxResults?: number;
                totalCount?: number;
            } & {
                [key: string]: Record<string, unknown>[];
            };
            time?: string;
        };
        SaveBillPaymentRequest: {
            VendorRef: {
                value?: string;
            };
            TotalAmt: number;
            /** @enum {string} */
            PayType: "Check" | "CreditCard";
            CheckPayment?: {
                BankAccountRef?: {
                    value?: string;
                };
            };
            CreditCardPayment?: {
                CCAccountRef?: {
                    value?: string;
                };
            };
            Line: {
                Amount?: number;
                LinkedTxn?: {
                    TxnId?: string;
                    TxnType?: string;
                }[];
            }[];
        };
        SaveBillPaymentResponse: {
            BillPayment?: {
                Id?: string;
                TotalAmt?: number;
                PayType?: string;
            };
            time?: string;
        };
        SaveBillRequest: {
            Id?: string;
            SyncToken?: string;
            VendorRef?: {
                value?: string;
            };
            /** Format: date */
            TxnDate?: string;
            /** Format: date */
            DueDate?: string;
            Line?: {
                Amount?: number;
                DetailType?: string;
                AccountBasedExpenseLineDetail?: {
                    AccountRef?: {
                        value?: string;
                    };
                };
            }[];
        };
        SaveBillResponse: {
            Bill?: {
                Id?: string;
                SyncToken?: string;
                TotalAmt?: number;
                Balance?: number;
            };
            time?: string;
        };
        SaveCustomerRequest: {
            /** @description Set to update an existing customer. */
            Id?: string;
            /** @description Current SyncToken of the customer being updated. */
            SyncToken?: string;
            DisplayName?: string;
            GivenName?: string;
            FamilyName?: string;
            CompanyName?: string;
            /** @description false deactivates (soft-deletes) the customer. */
            Active?: boolean;
            /** @description true updates only the fields sent. */
            sparse?: boolean;
            PrimaryEmailAddr?: {
                Address?: string;
            };
            PrimaryPhone?: {
                FreeFormNumber?: string;
            };
        };
        SaveCustomerResponse: {
            Customer?: components["schemas"]["GetCustomerResponseCustomer"];
            time?: string;
        };
        SaveInvoiceRequest: {
            Id?: string;
            SyncToken?: string;
            CustomerRef?: {
                value: string;
            };
            /** Format: date */
            TxnDate?: string;
            /** Format: date */
            DueDate?: string;
            Line?: {
                Amount?: number;
                DetailType?: string;
                SalesItemLineDetail?: {
                    ItemRef?: {
                        value?: string;
                    };
                    Qty?: number;
                    UnitPrice?: number;
                };
            }[];
        };
        SaveInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        SaveItemRequest: {
            Id?: string;
            SyncToken?: string;
            Name: string;
            /** @enum {string} */
            Type?: "Inventory" | "NonInventory" | "Service" | "Group" | "Category";
            UnitPrice?: number;
            IncomeAccountRef?: {
                value?: string;
            };
            ExpenseAccountRef?: {
                value?: string;
            };
        };
        SaveItemResponse: components["schemas"]["GetItemResponse"];
        SavePaymentRequest: {
            Id?: string;
            SyncToken?: string;
            CustomerRef?: {
                value?: string;
            };
            TotalAmt?: number;
            /** Format: date */
            TxnDate?: string;
            Line?: {
                Amount?: number;
                LinkedTxn?: {
                    TxnId?: string;
                    TxnType?: string;
                }[];
            }[];
        };
        SavePaymentResponse: {
            Payment?: {
                Id?: string;
                SyncToken?: string;
                TotalAmt?: number;
                UnappliedAmt?: number;
                CustomerRef?: {
                    value?: string;
                };
            };
            time?: string;
        };
        SaveVendorRequest: {
            Id?: string;
            SyncToken?: string;
            DisplayName?: string;
            CompanyName?: string;
            Active?: boolean;
            PrimaryEmailAddr?: {
                Address?: string;
            };
        };
        SaveVendorResponse: components["schemas"]["GetVendorResponse"];
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
        /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    batch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "BatchItemRequest": [
                 *         {
                 *           "bId": "1",
                 *           "Query": "SELECT * FROM Customer MAXRESULTS 2"
                 *         },
                 *         {
                 *           "bId": "2",
                 *           "Query": "SELECT * FROM Vendor MAXRESULTS 2"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    saveBill: {
        parameters: {
            query?: {
                /** @description delete removes an existing bill (needs Id and SyncToken). */
                operation?: "delete" | "update";
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "VendorRef": {
                 *         "value": "123"
                 *       },
                 *       "Line": [
                 *         {
                 *           "DetailType": "AccountBasedExpenseLineDetail",
                 *           "Amount": 250,
                 *           "AccountBasedExpenseLineDetail": {
                 *             "AccountRef": {
                 *               "value": "1"
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SaveBillRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveBillResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    saveBillPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "VendorRef": {
                 *         "value": "123"
                 *       },
                 *       "TotalAmt": 250,
                 *       "PayType": "Check",
                 *       "CheckPayment": {
                 *         "BankAccountRef": {
                 *           "value": "23"
                 *         }
                 *       },
                 *       "Line": [
                 *         {
                 *           "Amount": 250,
                 *           "LinkedTxn": [
                 *             {
                 *               "TxnId": "456",
                 *               "TxnType": "Bill"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SaveBillPaymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveBillPaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompanyInfo: {
        parameters: {
            query?: {
                /** @description Minor version of the API to answer in (e.g. 75). */
                minorversion?: number;
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCompanyInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    saveCustomer: {
        parameters: {
            query?: {
                /** @description Minor version of the API to answer in. */
                minorversion?: number;
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "DisplayName": "John Doe",
                 *       "PrimaryEmailAddr": {
                 *         "Address": "john@example.com"
                 *       },
                 *       "PrimaryPhone": {
                 *         "FreeFormNumber": "555-1234"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SaveCustomerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveCustomerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer. */
                customerId: string;
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
                    "application/json": components["schemas"]["GetCustomerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    saveInvoice: {
        parameters: {
            query?: {
                /** @description void keeps the invoice at zero, delete removes it; both need Id and SyncToken. */
                operation?: "void" | "delete" | "update";
                /** @description Minor version of the API to answer in. */
                minorversion?: number;
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "CustomerRef": {
                 *         "value": "123"
                 *       },
                 *       "Line": [
                 *         {
                 *           "Amount": 100,
                 *           "DetailType": "SalesItemLineDetail",
                 *           "SalesItemLineDetail": {
                 *             "ItemRef": {
                 *               "value": "1"
                 *             },
                 *             "Qty": 1
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SaveInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveInvoiceResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the invoice. */
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
    saveItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Name": "Consulting Services",
                 *       "Type": "Service",
                 *       "IncomeAccountRef": {
                 *         "value": "1"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SaveItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                itemId: string;
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
                    "application/json": components["schemas"]["GetItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    savePayment: {
        parameters: {
            query?: {
                /** @description Void or delete an existing payment (needs Id and SyncToken). */
                operation?: "void" | "delete" | "update";
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "CustomerRef": {
                 *         "value": "123"
                 *       },
                 *       "TotalAmt": 100,
                 *       "Line": [
                 *         {
                 *           "Amount": 100,
                 *           "LinkedTxn": [
                 *             {
                 *               "TxnId": "456",
                 *               "TxnType": "Invoice"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SavePaymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavePaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPreferences: {
        parameters: {
            query?: {
                /** @description Minor version of the API to answer in. */
                minorversion?: number;
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetPreferencesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    query: {
        parameters: {
            query: {
                /**
                 * @description The statement, e.g. SELECT * FROM Customer WHERE Active = true MAXRESULTS 100.
                 * @example SELECT * FROM Customer MAXRESULTS 100
                 */
                query: string;
                /** @description Minor version of the API to answer in. */
                minorversion?: number;
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["QueryResponse"];
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
                start_date?: string;
                end_date?: string;
                accounting_method?: "Cash" | "Accrual";
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description First day of the period (YYYY-MM-DD). */
                start_date?: string;
                /** @description Last day of the period (YYYY-MM-DD). */
                end_date?: string;
                accounting_method?: "Cash" | "Accrual";
                /** @description Column grouping such as Month, Quarter or Total. */
                summarize_column_by?: string;
            };
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
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
    saveVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "DisplayName": "Acme Supplies",
                 *       "PrimaryEmailAddr": {
                 *         "Address": "vendor@example.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SaveVendorRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveVendorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVendor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the QuickBooks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the vendor. */
                vendorId: string;
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
                    "application/json": components["schemas"]["GetVendorResponse"];
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
