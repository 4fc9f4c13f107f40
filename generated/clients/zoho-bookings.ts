// Generated from providers/zoho-bookings.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-bookings.js';

/**
 * Zoho Bookings through the Switchboard gateway: Workspaces, services, staff and appointments of Zoho Bookings, including booking, fetching and cancelling appointments.
 */
export interface ZohoBookingsClient {
    /**
     * List the workspaces of the Bookings account, or read one by id.
     *
     * `GET /bookings/v1/json/workspaces`
     */
    listWorkspaces(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
    /**
     * Create a workspace.
     *
     * `POST /bookings/v1/json/createworkspace`
     */
    createWorkspace(args: Args<operations["createWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["createWorkspace"]>>>;
    /**
     * List the services offered in a workspace.
     *
     * `GET /bookings/v1/json/services`
     */
    listServices(args: Args<operations["listServices"]>, options?: CallOptions): Promise<Result<Data<operations["listServices"]>>>;
    /**
     * Create a service in a workspace.
     *
     * `POST /bookings/v1/json/createservice`
     */
    createService(args: Args<operations["createService"]>, options?: CallOptions): Promise<Result<Data<operations["createService"]>>>;
    /**
     * List the staff members of a workspace.
     *
     * `GET /bookings/v1/json/staffs`
     */
    listStaff(args: Args<operations["listStaff"]>, options?: CallOptions): Promise<Result<Data<operations["listStaff"]>>>;
    /**
     * Book an appointment for a customer with a service and staff member.
     *
     * `POST /bookings/v1/json/appointment`
     */
    bookAppointment(args: Args<operations["bookAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["bookAppointment"]>>>;
    /**
     * Read one appointment by its booking id.
     *
     * `GET /bookings/v1/json/getappointment`
     */
    getAppointment(args: Args<operations["getAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["getAppointment"]>>>;
    /**
     * Search appointments by time window, status, service, staff or customer.
     *
     * `POST /bookings/v1/json/fetchappointment`
     */
    fetchAppointments(args: Args<operations["fetchAppointments"]>, options?: CallOptions): Promise<Result<Data<operations["fetchAppointments"]>>>;
    /**
     * Mark an appointment completed, cancelled or a no-show.
     *
     * `POST /bookings/v1/json/updateappointment`
     */
    updateAppointment(args: Args<operations["updateAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["updateAppointment"]>>>;
}

const routes = {
    listWorkspaces: {"method":"GET","path":"/bookings/v1/json/workspaces"},
    createWorkspace: {"method":"POST","path":"/bookings/v1/json/createworkspace","body":"application/x-www-form-urlencoded"},
    listServices: {"method":"GET","path":"/bookings/v1/json/services"},
    createService: {"method":"POST","path":"/bookings/v1/json/createservice","body":"application/x-www-form-urlencoded"},
    listStaff: {"method":"GET","path":"/bookings/v1/json/staffs"},
    bookAppointment: {"method":"POST","path":"/bookings/v1/json/appointment","body":"application/x-www-form-urlencoded"},
    getAppointment: {"method":"GET","path":"/bookings/v1/json/getappointment"},
    fetchAppointments: {"method":"POST","path":"/bookings/v1/json/fetchappointment","body":"application/x-www-form-urlencoded"},
    updateAppointment: {"method":"POST","path":"/bookings/v1/json/updateappointment","body":"application/x-www-form-urlencoded"},
} satisfies Record<string, Route>;

/**
 * The Zoho Bookings client: `const api = zohoBookings(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoBookings(client: Switchboard): ZohoBookingsClient {
    const app = "zoho-bookings";
    return {
        listWorkspaces: (args, options) => client.call(app, routes.listWorkspaces, args, options),
        createWorkspace: (args, options) => client.call(app, routes.createWorkspace, args, options),
        listServices: (args, options) => client.call(app, routes.listServices, args, options),
        createService: (args, options) => client.call(app, routes.createService, args, options),
        listStaff: (args, options) => client.call(app, routes.listStaff, args, options),
        bookAppointment: (args, options) => client.call(app, routes.bookAppointment, args, options),
        getAppointment: (args, options) => client.call(app, routes.getAppointment, args, options),
        fetchAppointments: (args, options) => client.call(app, routes.fetchAppointments, args, options),
        updateAppointment: (args, options) => client.call(app, routes.updateAppointment, args, options),
    };
}