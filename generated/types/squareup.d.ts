// Generated from providers/squareup.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the bank accounts linked to the seller. */
        get: operations["listBankAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bank-accounts/{bank_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one linked bank account. */
        get: operations["getBankAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through cards on file, optionally of one customer. */
        get: operations["listCards"];
        put?: never;
        /** Save a card for a customer from a card nonce or an earlier payment. */
        post: operations["createCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cards/{card_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one card on file. */
        get: operations["getCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/cards/{card_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a card on file so it cannot be charged again. */
        post: operations["disableCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/catalog/batch-upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or replace many catalog objects in batches; each batch succeeds or fails as a whole. */
        post: operations["batchUpsertCatalogObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/catalog/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the catalog's batch size limits and standard unit descriptions. */
        get: operations["getCatalogInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/catalog/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through catalog objects, optionally of some types only. */
        get: operations["listCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/catalog/object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a catalog object, or replace one by id; new objects use temporary ids that start with #. */
        post: operations["upsertCatalogObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/catalog/object/{object_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one catalog object, optionally with the objects it refers to. */
        get: operations["getCatalogObject"];
        put?: never;
        post?: never;
        /** Delete a catalog object and everything that belongs to it, such as an item's variations. */
        delete: operations["deleteCatalogObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/catalog/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search catalog objects by keywords, exact or prefix values, ranges or related taxes and modifiers. */
        post: operations["searchCatalog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the seller's customer directory. */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer profile; at least a name, company, email or phone is needed. */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/customers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search customers by email, phone, creation or update time, group or reference id. */
        post: operations["searchCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one customer profile. */
        get: operations["getCustomer"];
        /** Change fields of a customer profile; fields left out stay as they are. */
        put: operations["updateCustomer"];
        post?: never;
        /** Delete a customer profile. */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the invoices of one location. */
        get: operations["listInvoices"];
        put?: never;
        /** Create a draft invoice for an existing order; publish it to send it. */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one invoice. */
        get: operations["getInvoice"];
        /** Change an invoice by sending the changed fields with its current version. */
        put: operations["updateInvoice"];
        post?: never;
        /** Delete a draft invoice; published invoices are cancelled instead. */
        delete: operations["deleteInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/invoices/{invoice_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a published invoice so it can no longer be paid. */
        post: operations["cancelInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/invoices/{invoice_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft invoice so Square emails, texts or schedules it, or charges a card on file. */
        post: operations["publishInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all of the seller's locations. */
        get: operations["listLocations"];
        put?: never;
        /** Add a location to the seller's account. */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/locations/{location_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one location; the id main returns the seller's main location. */
        get: operations["getLocation"];
        /** Change a location's name, address, hours or contact details. */
        put: operations["updateLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/loyalty/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enroll a buyer in the loyalty program under their phone number. */
        post: operations["createLoyaltyAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/loyalty/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find loyalty accounts by phone number or customer id. */
        post: operations["searchLoyaltyAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/loyalty/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the seller's loyalty program (a seller has at most one). */
        get: operations["listLoyaltyPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/loyalty/programs/{program_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the loyalty program by id, or with the id main. */
        get: operations["getLoyaltyProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/merchants/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the seller account the token belongs to. */
        get: operations["getMerchantMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/online-checkout/payment-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the seller's checkout payment links. */
        get: operations["listPaymentLinks"];
        put?: never;
        /** Create a hosted checkout link for a quick amount or for an order. */
        post: operations["createPaymentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/online-checkout/payment-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one payment link. */
        get: operations["getPaymentLink"];
        /** Change a payment link's description, checkout options or prefilled buyer data. */
        put: operations["updatePaymentLink"];
        post?: never;
        /** Delete a payment link and cancel the order it created. */
        delete: operations["deletePaymentLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an order of line items, taxes, discounts and fulfillments for a location. */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orders/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the orders of up to ten locations by state, date, fulfillment, source or customer. */
        post: operations["searchOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one order with its line items and totals. */
        get: operations["getOrder"];
        /** Change an open order by sending only the changed fields with its current version. */
        put: operations["updateOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/orders/{order_id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle an order with payments that were taken for it without completing them. */
        post: operations["payOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through payments taken, optionally by time range, location, amount or card. */
        get: operations["listPayments"];
        put?: never;
        /** Charge a card nonce, card on file or other source, optionally holding it for later completion. */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one payment. */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{payment_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an authorised payment that has not been completed. */
        post: operations["cancelPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payments/{payment_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Capture a payment that was only authorised. */
        post: operations["completePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through transfers of the seller's balance to their bank account. */
        get: operations["listPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payouts/{payout_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one payout. */
        get: operations["getPayout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/payouts/{payout_id}/payout-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the payments, refunds and fees that make up a payout. */
        get: operations["listPayoutEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through refunds, optionally by time range, location, status or source type. */
        get: operations["listRefunds"];
        put?: never;
        /** Refund all or part of a completed payment. */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/refunds/{refund_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one refund. */
        get: operations["getRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/team-members/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search team members by location, status or ownership. */
        post: operations["searchTeamMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/team-members/{team_member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one team member. */
        get: operations["getTeamMember"];
        /** Change a team member's name, contact details, status or assigned locations. */
        put: operations["updateTeamMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/terminals/checkouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a checkout request to a paired Square Terminal so the buyer can pay on the device. */
        post: operations["createTerminalCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/terminals/checkouts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search Terminal checkouts by device, status or creation time. */
        post: operations["searchTerminalCheckouts"];
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
        BatchUpsertCatalogObjectsRequest: {
            idempotency_key: string;
            batches: {
                objects: ({
                    type: string;
                    id: string;
                    version?: number;
                } & {
                    [key: string]: unknown;
                })[];
            }[];
        };
        BatchUpsertCatalogObjectsResponse: {
            objects?: components["schemas"]["ListCatalogResponseObjectsItem"][];
            /** Format: date-time */
            updated_at?: string;
            id_mappings?: components["schemas"]["UpsertCatalogObjectResponseIdMappings"];
        };
        CancelInvoiceRequest: {
            version: number;
        };
        CancelInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        CancelPaymentResponse: components["schemas"]["GetPaymentResponse"];
        CompletePaymentRequest: {
            /** @description The payment's current version token (optimistic locking). */
            version_token?: string;
        };
        CompletePaymentResponse: components["schemas"]["GetPaymentResponse"];
        CreateCardRequest: {
            idempotency_key: string;
            /** @description Card nonce or the id of a payment made with the card. */
            source_id: string;
            verification_token?: string;
            card: {
                customer_id: string;
                cardholder_name?: string;
                billing_address?: {
                    address_line_1?: string;
                    address_line_2?: string;
                    locality?: string;
                    administrative_district_level_1?: string;
                    postal_code?: string;
                    country?: string;
                };
                reference_id?: string;
            };
        };
        CreateCardResponse: components["schemas"]["GetCardResponse"];
        CreateCustomerRequest: {
            idempotency_key?: string;
            given_name?: string;
            family_name?: string;
            company_name?: string;
            nickname?: string;
            /** Format: email */
            email_address?: string;
            phone_number?: string;
            address?: {
                address_line_1?: string;
                address_line_2?: string;
                locality?: string;
                administrative_district_level_1?: string;
                postal_code?: string;
                country?: string;
            };
            /** @description Your own id for the customer. */
            reference_id?: string;
            note?: string;
            /** @description YYYY-MM-DD or MM-DD. */
            birthday?: string;
        };
        CreateCustomerResponse: components["schemas"]["GetCustomerResponse"];
        CreateInvoiceRequest: {
            invoice: components["schemas"]["CreateInvoiceRequestInvoice"];
            idempotency_key?: string;
        };
        CreateInvoiceRequestInvoice: {
            location_id?: string;
            /** @description Order the invoice bills; it must be OPEN and belong to the location. */
            order_id?: string;
            /** @description Current version when updating. */
            version?: number;
            primary_recipient?: {
                customer_id?: string;
            };
            payment_requests?: {
                /** @enum {string} */
                request_type?: "BALANCE" | "DEPOSIT" | "INSTALLMENT";
                /** Format: date */
                due_date?: string;
                tipping_enabled?: boolean;
                /** @enum {string} */
                automatic_payment_source?: "NONE" | "CARD_ON_FILE" | "BANK_ON_FILE";
                card_id?: string;
                reminders?: {
                    relative_scheduled_days?: number;
                    message?: string;
                }[];
            }[];
            /** @enum {string} */
            delivery_method?: "EMAIL" | "SHARE_MANUALLY" | "SMS";
            invoice_number?: string;
            title?: string;
            description?: string;
            /** Format: date-time */
            scheduled_at?: string;
            accepted_payment_methods?: {
                card?: boolean;
                square_gift_card?: boolean;
                bank_account?: boolean;
                buy_now_pay_later?: boolean;
                cash_app_pay?: boolean;
            };
            /** Format: date */
            sale_or_service_date?: string;
        };
        CreateInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        CreateLocationRequest: {
            location: components["schemas"]["CreateLocationRequestLocation"];
        };
        CreateLocationRequestLocation: {
            /** @description Name shown in the Seller Dashboard; unique per seller. */
            name?: string;
            address?: {
                address_line_1?: string;
                address_line_2?: string;
                locality?: string;
                administrative_district_level_1?: string;
                postal_code?: string;
                country?: string;
            };
            /** @description IANA zone, e.g. America/Los_Angeles. */
            timezone?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "INACTIVE";
            business_name?: string;
            phone_number?: string;
            business_email?: string;
            website_url?: string;
            description?: string;
            /** @description Merchant category code. */
            mcc?: string;
        };
        CreateLocationResponse: components["schemas"]["GetLocationResponse"];
        CreateLoyaltyAccountRequest: {
            loyalty_account: {
                program_id: string;
                mapping: {
                    /** @description E.164 phone number. */
                    phone_number: string;
                };
                customer_id?: string;
            };
            idempotency_key: string;
        };
        CreateLoyaltyAccountResponse: {
            loyalty_account?: components["schemas"]["SearchLoyaltyAccountsResponseLoyaltyAccountsItem"];
        };
        CreateOrderRequest: {
            order: components["schemas"]["CreateOrderRequestOrder"];
            idempotency_key?: string;
        };
        CreateOrderRequestOrder: {
            location_id?: string;
            reference_id?: string;
            customer_id?: string;
            /** @description Current version when updating. */
            version?: number;
            /** @enum {string} */
            state?: "OPEN" | "COMPLETED" | "CANCELED" | "DRAFT";
            line_items?: {
                uid?: string;
                /** @description Name of an ad-hoc item (leave out with catalog_object_id). */
                name?: string;
                /** @description Quantity as a decimal string, e.g. "1". */
                quantity: string;
                /** @description Item variation from the catalog. */
                catalog_object_id?: string;
                base_price_money?: {
                    amount?: number;
                    currency?: string;
                };
                note?: string;
                modifiers?: Record<string, unknown>[];
            }[];
            taxes?: Record<string, unknown>[];
            discounts?: Record<string, unknown>[];
            service_charges?: Record<string, unknown>[];
            fulfillments?: Record<string, unknown>[];
            metadata?: {
                [key: string]: string;
            };
        };
        CreateOrderResponse: {
            order?: components["schemas"]["CreateOrderResponseOrder"];
        };
        CreateOrderResponseOrder: {
            id?: string;
            location_id?: string;
            reference_id?: string;
            customer_id?: string;
            /** @enum {string} */
            state?: "OPEN" | "COMPLETED" | "CANCELED" | "DRAFT";
            version?: number;
            line_items?: {
                uid?: string;
                name?: string;
                quantity?: string;
                catalog_object_id?: string;
                variation_name?: string;
                base_price_money?: {
                    amount?: number;
                    currency?: string;
                };
                gross_sales_money?: {
                    amount?: number;
                    currency?: string;
                };
                total_tax_money?: {
                    amount?: number;
                    currency?: string;
                };
                total_discount_money?: {
                    amount?: number;
                    currency?: string;
                };
                total_money?: {
                    amount?: number;
                    currency?: string;
                };
                note?: string;
            }[];
            fulfillments?: Record<string, unknown>[];
            tenders?: Record<string, unknown>[];
            source?: {
                name?: string;
            };
            total_money?: {
                amount?: number;
                currency?: string;
            };
            total_tax_money?: {
                amount?: number;
                currency?: string;
            };
            total_discount_money?: {
                amount?: number;
                currency?: string;
            };
            total_tip_money?: {
                amount?: number;
                currency?: string;
            };
            total_service_charge_money?: {
                amount?: number;
                currency?: string;
            };
            net_amount_due_money?: {
                amount?: number;
                currency?: string;
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            closed_at?: string;
        };
        CreatePaymentLinkRequest: {
            idempotency_key?: string;
            description?: string;
            quick_pay?: {
                name: string;
                price_money: {
                    amount?: number;
                    currency?: string;
                };
                location_id: string;
            };
            /** @description An order to sell instead of quick_pay. */
            order?: Record<string, unknown>;
            checkout_options?: {
                allow_tipping?: boolean;
                ask_for_shipping_address?: boolean;
                redirect_url?: string;
                merchant_support_email?: string;
            };
            pre_populated_data?: {
                buyer_email?: string;
                buyer_phone_number?: string;
                buyer_address?: {
                    address_line_1?: string;
                    address_line_2?: string;
                    locality?: string;
                    administrative_district_level_1?: string;
                    postal_code?: string;
                    country?: string;
                };
            };
            payment_note?: string;
        };
        CreatePaymentLinkResponse: {
            payment_link?: components["schemas"]["ListPaymentLinksResponsePaymentLinksItem"];
            /** @description The order (and subscription plans) created for the link. */
            related_resources?: Record<string, unknown>;
        };
        CreatePaymentRequest: {
            /** @description Card nonce, card-on-file id, or EXTERNAL/CASH for recorded payments. */
            source_id: string;
            idempotency_key: string;
            amount_money?: {
                amount?: number;
                currency?: string;
            };
            tip_money?: {
                amount?: number;
                currency?: string;
            };
            app_fee_money?: {
                amount?: number;
                currency?: string;
            };
            /**
             * @description false only authorises; complete or cancel later.
             * @default true
             */
            autocomplete?: boolean;
            /** @description How long an authorisation is held, as an RFC 3339 duration such as P1W. */
            delay_duration?: string;
            order_id?: string;
            customer_id?: string;
            location_id?: string;
            reference_id?: string;
            /** @description Buyer verification token from the Web Payments SDK. */
            verification_token?: string;
            note?: string;
            buyer_email_address?: string;
            statement_description_identifier?: string;
        };
        CreatePaymentResponse: components["schemas"]["GetPaymentResponse"];
        CreateTerminalCheckoutRequest: {
            idempotency_key: string;
            checkout: {
                amount_money: {
                    amount?: number;
                    currency?: string;
                };
                reference_id?: string;
                note?: string;
                order_id?: string;
                customer_id?: string;
                /** @description How long the device waits, as an RFC 3339 duration such as PT5M. */
                deadline_duration?: string;
                /** @enum {string} */
                payment_type?: "CARD_PRESENT" | "MANUAL_CARD_ENTRY" | "FELICA_ID" | "FELICA_QUICPAY" | "FELICA_TRANSPORTATION_GROUP" | "FELICA_ALL" | "PAYPAY" | "QR_CODE";
                device_options: {
                    device_id: string;
                    skip_receipt_screen?: boolean;
                    collect_signature?: boolean;
                    tip_settings?: {
                        allow_tipping?: boolean;
                        separate_tip_screen?: boolean;
                    };
                };
            };
        };
        CreateTerminalCheckoutResponse: {
            checkout?: components["schemas"]["CreateTerminalCheckoutResponseCheckout"];
        };
        CreateTerminalCheckoutResponseCheckout: {
            id?: string;
            amount_money?: {
                amount?: number;
                currency?: string;
            };
            reference_id?: string;
            note?: string;
            order_id?: string;
            device_options?: {
                device_id?: string;
                skip_receipt_screen?: boolean;
                tip_settings?: Record<string, unknown>;
            };
            deadline_duration?: string;
            /** @enum {string} */
            status?: "PENDING" | "IN_PROGRESS" | "CANCEL_REQUESTED" | "CANCELED" | "COMPLETED";
            cancel_reason?: string;
            payment_ids?: string[];
            payment_type?: string;
            location_id?: string;
            app_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        DeleteCatalogObjectResponse: {
            deleted_object_ids?: string[];
            /** Format: date-time */
            deleted_at?: string;
        };
        /** @description Empty on success. */
        DeleteCustomerResponse: Record<string, unknown>;
        /** @description Empty on success. */
        DeleteInvoiceResponse: Record<string, unknown>;
        DeletePaymentLinkResponse: {
            id?: string;
            cancelled_order_id?: string;
        };
        DisableCardResponse: components["schemas"]["GetCardResponse"];
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
        GetBankAccountResponse: {
            bank_account?: components["schemas"]["ListBankAccountsResponseBankAccountsItem"];
        };
        GetCardResponse: {
            card?: components["schemas"]["ListCardsResponseCardsItem"];
        };
        GetCatalogInfoResponse: {
            limits?: {
                batch_upsert_max_objects_per_batch?: number;
                batch_upsert_max_total_objects?: number;
                batch_retrieve_max_object_ids?: number;
                search_max_page_limit?: number;
                batch_delete_max_object_ids?: number;
                update_item_taxes_max_item_ids?: number;
                update_item_modifier_lists_max_item_ids?: number;
            };
            standard_unit_description_group?: Record<string, unknown>;
        };
        GetCatalogObjectResponse: {
            object?: components["schemas"]["ListCatalogResponseObjectsItem"];
            related_objects?: components["schemas"]["ListCatalogResponseObjectsItem"][];
        };
        GetCustomerResponse: {
            customer?: components["schemas"]["ListCustomersResponseCustomersItem"];
        };
        GetInvoiceResponse: {
            invoice?: components["schemas"]["ListInvoicesResponseInvoicesItem"];
        };
        GetLocationResponse: {
            location?: components["schemas"]["ListLocationsResponseLocationsItem"];
        };
        GetLoyaltyProgramResponse: {
            program?: components["schemas"]["ListLoyaltyProgramsResponseProgramsItem"];
        };
        GetMerchantMeResponse: {
            merchant?: {
                id?: string;
                business_name?: string;
                country?: string;
                language_code?: string;
                currency?: string;
                /** @enum {string} */
                status?: "ACTIVE" | "INACTIVE";
                main_location_id?: string;
                /** Format: date-time */
                created_at?: string;
            };
        };
        GetOrderResponse: components["schemas"]["CreateOrderResponse"];
        GetPaymentLinkResponse: {
            payment_link?: components["schemas"]["ListPaymentLinksResponsePaymentLinksItem"];
        };
        GetPaymentResponse: {
            payment?: components["schemas"]["ListPaymentsResponsePaymentsItem"];
        };
        GetPayoutResponse: {
            payout?: components["schemas"]["ListPayoutsResponsePayoutsItem"];
        };
        GetRefundResponse: {
            refund?: components["schemas"]["ListRefundsResponseRefundsItem"];
        };
        GetTeamMemberResponse: {
            team_member?: components["schemas"]["SearchTeamMembersResponseTeamMembersItem"];
        };
        ListBankAccountsResponse: {
            bank_accounts?: components["schemas"]["ListBankAccountsResponseBankAccountsItem"][];
            cursor?: string;
        };
        ListBankAccountsResponseBankAccountsItem: {
            id?: string;
            account_number_suffix?: string;
            country?: string;
            currency?: string;
            /** @enum {string} */
            account_type?: "CHECKING" | "SAVINGS" | "INVESTMENT" | "OTHER" | "BUSINESS_CHECKING";
            holder_name?: string;
            primary_bank_identification_number?: string;
            bank_name?: string;
            location_id?: string;
            /** @enum {string} */
            status?: "VERIFICATION_IN_PROGRESS" | "VERIFIED" | "DISABLED";
            creditable?: boolean;
            debitable?: boolean;
            version?: number;
        };
        ListCardsResponse: {
            cards?: components["schemas"]["ListCardsResponseCardsItem"][];
            cursor?: string;
        };
        ListCardsResponseCardsItem: {
            id?: string;
            card_brand?: string;
            last_4?: string;
            exp_month?: number;
            exp_year?: number;
            cardholder_name?: string;
            billing_address?: {
                address_line_1?: string;
                address_line_2?: string;
                locality?: string;
                administrative_district_level_1?: string;
                postal_code?: string;
                country?: string;
            };
            fingerprint?: string;
            customer_id?: string;
            merchant_id?: string;
            reference_id?: string;
            enabled?: boolean;
            /** @enum {string} */
            card_type?: "UNKNOWN_CARD_TYPE" | "CREDIT" | "DEBIT";
            prepaid_type?: string;
            bin?: string;
            version?: number;
        };
        ListCatalogResponse: {
            objects?: components["schemas"]["ListCatalogResponseObjectsItem"][];
            cursor?: string;
        };
        ListCatalogResponseObjectsItem: {
            /** @description ITEM, ITEM_VARIATION, CATEGORY, TAX, DISCOUNT, MODIFIER_LIST, MODIFIER, IMAGE and more. */
            type?: string;
            id?: string;
            /** Format: date-time */
            updated_at?: string;
            version?: number;
            is_deleted?: boolean;
            present_at_all_locations?: boolean;
            present_at_location_ids?: string[];
            item_data?: Record<string, unknown>;
            item_variation_data?: Record<string, unknown>;
            category_data?: Record<string, unknown>;
            tax_data?: Record<string, unknown>;
            discount_data?: Record<string, unknown>;
        };
        ListCustomersResponse: {
            customers?: components["schemas"]["ListCustomersResponseCustomersItem"][];
            cursor?: string;
            count?: number;
        };
        ListCustomersResponseCustomersItem: {
            id?: string;
            given_name?: string;
            family_name?: string;
            company_name?: string;
            nickname?: string;
            email_address?: string;
            phone_number?: string;
            address?: {
                address_line_1?: string;
                address_line_2?: string;
                locality?: string;
                administrative_district_level_1?: string;
                postal_code?: string;
                country?: string;
            };
            birthday?: string;
            reference_id?: string;
            note?: string;
            group_ids?: string[];
            segment_ids?: string[];
            creation_source?: string;
            preferences?: {
                email_unsubscribed?: boolean;
            };
            version?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListInvoicesResponse: {
            invoices?: components["schemas"]["ListInvoicesResponseInvoicesItem"][];
            cursor?: string;
        };
        ListInvoicesResponseInvoicesItem: {
            id?: string;
            version?: number;
            location_id?: string;
            order_id?: string;
            invoice_number?: string;
            title?: string;
            description?: string;
            /** @enum {string} */
            status?: "DRAFT" | "UNPAID" | "SCHEDULED" | "PARTIALLY_PAID" | "PAID" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELED" | "FAILED" | "PAYMENT_PENDING";
            primary_recipient?: {
                customer_id?: string;
                given_name?: string;
                family_name?: string;
                email_address?: string;
            };
            payment_requests?: {
                uid?: string;
                /** @enum {string} */
                request_type?: "BALANCE" | "DEPOSIT" | "INSTALLMENT";
                /** Format: date */
                due_date?: string;
                computed_amount_money?: {
                    amount?: number;
                    currency?: string;
                };
                total_completed_amount_money?: {
                    amount?: number;
                    currency?: string;
                };
                automatic_payment_source?: string;
            }[];
            /** @enum {string} */
            delivery_method?: "EMAIL" | "SHARE_MANUALLY" | "SMS";
            accepted_payment_methods?: Record<string, unknown>;
            /** Format: date-time */
            scheduled_at?: string;
            public_url?: string;
            timezone?: string;
            sale_or_service_date?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListLocationsResponse: {
            locations?: components["schemas"]["ListLocationsResponseLocationsItem"][];
        };
        ListLocationsResponseLocationsItem: {
            id?: string;
            name?: string;
            business_name?: string;
            address?: {
                address_line_1?: string;
                address_line_2?: string;
                locality?: string;
                administrative_district_level_1?: string;
                postal_code?: string;
                country?: string;
            };
            timezone?: string;
            capabilities?: string[];
            /** @enum {string} */
            status?: "ACTIVE" | "INACTIVE";
            /** @enum {string} */
            type?: "PHYSICAL" | "MOBILE";
            merchant_id?: string;
            country?: string;
            language_code?: string;
            currency?: string;
            phone_number?: string;
            business_email?: string;
            website_url?: string;
            description?: string;
            mcc?: string;
            /** Format: date-time */
            created_at?: string;
        };
        ListLoyaltyProgramsResponse: {
            programs?: components["schemas"]["ListLoyaltyProgramsResponseProgramsItem"][];
        };
        ListLoyaltyProgramsResponseProgramsItem: {
            id?: string;
            /** @enum {string} */
            status?: "INACTIVE" | "ACTIVE";
            terminology?: {
                one?: string;
                other?: string;
            };
            location_ids?: string[];
            reward_tiers?: {
                id?: string;
                points?: number;
                name?: string;
            }[];
            accrual_rules?: Record<string, unknown>[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListPaymentLinksResponse: {
            payment_links?: components["schemas"]["ListPaymentLinksResponsePaymentLinksItem"][];
            cursor?: string;
        };
        ListPaymentLinksResponsePaymentLinksItem: {
            id?: string;
            version?: number;
            description?: string;
            order_id?: string;
            url?: string;
            long_url?: string;
            checkout_options?: Record<string, unknown>;
            pre_populated_data?: Record<string, unknown>;
            payment_note?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListPaymentsResponse: {
            payments?: components["schemas"]["ListPaymentsResponsePaymentsItem"][];
            cursor?: string;
        };
        ListPaymentsResponsePaymentsItem: {
            id?: string;
            /** @enum {string} */
            status?: "APPROVED" | "PENDING" | "COMPLETED" | "CANCELED" | "FAILED";
            /** @enum {string} */
            source_type?: "CARD" | "BANK_ACCOUNT" | "WALLET" | "BUY_NOW_PAY_LATER" | "SQUARE_ACCOUNT" | "CASH" | "EXTERNAL";
            amount_money?: {
                amount?: number;
                currency?: string;
            };
            tip_money?: {
                amount?: number;
                currency?: string;
            };
            total_money?: {
                amount?: number;
                currency?: string;
            };
            app_fee_money?: {
                amount?: number;
                currency?: string;
            };
            approved_money?: {
                amount?: number;
                currency?: string;
            };
            refunded_money?: {
                amount?: number;
                currency?: string;
            };
            card_details?: {
                status?: string;
                card?: {
                    card_brand?: string;
                    last_4?: string;
                    exp_month?: number;
                    exp_year?: number;
                };
                entry_method?: string;
            };
            location_id?: string;
            order_id?: string;
            customer_id?: string;
            reference_id?: string;
            note?: string;
            receipt_number?: string;
            receipt_url?: string;
            refund_ids?: string[];
            delay_action?: string;
            version_token?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListPayoutEntriesResponse: {
            payout_entries?: {
                id?: string;
                payout_id?: string;
                /** Format: date-time */
                effective_at?: string;
                type?: string;
                gross_amount_money?: {
                    amount?: number;
                    currency?: string;
                };
                fee_amount_money?: {
                    amount?: number;
                    currency?: string;
                };
                net_amount_money?: {
                    amount?: number;
                    currency?: string;
                };
            }[];
            cursor?: string;
        };
        ListPayoutsResponse: {
            payouts?: components["schemas"]["ListPayoutsResponsePayoutsItem"][];
            cursor?: string;
        };
        ListPayoutsResponsePayoutsItem: {
            id?: string;
            /** @enum {string} */
            status?: "SENT" | "FAILED" | "PAID";
            location_id?: string;
            amount_money?: {
                amount?: number;
                currency?: string;
            };
            destination?: {
                type?: string;
                id?: string;
            };
            /** @enum {string} */
            type?: "BATCH" | "SIMPLE";
            /** Format: date */
            arrival_date?: string;
            end_to_end_id?: string;
            version?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListRefundsResponse: {
            refunds?: components["schemas"]["ListRefundsResponseRefundsItem"][];
            cursor?: string;
        };
        ListRefundsResponseRefundsItem: {
            id?: string;
            /** @enum {string} */
            status?: "PENDING" | "COMPLETED" | "REJECTED" | "FAILED";
            amount_money?: {
                amount?: number;
                currency?: string;
            };
            app_fee_money?: {
                amount?: number;
                currency?: string;
            };
            payment_id?: string;
            order_id?: string;
            location_id?: string;
            reason?: string;
            destination_type?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        PayOrderRequest: {
            idempotency_key: string;
            order_version?: number;
            payment_ids?: string[];
        };
        PayOrderResponse: components["schemas"]["CreateOrderResponse"];
        PublishInvoiceRequest: {
            version: number;
            idempotency_key?: string;
        };
        PublishInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        RefundPaymentRequest: {
            idempotency_key: string;
            amount_money: {
                amount?: number;
                currency?: string;
            };
            app_fee_money?: {
                amount?: number;
                currency?: string;
            };
            /** @description Payment to refund. */
            payment_id?: string;
            reason?: string;
            payment_version_token?: string;
            team_member_id?: string;
            /** @description For unlinked refunds, where the money goes. */
            destination_id?: string;
            unlinked?: boolean;
            location_id?: string;
            customer_id?: string;
        };
        RefundPaymentResponse: components["schemas"]["GetRefundResponse"];
        SearchCatalogRequest: {
            cursor?: string;
            object_types?: string[];
            include_deleted_objects?: boolean;
            include_related_objects?: boolean;
            /**
             * Format: date-time
             * @description Only objects changed after this time.
             */
            begin_time?: string;
            limit?: number;
            query?: {
                text_query?: {
                    keywords?: string[];
                };
                exact_query?: {
                    attribute_name?: string;
                    attribute_value?: string;
                };
                prefix_query?: {
                    attribute_name?: string;
                    attribute_prefix?: string;
                };
                range_query?: {
                    attribute_name?: string;
                    attribute_min_value?: number;
                    attribute_max_value?: number;
                };
                sorted_attribute_query?: {
                    attribute_name?: string;
                    /** @enum {string} */
                    sort_order?: "ASC" | "DESC";
                };
                items_for_tax_query?: {
                    tax_ids?: string[];
                };
                items_for_modifier_list_query?: {
                    modifier_list_ids?: string[];
                };
            };
        };
        SearchCatalogResponse: {
            objects?: components["schemas"]["ListCatalogResponseObjectsItem"][];
            related_objects?: components["schemas"]["ListCatalogResponseObjectsItem"][];
            cursor?: string;
            /** Format: date-time */
            latest_time?: string;
        };
        SearchCustomersRequest: {
            cursor?: string;
            limit?: number;
            count?: boolean;
            query?: {
                filter?: {
                    email_address?: components["schemas"]["SearchCustomersRequestQueryFilterEmailAddress"];
                    phone_number?: components["schemas"]["SearchCustomersRequestQueryFilterEmailAddress"];
                    reference_id?: components["schemas"]["SearchCustomersRequestQueryFilterEmailAddress"];
                    created_at?: components["schemas"]["SearchCustomersRequestQueryFilterCreatedAt"];
                    updated_at?: components["schemas"]["SearchCustomersRequestQueryFilterCreatedAt"];
                    group_ids?: {
                        any?: string[];
                        all?: string[];
                        none?: string[];
                    };
                    creation_source?: {
                        values?: string[];
                        /** @enum {string} */
                        rule?: "INCLUDE" | "EXCLUDE";
                    };
                };
                sort?: {
                    /** @enum {string} */
                    field?: "DEFAULT" | "CREATED_AT";
                    /** @enum {string} */
                    order?: "ASC" | "DESC";
                };
            };
        };
        SearchCustomersRequestQueryFilterCreatedAt: {
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
        };
        SearchCustomersRequestQueryFilterEmailAddress: {
            exact?: string;
            fuzzy?: string;
        };
        SearchCustomersResponse: {
            customers?: components["schemas"]["ListCustomersResponseCustomersItem"][];
            cursor?: string;
            count?: number;
        };
        SearchLoyaltyAccountsRequest: {
            query?: {
                mappings?: {
                    /** @description E.164 phone number. */
                    phone_number?: string;
                }[];
                customer_ids?: string[];
            };
            limit?: number;
            cursor?: string;
        };
        SearchLoyaltyAccountsResponse: {
            loyalty_accounts?: components["schemas"]["SearchLoyaltyAccountsResponseLoyaltyAccountsItem"][];
            cursor?: string;
        };
        SearchLoyaltyAccountsResponseLoyaltyAccountsItem: {
            id?: string;
            program_id?: string;
            balance?: number;
            lifetime_points?: number;
            customer_id?: string;
            mapping?: {
                id?: string;
                phone_number?: string;
                /** Format: date-time */
                created_at?: string;
            };
            /** Format: date-time */
            enrolled_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SearchOrdersRequest: {
            location_ids: string[];
            cursor?: string;
            limit?: number;
            /** @description true returns only order ids and versions. */
            return_entries?: boolean;
            query?: {
                filter?: {
                    state_filter?: {
                        states?: ("OPEN" | "COMPLETED" | "CANCELED" | "DRAFT")[];
                    };
                    date_time_filter?: {
                        created_at?: components["schemas"]["SearchCustomersRequestQueryFilterCreatedAt"];
                        updated_at?: components["schemas"]["SearchCustomersRequestQueryFilterCreatedAt"];
                        closed_at?: components["schemas"]["SearchCustomersRequestQueryFilterCreatedAt"];
                    };
                    fulfillment_filter?: {
                        fulfillment_types?: string[];
                        fulfillment_states?: string[];
                    };
                    source_filter?: {
                        source_names?: string[];
                    };
                    customer_filter?: {
                        customer_ids?: string[];
                    };
                };
                sort?: {
                    /** @enum {string} */
                    sort_field?: "CREATED_AT" | "UPDATED_AT" | "CLOSED_AT";
                    /** @enum {string} */
                    sort_order?: "ASC" | "DESC";
                };
            };
        };
        SearchOrdersResponse: {
            orders?: components["schemas"]["CreateOrderResponseOrder"][];
            order_entries?: {
                order_id?: string;
                version?: number;
                location_id?: string;
            }[];
            cursor?: string;
        };
        SearchTeamMembersRequest: {
            query?: {
                filter?: {
                    location_ids?: string[];
                    /** @enum {string} */
                    status?: "ACTIVE" | "INACTIVE";
                    is_owner?: boolean;
                };
            };
            limit?: number;
            cursor?: string;
        };
        SearchTeamMembersResponse: {
            team_members?: components["schemas"]["SearchTeamMembersResponseTeamMembersItem"][];
            cursor?: string;
        };
        SearchTeamMembersResponseTeamMembersItem: {
            id?: string;
            reference_id?: string;
            is_owner?: boolean;
            /** @enum {string} */
            status?: "ACTIVE" | "INACTIVE";
            given_name?: string;
            family_name?: string;
            email_address?: string;
            phone_number?: string;
            assigned_locations?: {
                /** @enum {string} */
                assignment_type?: "ALL_CURRENT_AND_FUTURE_LOCATIONS" | "EXPLICIT_LOCATIONS";
                location_ids?: string[];
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SearchTerminalCheckoutsRequest: {
            query?: {
                filter?: {
                    device_id?: string;
                    /** @enum {string} */
                    status?: "PENDING" | "IN_PROGRESS" | "CANCEL_REQUESTED" | "CANCELED" | "COMPLETED";
                    created_at?: components["schemas"]["SearchCustomersRequestQueryFilterCreatedAt"];
                };
                sort?: {
                    /** @enum {string} */
                    sort_order?: "ASC" | "DESC";
                };
            };
            cursor?: string;
            limit?: number;
        };
        SearchTerminalCheckoutsResponse: {
            checkouts?: components["schemas"]["CreateTerminalCheckoutResponseCheckout"][];
            cursor?: string;
        };
        UpdateCustomerRequest: {
            given_name?: string;
            family_name?: string;
            company_name?: string;
            nickname?: string;
            /** Format: email */
            email_address?: string;
            phone_number?: string;
            address?: {
                address_line_1?: string;
                address_line_2?: string;
                locality?: string;
                administrative_district_level_1?: string;
                postal_code?: string;
                country?: string;
            };
            reference_id?: string;
            note?: string;
            birthday?: string;
            /** @description Current version of the customer; a mismatch is rejected. */
            version?: number;
        };
        UpdateCustomerResponse: components["schemas"]["GetCustomerResponse"];
        UpdateInvoiceRequest: {
            invoice: components["schemas"]["CreateInvoiceRequestInvoice"];
            idempotency_key?: string;
            fields_to_clear?: string[];
        };
        UpdateInvoiceResponse: components["schemas"]["GetInvoiceResponse"];
        UpdateLocationRequest: {
            location: components["schemas"]["CreateLocationRequestLocation"];
        };
        UpdateLocationResponse: components["schemas"]["GetLocationResponse"];
        UpdateOrderRequest: {
            order?: components["schemas"]["CreateOrderRequestOrder"];
            /** @description Dot paths of fields to remove, e.g. discounts. */
            fields_to_clear?: string[];
            idempotency_key?: string;
        };
        UpdateOrderResponse: components["schemas"]["CreateOrderResponse"];
        UpdatePaymentLinkRequest: {
            payment_link: {
                version: number;
                description?: string;
                checkout_options?: Record<string, unknown>;
                pre_populated_data?: Record<string, unknown>;
                payment_note?: string;
            };
        };
        UpdatePaymentLinkResponse: components["schemas"]["GetPaymentLinkResponse"];
        UpdateTeamMemberRequest: {
            team_member: {
                reference_id?: string;
                /** @enum {string} */
                status?: "ACTIVE" | "INACTIVE";
                given_name?: string;
                family_name?: string;
                email_address?: string;
                phone_number?: string;
                assigned_locations?: {
                    /** @enum {string} */
                    assignment_type?: "ALL_CURRENT_AND_FUTURE_LOCATIONS" | "EXPLICIT_LOCATIONS";
                    location_ids?: string[];
                };
            };
        };
        UpdateTeamMemberResponse: components["schemas"]["GetTeamMemberResponse"];
        UpsertCatalogObjectRequest: {
            idempotency_key: string;
            object: {
                type: string;
                /** @description Existing id, or a #temporary id for a new object. */
                id: string;
                /** @description Current version when replacing. */
                version?: number;
                present_at_all_locations?: boolean;
                item_data?: {
                    name?: string;
                    description?: string;
                    category_id?: string;
                    variations?: {
                        /** @enum {string} */
                        type?: "ITEM_VARIATION";
                        id?: string;
                        item_variation_data?: {
                            name?: string;
                            /** @enum {string} */
                            pricing_type?: "FIXED_PRICING" | "VARIABLE_PRICING";
                            price_money?: {
                                amount?: number;
                                currency?: string;
                            };
                            sku?: string;
                        };
                    }[];
                };
            };
        };
        UpsertCatalogObjectResponse: {
            catalog_object?: components["schemas"]["ListCatalogResponseObjectsItem"];
            id_mappings?: components["schemas"]["UpsertCatalogObjectResponseIdMappings"];
        };
        UpsertCatalogObjectResponseIdMappings: {
            client_object_id?: string;
            object_id?: string;
        }[];
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
        /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBankAccounts: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer. */
                cursor?: string;
                limit?: number;
                /** @description Only records of this location. */
                location_id?: string;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBankAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBankAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the bank account. */
                bank_account_id: string;
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
                    "application/json": components["schemas"]["GetBankAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCards: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Only cards of this customer. */
                customer_id?: string;
                include_disabled?: boolean;
                reference_id?: string;
                sort_order?: "ASC" | "DESC";
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCardsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "source_id": "cnon:card-nonce-ok",
                 *       "card": {
                 *         "customer_id": "{customer_id}"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCardRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the card on file. */
                card_id: string;
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
                    "application/json": components["schemas"]["GetCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    disableCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the card on file. */
                card_id: string;
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
                    "application/json": components["schemas"]["DisableCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpsertCatalogObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "batches": [
                 *         {
                 *           "objects": [
                 *             {
                 *               "type": "CATEGORY",
                 *               "id": "#drinks",
                 *               "category_data": {
                 *                 "name": "Drinks"
                 *               }
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpsertCatalogObjectsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpsertCatalogObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCatalogInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCatalogInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCatalog: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Comma-separated object types, e.g. ITEM,CATEGORY,TAX,DISCOUNT,MODIFIER_LIST,IMAGE. */
                types?: string;
                /** @description Read the catalog as it was at this version. */
                catalog_version?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCatalogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upsertCatalogObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "object": {
                 *         "type": "ITEM",
                 *         "id": "#new-item",
                 *         "item_data": {
                 *           "name": "Coffee",
                 *           "variations": [
                 *             {
                 *               "type": "ITEM_VARIATION",
                 *               "id": "#variation",
                 *               "item_variation_data": {
                 *                 "name": "Regular",
                 *                 "pricing_type": "FIXED_PRICING",
                 *                 "price_money": {
                 *                   "amount": 500,
                 *                   "currency": "USD"
                 *                 }
                 *               }
                 *             }
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpsertCatalogObjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertCatalogObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCatalogObject: {
        parameters: {
            query?: {
                /** @description Also return categories, taxes and other objects it refers to. */
                include_related_objects?: boolean;
                catalog_version?: number;
                include_category_path_to_root?: boolean;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the catalog object. */
                object_id: string;
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
                    "application/json": components["schemas"]["GetCatalogObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCatalogObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the catalog object. */
                object_id: string;
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
                    "application/json": components["schemas"]["DeleteCatalogObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchCatalog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_types": [
                 *         "ITEM"
                 *       ],
                 *       "query": {
                 *         "text_query": {
                 *           "keywords": [
                 *             "coffee"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SearchCatalogRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchCatalogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Customers per page. */
                limit?: number;
                /** @description DEFAULT sorts by name. */
                sort_field?: "DEFAULT" | "CREATED_AT";
                sort_order?: "ASC" | "DESC";
                /** @description true adds the total number of customers. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCustomersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "given_name": "John",
                 *       "family_name": "Doe",
                 *       "email_address": "john@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": {
                 *         "filter": {
                 *           "email_address": {
                 *             "exact": "john@example.com"
                 *           }
                 *         }
                 *       },
                 *       "limit": 10
                 *     }
                 */
                "application/json": components["schemas"]["SearchCustomersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchCustomersResponse"];
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
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer. */
                customer_id: string;
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
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer. */
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "given_name": "Jane"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCustomerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: {
                /** @description Current version of the customer (optimistic locking). */
                version?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer. */
                customer_id: string;
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
                    "application/json": components["schemas"]["DeleteCustomerResponse"];
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
            query: {
                /** @description Location whose invoices are listed. */
                location_id: string;
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Invoices per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoice": {
                 *         "location_id": "{location_id}",
                 *         "order_id": "{order_id}",
                 *         "primary_recipient": {
                 *           "customer_id": "{customer_id}"
                 *         },
                 *         "payment_requests": [
                 *           {
                 *             "request_type": "BALANCE",
                 *             "due_date": "2026-02-15"
                 *           }
                 *         ]
                 *       },
                 *       "idempotency_key": "unique-key"
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
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "invoice": {
                 *         "version": 1
                 *       },
                 *       "idempotency_key": "unique-key"
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
            query?: {
                /** @description Current version of the invoice. */
                version?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
    cancelInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "version": 1
                 *     }
                 */
                "application/json": components["schemas"]["CancelInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    publishInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "version": 1,
                 *       "idempotency_key": "unique-key"
                 *     }
                 */
                "application/json": components["schemas"]["PublishInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLocationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "location": {
                 *         "name": "New Location",
                 *         "address": {
                 *           "address_line_1": "123 Main St",
                 *           "locality": "San Francisco",
                 *           "administrative_district_level_1": "CA",
                 *           "postal_code": "94105",
                 *           "country": "US"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateLocationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLocationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the location. */
                location_id: string;
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
                    "application/json": components["schemas"]["GetLocationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the location. */
                location_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "location": {
                 *         "name": "Updated Name"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLocationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLocationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLoyaltyAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "loyalty_account": {
                 *         "program_id": "{program_id}",
                 *         "mapping": {
                 *           "phone_number": "+15551234567"
                 *         }
                 *       },
                 *       "idempotency_key": "unique-key"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLoyaltyAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLoyaltyAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchLoyaltyAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": {
                 *         "customer_ids": [
                 *           "{customer_id}"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SearchLoyaltyAccountsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchLoyaltyAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLoyaltyPrograms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLoyaltyProgramsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLoyaltyProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the program, or main for the seller's program. */
                program_id: string;
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
                    "application/json": components["schemas"]["GetLoyaltyProgramResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMerchantMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMerchantMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPaymentLinks: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Links per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPaymentLinksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPaymentLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "quick_pay": {
                 *         "name": "Test Payment",
                 *         "price_money": {
                 *           "amount": 1000,
                 *           "currency": "USD"
                 *         },
                 *         "location_id": "{location_id}"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePaymentLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePaymentLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPaymentLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment link. */
                id: string;
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
                    "application/json": components["schemas"]["GetPaymentLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePaymentLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment link. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payment_link": {
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePaymentLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePaymentLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePaymentLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment link. */
                id: string;
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
                    "application/json": components["schemas"]["DeletePaymentLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "order": {
                 *         "location_id": "{location_id}",
                 *         "line_items": [
                 *           {
                 *             "name": "Item",
                 *             "quantity": "1",
                 *             "base_price_money": {
                 *               "amount": 1000,
                 *               "currency": "USD"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "idempotency_key": "unique-key"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "location_ids": [
                 *         "{location_id}"
                 *       ],
                 *       "limit": 10
                 *     }
                 */
                "application/json": components["schemas"]["SearchOrdersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: string;
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
                    "application/json": components["schemas"]["GetOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "order": {
                 *         "location_id": "{location_id}",
                 *         "version": 1
                 *       },
                 *       "idempotency_key": "unique-key"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    payOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "payment_ids": [
                 *         "{payment_id}"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PayOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayOrderResponse"];
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
                /** @description Start of the time range (RFC 3339). */
                begin_time?: string;
                /** @description End of the time range (RFC 3339). */
                end_time?: string;
                sort_order?: "ASC" | "DESC";
                sort_field?: "CREATED_AT" | "OFFLINE_CREATED_AT" | "UPDATED_AT";
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Only records of this location. */
                location_id?: string;
                /** @description Only payments of exactly this amount (smallest unit). */
                total?: number;
                /** @description Only card payments with these last four digits. */
                last_4?: string;
                /** @description Only card payments of this brand, e.g. VISA. */
                card_brand?: string;
                /** @description Records per page. */
                limit?: number;
                is_offline_payment?: boolean;
                updated_at_begin_time?: string;
                updated_at_end_time?: string;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
    createPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source_id": "cnon:card-nonce-ok",
                 *       "idempotency_key": "unique-key",
                 *       "amount_money": {
                 *         "amount": 1000,
                 *         "currency": "USD"
                 *       },
                 *       "location_id": "{location_id}"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment. */
                payment_id: string;
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
                    "application/json": components["schemas"]["GetPaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment. */
                payment_id: string;
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
                    "application/json": components["schemas"]["CancelPaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    completePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment. */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompletePaymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletePaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPayouts: {
        parameters: {
            query?: {
                /** @description Only records of this location. */
                location_id?: string;
                status?: "SENT" | "FAILED" | "PAID";
                /** @description Start of the time range (RFC 3339). */
                begin_time?: string;
                /** @description End of the time range (RFC 3339). */
                end_time?: string;
                sort_order?: "ASC" | "DESC";
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Records per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPayoutsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payout. */
                payout_id: string;
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
                    "application/json": components["schemas"]["GetPayoutResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPayoutEntries: {
        parameters: {
            query?: {
                sort_order?: "ASC" | "DESC";
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Records per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payout. */
                payout_id: string;
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
                    "application/json": components["schemas"]["ListPayoutEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                /** @description Start of the time range (RFC 3339). */
                begin_time?: string;
                /** @description End of the time range (RFC 3339). */
                end_time?: string;
                sort_order?: "ASC" | "DESC";
                sort_field?: "CREATED_AT" | "UPDATED_AT";
                /** @description The cursor of the previous answer. */
                cursor?: string;
                /** @description Only records of this location. */
                location_id?: string;
                status?: "PENDING" | "COMPLETED" | "REJECTED" | "FAILED";
                source_type?: "CARD" | "BANK_ACCOUNT" | "WALLET" | "CASH" | "EXTERNAL";
                /** @description Records per page. */
                limit?: number;
                updated_at_begin_time?: string;
                updated_at_end_time?: string;
            };
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRefundsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    refundPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "payment_id": "{payment_id}",
                 *       "amount_money": {
                 *         "amount": 500,
                 *         "currency": "USD"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RefundPaymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundPaymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the refund. */
                refund_id: string;
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
                    "application/json": components["schemas"]["GetRefundResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchTeamMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": {
                 *         "filter": {
                 *           "location_ids": [
                 *             "{location_id}"
                 *           ],
                 *           "status": "ACTIVE"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SearchTeamMembersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchTeamMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team member. */
                team_member_id: string;
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
                    "application/json": components["schemas"]["GetTeamMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team member. */
                team_member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_member": {
                 *         "given_name": "Updated Name"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTeamMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTeamMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTerminalCheckout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idempotency_key": "unique-key",
                 *       "checkout": {
                 *         "amount_money": {
                 *           "amount": 1000,
                 *           "currency": "USD"
                 *         },
                 *         "device_options": {
                 *           "device_id": "{device_id}"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTerminalCheckoutRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTerminalCheckoutResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchTerminalCheckouts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Square connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": {
                 *         "filter": {
                 *           "status": "COMPLETED"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SearchTerminalCheckoutsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchTerminalCheckoutsResponse"];
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
