// Generated from providers/zoho-inventory.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/inventory/v1/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List vendor bills a page at a time. */
        get: operations["listBills"];
        put?: never;
        /** Record a bill received from a vendor, optionally against a purchase order. */
        post: operations["createBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/bills/{bill_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one bill with its lines. */
        get: operations["getBill"];
        /** Replace a bill's details and lines. */
        put: operations["updateBill"];
        post?: never;
        /** Delete a bill. */
        delete: operations["deleteBill"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/bills/{bill_id}/status/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a voided bill. */
        post: operations["markBillOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/bills/{bill_id}/status/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a bill. */
        post: operations["voidBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers and vendors a page at a time. */
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
    "/inventory/v1/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with addresses and contact persons. */
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
    "/inventory/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices a page at a time, filtered by status or customer. */
        get: operations["listInvoices"];
        put?: never;
        /** Create an invoice, optionally from a sales order. */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one invoice with its lines and totals. */
        get: operations["getInvoice"];
        /** Replace an invoice's details and lines. */
        put: operations["updateInvoice"];
        post?: never;
        /** Delete an invoice. */
        delete: operations["deleteInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/invoices/{invoice_id}/email": {
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
    "/inventory/v1/invoices/{invoice_id}/status/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a voided invoice to draft. */
        post: operations["markInvoiceDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/invoices/{invoice_id}/status/sent": {
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
    "/inventory/v1/invoices/{invoice_id}/status/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an invoice, keeping it on record with a zero balance. */
        post: operations["voidInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/itemgroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List item groups (products with variants). */
        get: operations["listItemGroups"];
        put?: never;
        /** Create an item group together with its variant items. */
        post: operations["createItemGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/itemgroups/{itemgroup_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one item group with its attributes and variant items. */
        get: operations["getItemGroup"];
        /** Change an item group and its variant items. */
        put: operations["updateItemGroup"];
        post?: never;
        /** Delete an item group. */
        delete: operations["deleteItemGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List items a page at a time, optionally filtered by name, SKU or status. */
        get: operations["listItems"];
        put?: never;
        /** Create a goods or service item. */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one item with prices, stock and warehouse details. */
        get: operations["getItem"];
        /** Change an item's name, prices or settings. */
        put: operations["updateItem"];
        post?: never;
        /** Delete an item that no transaction uses. */
        delete: operations["deleteItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/items/{item_id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an inactive item. */
        post: operations["markItemActive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/items/{item_id}/inactive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an item so it no longer appears in new transactions. */
        post: operations["markItemInactive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/purchaseorders": {
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
    "/inventory/v1/purchaseorders/{purchaseorder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one purchase order with its lines. */
        get: operations["getPurchaseOrder"];
        /** Replace a purchase order's details and lines. */
        put: operations["updatePurchaseOrder"];
        post?: never;
        /** Delete a purchase order. */
        delete: operations["deletePurchaseOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/purchaseorders/{purchaseorder_id}/status/cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a purchase order. */
        post: operations["cancelPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/purchaseorders/{purchaseorder_id}/status/issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a draft purchase order as issued to the vendor. */
        post: operations["issuePurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/salesorders": {
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
    "/inventory/v1/salesorders/{salesorder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sales order with lines, packages and shipments. */
        get: operations["getSalesOrder"];
        /** Replace a sales order's details and lines. */
        put: operations["updateSalesOrder"];
        post?: never;
        /** Delete a sales order. */
        delete: operations["deleteSalesOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/salesorders/{salesorder_id}/status/confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a draft sales order to confirmed. */
        post: operations["confirmSalesOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/salesorders/{salesorder_id}/status/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a sales order. */
        post: operations["voidSalesOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/shipmentorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship one or more packages of a sales order. */
        post: operations["createShipmentOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/shipmentorders/{shipmentorder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one shipment with carrier and tracking details. */
        get: operations["getShipmentOrder"];
        /** Change a shipment's date, carrier or tracking number. */
        put: operations["updateShipmentOrder"];
        post?: never;
        /** Delete a shipment. */
        delete: operations["deleteShipmentOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventory/v1/shipmentorders/{shipmentorder_id}/status/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a shipment as delivered. */
        post: operations["markShipmentDelivered"];
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
        CancelPurchaseOrderResponse: components["schemas"]["DeleteItemResponse"];
        ConfirmSalesOrderResponse: components["schemas"]["DeleteItemResponse"];
        CreateBillRequest: {
            vendor_id: string;
            bill_number: string;
            /** @description Purchase orders this bill settles. */
            purchaseorder_ids?: string[];
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            due_date?: string;
            notes?: string;
            line_items: {
                item_id?: string;
                purchaseorder_item_id?: string;
                account_id?: string;
                name?: string;
                rate?: number;
                quantity?: number;
                tax_id?: string;
            }[];
        };
        CreateBillResponse: components["schemas"]["GetBillResponse"];
        CreateContactRequest: {
            contact_name: string;
            /** @enum {string} */
            contact_type?: "customer" | "vendor";
            company_name?: string;
            payment_terms?: number;
            currency_id?: string;
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
        CreateInvoiceRequest: {
            customer_id: string;
            invoice_number?: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            due_date?: string;
            payment_terms?: number;
            notes?: string;
            line_items: {
                item_id?: string;
                /** @description Line of the sales order this invoice line bills. */
                salesorder_item_id?: string;
                name?: string;
                rate?: number;
                quantity?: number;
                tax_id?: string;
            }[];
        };
        CreateInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        CreateItemGroupRequest: {
            group_name: string;
            unit: string;
            description?: string;
            /** @enum {string} */
            product_type?: "goods" | "service";
            /** @description First variant attribute, e.g. Size. */
            attribute_name1?: string;
            attribute_name2?: string;
            attribute_name3?: string;
            items?: {
                name: string;
                sku?: string;
                rate?: number;
                purchase_rate?: number;
                attribute_option_name1?: string;
                attribute_option_name2?: string;
                attribute_option_name3?: string;
            }[];
        };
        CreateItemGroupResponse: components["schemas"]["GetItemGroupResponse"];
        CreateItemRequest: {
            name: string;
            sku?: string;
            /** @description Unit of measure, e.g. pcs or kg. */
            unit?: string;
            /** @description Selling price. */
            rate?: number;
            /** @description Cost price. */
            purchase_rate?: number;
            /**
             * @description inventory tracks stock.
             * @enum {string}
             */
            item_type?: "inventory" | "sales" | "purchases" | "sales_and_purchases";
            /** @enum {string} */
            product_type?: "goods" | "service";
            description?: string;
            reorder_level?: number;
            initial_stock?: number;
            initial_stock_rate?: number;
            /** @description Preferred vendor. */
            vendor_id?: string;
            tax_id?: string;
        };
        CreateItemResponse: components["schemas"]["GetItemResponse"];
        CreatePurchaseOrderRequest: {
            vendor_id: string;
            purchaseorder_number?: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            delivery_date?: string;
            warehouse_id?: string;
            notes?: string;
            line_items: components["schemas"]["CreateSalesOrderRequestLineItems"];
        };
        CreatePurchaseOrderResponse: components["schemas"]["GetPurchaseOrderResponse"];
        CreateSalesOrderRequest: {
            customer_id: string;
            salesorder_number?: string;
            reference_number?: string;
            /** Format: date */
            date?: string;
            /** Format: date */
            shipment_date?: string;
            warehouse_id?: string;
            notes?: string;
            line_items: components["schemas"]["CreateSalesOrderRequestLineItems"];
        };
        CreateSalesOrderRequestLineItems: {
            item_id?: string;
            name?: string;
            description?: string;
            rate?: number;
            quantity?: number;
            unit?: string;
            tax_id?: string;
            warehouse_id?: string;
        }[];
        CreateSalesOrderResponse: components["schemas"]["GetSalesOrderResponse"];
        CreateShipmentOrderRequest: {
            shipment_number?: string;
            /** Format: date */
            date: string;
            reference_number?: string;
            /** @description Carrier or method, e.g. FedEx. */
            delivery_method: string;
            tracking_number?: string;
            shipping_charge?: number;
            notes?: string;
        };
        CreateShipmentOrderResponse: {
            code?: number;
            message?: string;
            shipmentorder?: {
                shipment_id?: string;
                shipment_number?: string;
                salesorder_id?: string;
                status?: string;
                date?: string;
                delivery_method?: string;
                tracking_number?: string;
            };
        };
        DeleteBillResponse: components["schemas"]["DeleteItemResponse"];
        DeleteContactResponse: components["schemas"]["DeleteItemResponse"];
        DeleteInvoiceResponse: components["schemas"]["DeleteItemResponse"];
        DeleteItemGroupResponse: components["schemas"]["DeleteItemResponse"];
        DeleteItemResponse: {
            code?: number;
            message?: string;
        };
        DeletePurchaseOrderResponse: components["schemas"]["DeleteItemResponse"];
        DeleteSalesOrderResponse: components["schemas"]["DeleteItemResponse"];
        DeleteShipmentOrderResponse: components["schemas"]["DeleteItemResponse"];
        EmailInvoiceRequest: {
            send_from_org_email_id?: boolean;
            to_mail_ids: string[];
            cc_mail_ids?: string[];
            subject?: string;
            body?: string;
        };
        EmailInvoiceResponse: components["schemas"]["DeleteItemResponse"];
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
        GetBillResponse: {
            code?: number;
            message?: string;
            bill?: {
                bill_id?: string;
                bill_number?: string;
                vendor_id?: string;
                status?: string;
                date?: string;
                due_date?: string;
                line_items?: Record<string, unknown>[];
                total?: number;
                balance?: number;
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
                line_items?: Record<string, unknown>[];
                total?: number;
                balance?: number;
            };
        };
        GetItemGroupResponse: {
            code?: number;
            message?: string;
            item_group?: {
                group_id?: string;
                group_name?: string;
                unit?: string;
                attributes?: Record<string, unknown>[];
                items?: Record<string, unknown>[];
            };
        };
        GetItemResponse: {
            code?: number;
            message?: string;
            item?: {
                item_id?: string;
                name?: string;
                sku?: string;
                status?: string;
                item_type?: string;
                product_type?: string;
                unit?: string;
                rate?: number;
                purchase_rate?: number;
                stock_on_hand?: number;
                available_stock?: number;
                reorder_level?: number;
            };
        };
        GetPurchaseOrderResponse: {
            code?: number;
            message?: string;
            purchaseorder?: {
                purchaseorder_id?: string;
                purchaseorder_number?: string;
                status?: string;
                vendor_id?: string;
                date?: string;
                delivery_date?: string;
                line_items?: Record<string, unknown>[];
                total?: number;
            };
        };
        GetSalesOrderResponse: {
            code?: number;
            message?: string;
            salesorder?: {
                salesorder_id?: string;
                salesorder_number?: string;
                status?: string;
                customer_id?: string;
                date?: string;
                shipment_date?: string;
                line_items?: Record<string, unknown>[];
                packages?: Record<string, unknown>[];
                total?: number;
            };
        };
        GetShipmentOrderResponse: components["schemas"]["CreateShipmentOrderResponse"];
        IssuePurchaseOrderResponse: components["schemas"]["DeleteItemResponse"];
        ListBillsResponse: {
            code?: number;
            message?: string;
            bills?: {
                bill_id?: string;
                bill_number?: string;
                vendor_name?: string;
                status?: string;
                date?: string;
                due_date?: string;
                total?: number;
                balance?: number;
            }[];
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
        };
        ListContactsResponse: {
            code?: number;
            message?: string;
            contacts?: {
                contact_id?: string;
                contact_name?: string;
                company_name?: string;
                contact_type?: string;
                status?: string;
                email?: string;
            }[];
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
        };
        ListInvoicesResponse: {
            code?: number;
            message?: string;
            invoices?: {
                invoice_id?: string;
                invoice_number?: string;
                customer_name?: string;
                status?: string;
                date?: string;
                due_date?: string;
                total?: number;
                balance?: number;
            }[];
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
        };
        ListItemGroupsResponse: {
            code?: number;
            message?: string;
            itemgroups?: {
                group_id?: string;
                group_name?: string;
                unit?: string;
                status?: string;
            }[];
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
        };
        ListItemsResponse: {
            code?: number;
            message?: string;
            items?: {
                item_id?: string;
                name?: string;
                sku?: string;
                status?: string;
                rate?: number;
                purchase_rate?: number;
                stock_on_hand?: number;
                unit?: string;
            }[];
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
        };
        ListItemsResponsePageContext: {
            page?: number;
            per_page?: number;
            has_more_page?: boolean;
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
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
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
            page_context?: components["schemas"]["ListItemsResponsePageContext"];
        };
        MarkBillOpenResponse: components["schemas"]["DeleteItemResponse"];
        MarkInvoiceDraftResponse: components["schemas"]["DeleteItemResponse"];
        MarkInvoiceSentResponse: components["schemas"]["DeleteItemResponse"];
        MarkItemActiveResponse: components["schemas"]["DeleteItemResponse"];
        MarkItemInactiveResponse: components["schemas"]["DeleteItemResponse"];
        MarkShipmentDeliveredResponse: components["schemas"]["DeleteItemResponse"];
        UpdateBillRequest: components["schemas"]["CreateBillRequest"];
        UpdateBillResponse: components["schemas"]["GetBillResponse"];
        UpdateContactRequest: {
            contact_name?: string;
            company_name?: string;
            payment_terms?: number;
            notes?: string;
            billing_address?: components["schemas"]["CreateContactRequestBillingAddress"];
            shipping_address?: components["schemas"]["CreateContactRequestBillingAddress"];
        };
        UpdateContactResponse: components["schemas"]["GetContactResponse"];
        UpdateInvoiceRequest: components["schemas"]["CreateInvoiceRequest"];
        UpdateInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        UpdateItemGroupRequest: components["schemas"]["CreateItemGroupRequest"];
        UpdateItemGroupResponse: components["schemas"]["GetItemGroupResponse"];
        UpdateItemRequest: {
            name?: string;
            sku?: string;
            unit?: string;
            rate?: number;
            purchase_rate?: number;
            description?: string;
            reorder_level?: number;
        };
        UpdateItemResponse: components["schemas"]["GetItemResponse"];
        UpdatePurchaseOrderRequest: components["schemas"]["CreatePurchaseOrderRequest"];
        UpdatePurchaseOrderResponse: components["schemas"]["GetPurchaseOrderResponse"];
        UpdateSalesOrderRequest: components["schemas"]["CreateSalesOrderRequest"];
        UpdateSalesOrderResponse: components["schemas"]["GetSalesOrderResponse"];
        UpdateShipmentOrderRequest: components["schemas"]["CreateShipmentOrderRequest"];
        UpdateShipmentOrderResponse: components["schemas"]["CreateShipmentOrderResponse"];
        VoidBillResponse: components["schemas"]["DeleteItemResponse"];
        VoidInvoiceResponse: components["schemas"]["DeleteItemResponse"];
        VoidSalesOrderResponse: components["schemas"]["DeleteItemResponse"];
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
        /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                status?: "paid" | "open" | "overdue" | "void" | "partially_paid";
                date?: string;
                due_date?: string;
                search_text?: string;
                sort_column?: "vendor_name" | "bill_number" | "date" | "due_date" | "total" | "balance" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor_id": "4815000000044200",
                 *       "bill_number": "BL-0042",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 10,
                 *           "quantity": 50
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
    getBill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetBillResponse"];
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "vendor_id": "4815000000044200",
                 *       "bill_number": "BL-0042",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 10.5,
                 *           "quantity": 50
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
    markBillOpen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["MarkBillOpenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    voidBill: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["VoidBillResponse"];
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
                contact_name?: string;
                company_name?: string;
                email?: string;
                filter_by?: "Status.All" | "Status.Active" | "Status.Inactive" | "Status.Duplicate" | "Status.Customers" | "Status.Vendors";
                search_text?: string;
                sort_column?: "contact_name" | "first_name" | "last_name" | "email" | "created_time" | "last_modified_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
    listInvoices: {
        parameters: {
            query?: {
                invoice_number?: string;
                customer_id?: string;
                status?: "sent" | "draft" | "overdue" | "paid" | "void" | "unpaid" | "partially_paid" | "viewed";
                date?: string;
                due_date?: string;
                search_text?: string;
                sort_column?: "customer_name" | "invoice_number" | "date" | "due_date" | "total" | "balance" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Email the invoice to the customer right after creating it. */
                send?: boolean;
                /** @description Use the document number given in the body instead of the next one in the series. */
                ignore_auto_number_generation?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_id": "4815000000044080",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 25,
                 *           "quantity": 4
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
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
    updateInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "customer_id": "4815000000044080",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 25,
                 *           "quantity": 5
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["DeleteInvoiceResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "subject": "Your invoice",
                 *       "body": "The invoice is attached."
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
    markInvoiceDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["MarkInvoiceDraftResponse"];
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
    voidInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["VoidInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listItemGroups: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListItemGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createItemGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group_name": "T-shirt",
                 *       "unit": "pcs",
                 *       "attribute_name1": "Size",
                 *       "items": [
                 *         {
                 *           "name": "T-shirt S",
                 *           "sku": "TS-S",
                 *           "rate": 15,
                 *           "attribute_option_name1": "S"
                 *         },
                 *         {
                 *           "name": "T-shirt M",
                 *           "sku": "TS-M",
                 *           "rate": 15,
                 *           "attribute_option_name1": "M"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateItemGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateItemGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItemGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item group. */
                itemgroup_id: string;
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
                    "application/json": components["schemas"]["GetItemGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateItemGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item group. */
                itemgroup_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group_name": "T-shirt",
                 *       "unit": "pcs",
                 *       "items": [
                 *         {
                 *           "name": "T-shirt S",
                 *           "rate": 16
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateItemGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateItemGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteItemGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item group. */
                itemgroup_id: string;
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
                    "application/json": components["schemas"]["DeleteItemGroupResponse"];
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
                name?: string;
                sku?: string;
                description?: string;
                filter_by?: "Status.All" | "Status.Active" | "Status.Inactive" | "Status.Lowstock";
                /** @description Text matched against name and SKU. */
                search_text?: string;
                sort_column?: "name" | "sku" | "rate" | "purchase_rate" | "created_time" | "last_modified_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
    createItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Widget",
                 *       "rate": 25,
                 *       "purchase_rate": 10,
                 *       "sku": "WDG-001",
                 *       "item_type": "inventory",
                 *       "product_type": "goods",
                 *       "unit": "pcs"
                 *     }
                 */
                "application/json": components["schemas"]["CreateItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateItemResponse"];
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
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                item_id: string;
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
    updateItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rate": 27.5
                 *     }
                 */
                "application/json": components["schemas"]["UpdateItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                item_id: string;
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
                    "application/json": components["schemas"]["DeleteItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markItemActive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                item_id: string;
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
                    "application/json": components["schemas"]["MarkItemActiveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markItemInactive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                item_id: string;
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
                    "application/json": components["schemas"]["MarkItemInactiveResponse"];
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
                status?: "draft" | "issued" | "partially_received" | "received" | "billed" | "cancelled";
                search_text?: string;
                sort_column?: "vendor_name" | "purchaseorder_number" | "date" | "delivery_date" | "total" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Use the document number given in the body instead of the next one in the series. */
                ignore_auto_number_generation?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor_id": "4815000000044200",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 10,
                 *           "quantity": 50
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
    getPurchaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the purchase order. */
                purchaseorder_id: string;
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
                    "application/json": components["schemas"]["GetPurchaseOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePurchaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the purchase order. */
                purchaseorder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor_id": "4815000000044200",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 10,
                 *           "quantity": 60
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePurchaseOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePurchaseOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePurchaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the purchase order. */
                purchaseorder_id: string;
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
                    "application/json": components["schemas"]["DeletePurchaseOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelPurchaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the purchase order. */
                purchaseorder_id: string;
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
                    "application/json": components["schemas"]["CancelPurchaseOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    issuePurchaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the purchase order. */
                purchaseorder_id: string;
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
                    "application/json": components["schemas"]["IssuePurchaseOrderResponse"];
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
                /** @description Status filter such as Status.All, Status.Confirmed or Status.Shipped. */
                filter_by?: string;
                search_text?: string;
                sort_column?: "customer_name" | "salesorder_number" | "shipment_date" | "total" | "date" | "created_time";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Use the document number given in the body instead of the next one in the series. */
                ignore_auto_number_generation?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_id": "4815000000044080",
                 *       "date": "2026-02-01",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 25,
                 *           "quantity": 4
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
    getSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sales order. */
                salesorder_id: string;
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
                    "application/json": components["schemas"]["GetSalesOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sales order. */
                salesorder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_id": "4815000000044080",
                 *       "line_items": [
                 *         {
                 *           "item_id": "4815000000044100",
                 *           "rate": 25,
                 *           "quantity": 6
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSalesOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSalesOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sales order. */
                salesorder_id: string;
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
                    "application/json": components["schemas"]["DeleteSalesOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    confirmSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sales order. */
                salesorder_id: string;
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
                    "application/json": components["schemas"]["ConfirmSalesOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    voidSalesOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sales order. */
                salesorder_id: string;
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
                    "application/json": components["schemas"]["VoidSalesOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createShipmentOrder: {
        parameters: {
            query: {
                /** @description Comma-separated ids of the packages being shipped. */
                package_ids: string;
                /** @description Sales order the packages belong to. */
                salesorder_id: string;
            };
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2026-02-03",
                 *       "delivery_method": "FedEx",
                 *       "tracking_number": "794612345678"
                 *     }
                 */
                "application/json": components["schemas"]["CreateShipmentOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateShipmentOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getShipmentOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the shipment order. */
                shipmentorder_id: string;
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
                    "application/json": components["schemas"]["GetShipmentOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateShipmentOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the shipment order. */
                shipmentorder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2026-02-03",
                 *       "delivery_method": "FedEx",
                 *       "tracking_number": "794612345679"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateShipmentOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateShipmentOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteShipmentOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the shipment order. */
                shipmentorder_id: string;
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
                    "application/json": components["schemas"]["DeleteShipmentOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markShipmentDelivered: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Inventory connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the shipment order. */
                shipmentorder_id: string;
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
                    "application/json": components["schemas"]["MarkShipmentDeliveredResponse"];
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
