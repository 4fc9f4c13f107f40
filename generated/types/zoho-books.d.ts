// Generated from providers/zoho-books.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/books/v3/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List vendor bills a page at a time. */
        get: operations["listBills"];
        put?: never;
        /** Record a bill received from a vendor. */
        post: operations["createBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/bills/{bill_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a bill's details and lines. */
        put: operations["updateBill"];
        post?: never;
        /** Delete a bill that has no payments applied. */
        delete: operations["deleteBill"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers and vendors a page at a time, optionally filtered. */
        get: operations["listContacts"];
        put?: never;
        /** Create a customer or vendor. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with addresses, contact persons and balances. */
        get: operations["getContact"];
        /** Change a contact's details. */
        put: operations["updateContact"];
        post?: never;
        /** Delete a contact that has no transactions. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/creditnotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customer credit notes a page at a time. */
        get: operations["listCreditNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recorded expenses a page at a time. */
        get: operations["listExpenses"];
        put?: never;
        /** Record an expense against an expense account. */
        post: operations["createExpense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/expenses/{expense_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an expense's account, amount or details. */
        put: operations["updateExpense"];
        post?: never;
        /** Delete an expense. */
        delete: operations["deleteExpense"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices a page at a time, filtered by status, customer or dates. */
        get: operations["listInvoices"];
        put?: never;
        /** Create an invoice for a customer, optionally sending it at once. */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one invoice with its line items and totals. */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/invoices/{invoice_id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email an invoice to the given recipients. */
        post: operations["emailInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/invoices/{invoice_id}/status/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a draft invoice as sent without emailing it. */
        post: operations["markInvoiceSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/purchaseorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List purchase orders a page at a time. */
        get: operations["listPurchaseOrders"];
        put?: never;
        /** Create a purchase order to a vendor. */
        post: operations["createPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/recurringbills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recurring bill profiles and their schedules. */
        get: operations["listRecurringBills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/recurringinvoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recurring invoice profiles and their schedules. */
        get: operations["listRecurringInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/books/v3/salesorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sales orders a page at a time. */
        get: operations["listSalesOrders"];
        put?: never;
        /** Create a sales order for a customer. */
        post: operations["createSalesOrder"];
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
        CreateBillRequest: {
            vendor_id: string;
            bill_number: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            due_date?: string;
            payment_terms?: number;
            notes?: string;
            line_items: components["schemas"]["CreateBillRequestLineItems"];
        };
        CreateBillRequestLineItems: {
            item_id?: string;
            /** @description Expense account the line is booked to. */
            account_id?: string;
            name?: string;
            description?: string;
            rate?: number;
            quantity?: number;
            tax_id?: string;
        }[];
        CreateBillResponse: {
            code?: number;
            message?: string;
            bill?: {
                bill_id?: string;
                bill_number?: string;
                vendor_id?: string;
                status?: string;
                total?: number;
                balance?: number;
            };
        };
        CreateContactRequest: {
            /** @description Display name of the contact. */
            contact_name: string;
            /** @enum {string} */
            contact_type?: "customer" | "vendor";
            company_name?: string;
            website?: string;
            currency_id?: string;
            /** @description Days until payment is due. */
            payment_terms?: number;
            notes?: string;
            billing_address?: components["schemas"]["CreateContactRequestBillingAddress"];
            shipping_address?: components["schemas"]["CreateContactRequestBillingAddress"];
            contact_persons?: {
                first_name?: string;
                last_name?: string;
                email?: string;
                phone?: string;
                is_primary_contact?: boolean;
            }[];
        };
        CreateContactRequestBillingAddress: {
            attention?: string;
            address?: string;
            city?: string;
            state?: string;
            zip?: string;
            country?: string;
        };
        CreateContactResponse: components["schemas"]["GetContactResponse"];
        CreateExpenseRequest: {
            /** @description Expense account. */
            account_id: string;
            /** @description Cash, bank or card account it was paid from. */
            paid_through_account_id?: string;
            /** Format: date */
            date?: string;
            amount: number;
            tax_id?: string;
            is_billable?: boolean;
            customer_id?: string;
            vendor_id?: string;
            reference_number?: string;
            description?: string;
            currency_id?: string;
        };
        CreateExpenseResponse: {
            code?: number;
            message?: string;
            expense?: {
                expense_id?: string;
                date?: string;
                total?: number;
                status?: string;
            };
        };
        CreateInvoiceRequest: {
            customer_id: string;
            invoice_number?: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            due_date?: string;
            payment_terms?: number;
            discount?: number;
            notes?: string;
            terms?: string;
            line_items: components["schemas"]["CreateInvoiceRequestLineItems"];
        };
        CreateInvoiceRequestLineItems: {
            item_id?: string;
            name?: string;
            description?: string;
            rate?: number;
            quantity?: number;
            tax_id?: string;
            discount?: number;
        }[];
        CreateInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        CreatePurchaseOrderRequest: {
            vendor_id: string;
            purchaseorder_number?: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            delivery_date?: string;
            notes?: string;
            line_items: components["schemas"]["CreateBillRequestLineItems"];
        };
        CreatePurchaseOrderResponse: {
            code?: number;
            message?: string;
            purchaseorder?: {
                purchaseorder_id?: string;
                purchaseorder_number?: string;
                status?: string;
                total?: number;
            };
        };
        CreateSalesOrderRequest: {
            customer_id: string;
            salesorder_number?: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            shipment_date?: string;
            notes?: string;
            line_items: components["schemas"]["CreateInvoiceRequestLineItems"];
        };
        CreateSalesOrderResponse: {
            code?: number;
            message?: string;
            salesorder?: {
                salesorder_id?: string;
                salesorder_number?: string;
                status?: string;
                total?: number;
            };
        };
        DeleteBillResponse: components["schemas"]["DeleteContactResponse"];
        DeleteContactResponse: {
            code?: number;
            message?: string;
        };
        DeleteExpenseResponse: components["schemas"]["DeleteContactResponse"];
        EmailInvoiceRequest: {
            /** @description Send from the organisation's address rather than the user's. */
            send_from_org_email_id?: boolean;
            to_mail_ids: string[];
            cc_mail_ids?: string[];
            subject?: string;
            /** @description HTML or text of the message. */
            body?: string;
        };
        EmailInvoiceResponse: components["schemas"]["DeleteContactResponse"];
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
        GetContactResponse: {
            code?: number;
            message?: string;
            contact?: {
                contact_id?: string;
                contact_name?: string;
                company_name?: string;
                /** @enum {string} */
                contact_type?: "customer" | "vendor";
                currency_code?: string;
                payment_terms?: number;
                billing_address?: Record<string, unknown>;
                shipping_address?: Record<string, unknown>;
                contact_persons?: Record<string, unknown>[];
            };
        };
        GetInvoiceResponse: {
            code?: number;
            message?: string;
            invoice?: {
                invoice_id?: string;
                invoice_number?: string;
                status?: string;
                customer_id?: string;
                date?: string;
                due_date?: string;
                currency_code?: string;
                line_items?: Record<string, unknown>[];
                sub_total?: number;
                total?: number;
                balance?: number;
            };
        };
        ListBillsResponse: {
            code?: number;
            message?: string;
            bills?: {
                bill_id?: string;
                bill_number?: string;
                vendor_id?: string;
                vendor_name?: string;
                status?: string;
                date?: string;
                due_date?: string;
                total?: number;
                balance?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListContactsResponse: {
            code?: number;
            message?: string;
            contacts?: {
                contact_id?: string;
                contact_name?: string;
                company_name?: string;
                /** @enum {string} */
                contact_type?: "customer" | "vendor";
                status?: string;
                email?: string;
                outstanding_receivable_amount?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListContactsResponsePageContext: {
            page?: number;
            per_page?: number;
            has_more_page?: boolean;
        };
        ListCreditNotesResponse: {
            code?: number;
            message?: string;
            creditnotes?: {
                creditnote_id?: string;
                creditnote_number?: string;
                customer_name?: string;
                status?: string;
                date?: string;
                total?: number;
                balance?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListExpensesResponse: {
            code?: number;
            message?: string;
            expenses?: {
                expense_id?: string;
                date?: string;
                account_name?: string;
                paid_through_account_name?: string;
                total?: number;
                status?: string;
                is_billable?: boolean;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListInvoicesResponse: {
            code?: number;
            message?: string;
            invoices?: {
                invoice_id?: string;
                invoice_number?: string;
                customer_id?: string;
                customer_name?: string;
                status?: string;
                date?: string;
                due_date?: string;
                total?: number;
                balance?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListPurchaseOrdersResponse: {
            code?: number;
            message?: string;
            purchaseorders?: {
                purchaseorder_id?: string;
                purchaseorder_number?: string;
                vendor_name?: string;
                status?: string;
                date?: string;
                total?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListRecurringBillsResponse: {
            code?: number;
            message?: string;
            recurring_bills?: {
                recurring_bill_id?: string;
                recurrence_name?: string;
                vendor_name?: string;
                status?: string;
                recurrence_frequency?: string;
                next_bill_date?: string;
                total?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListRecurringInvoicesResponse: {
            code?: number;
            message?: string;
            recurring_invoices?: {
                recurring_invoice_id?: string;
                recurrence_name?: string;
                customer_name?: string;
                status?: string;
                recurrence_frequency?: string;
                next_invoice_date?: string;
                total?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        ListSalesOrdersResponse: {
            code?: number;
            message?: string;
            salesorders?: {
                salesorder_id?: string;
                salesorder_number?: string;
                customer_name?: string;
                status?: string;
                date?: string;
                total?: number;
            }[];
            page_context?: components["schemas"]["ListContactsResponsePageContext"];
        };
        MarkInvoiceSentResponse: components["schemas"]["DeleteContactResponse"];
        UpdateBillRequest: components["schemas"]["CreateBillRequest"];
        UpdateBillResponse: components["schemas"]["CreateBillResponse"];
        UpdateContactRequest: {
            contact_name?: string;
            company_name?: string;
            payment_terms?: number;
            notes?: string;
            billing_address?: components["schemas"]["CreateContactRequestBillingAddress"];
            shipping_address?: components["schemas"]["CreateContactRequestBillingAddress"];
        };
        UpdateContactResponse: components["schemas"]["GetContactResponse"];
        UpdateExpenseRequest: components["schemas"]["CreateExpenseRequest"];
        UpdateExpenseResponse: components["schemas"]["CreateExpenseResponse"];
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
        /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBills: {
        parameters: {
            query?: {
                bill_number?: string;
                vendor_id?: string;
                vendor_name?: string;
                status?: "paid" | "open" | "overdue" | "void" | "partially_paid";
                date?: string;
                due_date?: string;
                filter_by?: "Status.All" | "Status.PartiallyPaid" | "Status.Paid" | "Status.Overdue" | "Status.Void" | "Status.Open";
                search_text?: string;
                sort_column?: "vendor_name" | "bill_number" | "date" | "due_date" | "total" | "balance" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBillsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor_id": "460000000038029",
                 *       "bill_number": "BL-0042",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "account_id": "460000000000403",
                 *           "rate": 250,
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateBillRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBillResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateBill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the bill. */
                bill_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor_id": "460000000038029",
                 *       "bill_number": "BL-0042",
                 *       "line_items": [
                 *         {
                 *           "account_id": "460000000000403",
                 *           "rate": 275,
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBillRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateBillResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the bill. */
                bill_id: string;
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
                    "application/json": components["schemas"]["DeleteBillResponse"];
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
                /** @description Match on the contact name (also contact_name_startswith / _contains variants). */
                contact_name?: string;
                /** @description Match on the company name. */
                company_name?: string;
                /** @description Match on the email address. */
                email?: string;
                /** @description Match on the phone number. */
                phone?: string;
                /** @description Status filter. */
                filter_by?: "Status.All" | "Status.Active" | "Status.Inactive" | "Status.Duplicate" | "Status.Crm";
                /** @description Text matched against name and company. */
                search_text?: string;
                sort_column?: "contact_name" | "first_name" | "last_name" | "email" | "outstanding_receivable_amount" | "created_time" | "last_modified_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_name": "Customer Name",
                 *       "contact_type": "customer"
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
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contact_id: string;
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
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "company_name": "Acme Ltd"
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
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contact_id: string;
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
    listCreditNotes: {
        parameters: {
            query?: {
                creditnote_number?: string;
                customer_id?: string;
                status?: "open" | "closed" | "void" | "draft";
                date?: string;
                search_text?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
    listExpenses: {
        parameters: {
            query?: {
                description?: string;
                reference_number?: string;
                date?: string;
                status?: "unbilled" | "invoiced" | "reimbursed" | "non-billable" | "billable";
                account_name?: string;
                customer_id?: string;
                vendor_id?: string;
                filter_by?: "Status.All" | "Status.Billable" | "Status.Nonbillable" | "Status.Reimbursed" | "Status.Invoiced" | "Status.Unbilled";
                search_text?: string;
                sort_column?: "date" | "account_name" | "total" | "bcy_total" | "reference_number" | "customer_name" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListExpensesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createExpense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "account_id": "460000000000403",
                 *       "paid_through_account_id": "460000000000358",
                 *       "date": "2026-02-01",
                 *       "amount": 45.5,
                 *       "description": "Taxi to client site"
                 *     }
                 */
                "application/json": components["schemas"]["CreateExpenseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateExpenseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateExpense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the expense. */
                expense_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "account_id": "460000000000403",
                 *       "amount": 48
                 *     }
                 */
                "application/json": components["schemas"]["UpdateExpenseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateExpenseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteExpense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the expense. */
                expense_id: string;
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
                    "application/json": components["schemas"]["DeleteExpenseResponse"];
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
                invoice_number?: string;
                customer_id?: string;
                customer_name?: string;
                status?: "sent" | "draft" | "overdue" | "paid" | "void" | "unpaid" | "partially_paid" | "viewed";
                /** @description Invoice date (yyyy-mm-dd); date_start / date_end variants filter a range. */
                date?: string;
                due_date?: string;
                filter_by?: "Status.All" | "Status.Sent" | "Status.Draft" | "Status.OverDue" | "Status.Paid" | "Status.Void" | "Status.Unpaid" | "Status.PartiallyPaid" | "Status.Viewed" | "Date.PaymentExpectedDate";
                search_text?: string;
                sort_column?: "customer_name" | "invoice_number" | "date" | "due_date" | "total" | "balance" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Email the invoice to the customer's contacts right after creating it. */
                send?: boolean;
                /** @description Use the invoice_number given in the body instead of the next number. */
                ignore_auto_number_generation?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_id": "460000000026049",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "460000000027009",
                 *           "rate": 120,
                 *           "quantity": 2
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
                /** @description Answer format; pdf returns the printable document. */
                accept?: "json" | "pdf" | "html";
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the invoice. */
                invoice_id: string;
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
    emailInvoice: {
        parameters: {
            query?: {
                /** @description Attach the customer's statement. */
                send_customer_statement?: boolean;
                /** @description Attach the files attached to the invoice. */
                send_attachment?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to_mail_ids": [
                 *         "billing@example.com"
                 *       ],
                 *       "subject": "Invoice INV-000001",
                 *       "body": "Please find the invoice attached."
                 *     }
                 */
                "application/json": components["schemas"]["EmailInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markInvoiceSent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the invoice. */
                invoice_id: string;
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
                    "application/json": components["schemas"]["MarkInvoiceSentResponse"];
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
                purchaseorder_number?: string;
                vendor_id?: string;
                status?: "draft" | "open" | "billed" | "partially_billed" | "cancelled";
                /** @description Status filter such as Status.All, Status.Open or Status.Billed. */
                filter_by?: string;
                search_text?: string;
                sort_column?: "vendor_name" | "purchaseorder_number" | "date" | "delivery_date" | "total" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
    createPurchaseOrder: {
        parameters: {
            query?: {
                /** @description Use the purchaseorder_number from the body. */
                ignore_auto_number_generation?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor_id": "460000000038029",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "460000000027009",
                 *           "rate": 60,
                 *           "quantity": 10
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreatePurchaseOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePurchaseOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRecurringBills: {
        parameters: {
            query?: {
                recurrence_name?: string;
                vendor_id?: string;
                status?: "active" | "stopped" | "expired";
                search_text?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRecurringBillsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRecurringInvoices: {
        parameters: {
            query?: {
                recurrence_name?: string;
                customer_id?: string;
                status?: "active" | "stopped" | "expired";
                search_text?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRecurringInvoicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSalesOrders: {
        parameters: {
            query?: {
                salesorder_number?: string;
                customer_id?: string;
                status?: "draft" | "open" | "invoiced" | "partially_invoiced" | "void" | "overdue";
                /** @description Status filter such as Status.All, Status.Open or Status.Invoiced. */
                filter_by?: string;
                search_text?: string;
                sort_column?: "customer_name" | "salesorder_number" | "shipment_date" | "total" | "date" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSalesOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSalesOrder: {
        parameters: {
            query?: {
                /** @description Use the salesorder_number from the body. */
                ignore_auto_number_generation?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Books connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_id": "460000000026049",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "460000000027009",
                 *           "rate": 120,
                 *           "quantity": 5
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateSalesOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSalesOrderResponse"];
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
