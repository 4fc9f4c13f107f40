// Generated from providers/zoho-bookings.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-bookings.js';

/**
 * Zoho Bookings through the Switchboard gateway: Workspaces, services, staff and appointments of Zoho Bookings, including booking, fetching and cancelling appointments.
 */
export interface ZohoBookingsClient {
    /** List the workspaces of the Bookings account, or read one by id. `GET /bookings/v1/json/workspaces` */
    listWorkspaces: Call<operations["listWorkspaces"]>;
    /** Create a workspace. `POST /bookings/v1/json/createworkspace` */
    createWorkspace: Call<operations["createWorkspace"]>;
    /** List the services offered in a workspace. `GET /bookings/v1/json/services` */
    listServices: Call<operations["listServices"]>;
    /** Create a service in a workspace. `POST /bookings/v1/json/createservice` */
    createService: Call<operations["createService"]>;
    /** List the staff members of a workspace. `GET /bookings/v1/json/staffs` */
    listStaff: Call<operations["listStaff"]>;
    /** Book an appointment for a customer with a service and staff member. `POST /bookings/v1/json/appointment` */
    bookAppointment: Call<operations["bookAppointment"]>;
    /** Read one appointment by its booking id. `GET /bookings/v1/json/getappointment` */
    getAppointment: Call<operations["getAppointment"]>;
    /** Search appointments by time window, status, service, staff or customer. `POST /bookings/v1/json/fetchappointment` */
    fetchAppointments: Call<operations["fetchAppointments"]>;
    /** Mark an appointment completed, cancelled or a no-show. `POST /bookings/v1/json/updateappointment` */
    updateAppointment: Call<operations["updateAppointment"]>;
}

const routes: Routes<ZohoBookingsClient> = {
    listWorkspaces: {"method":"GET","path":"/bookings/v1/json/workspaces"},
    createWorkspace: {"method":"POST","path":"/bookings/v1/json/createworkspace","body":"application/x-www-form-urlencoded"},
    listServices: {"method":"GET","path":"/bookings/v1/json/services"},
    createService: {"method":"POST","path":"/bookings/v1/json/createservice","body":"application/x-www-form-urlencoded"},
    listStaff: {"method":"GET","path":"/bookings/v1/json/staffs"},
    bookAppointment: {"method":"POST","path":"/bookings/v1/json/appointment","body":"application/x-www-form-urlencoded"},
    getAppointment: {"method":"GET","path":"/bookings/v1/json/getappointment"},
    fetchAppointments: {"method":"POST","path":"/bookings/v1/json/fetchappointment","body":"application/x-www-form-urlencoded"},
    updateAppointment: {"method":"POST","path":"/bookings/v1/json/updateappointment","body":"application/x-www-form-urlencoded"},
};

/**
 * The Zoho Bookings client: `const api = zohoBookings(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoBookings = (sb: Switchboard): ZohoBookingsClient => bindClient<ZohoBookingsClient>(sb, "zoho-bookings", routes);
