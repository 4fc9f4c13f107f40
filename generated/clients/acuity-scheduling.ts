// Generated from providers/acuity-scheduling.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/acuity-scheduling.js';

/**
 * Acuity Scheduling through the Switchboard gateway: Appointments, appointment types, calendars, availability, clients, time blocks, intake forms and labels of an Acuity Scheduling account.
 */
export interface AcuitySchedulingClient {
    /** Read the connected account's id, email, name, time zone, plan and scheduling page. `GET /api/v1/me` */
    getMe: Call<operations["getMe"]>;
    /** List appointments, filtered by date range, calendar, type, client details or cancellation state. `GET /api/v1/appointments` */
    listAppointments: Call<operations["listAppointments"]>;
    /** Read one appointment with its client details and form answers. `GET /api/v1/appointments/{id}` */
    getAppointment: Call<operations["getAppointment"]>;
    /** Book an appointment of a given type at an available time for a client. `POST /api/v1/appointments` */
    createAppointment: Call<operations["createAppointment"]>;
    /** Change the client details, notes, labels or form answers of an appointment. `PUT /api/v1/appointments/{id}` */
    updateAppointment: Call<operations["updateAppointment"]>;
    /** Cancel an appointment, optionally with a note or marking it a no-show. `PUT /api/v1/appointments/{id}/cancel` */
    cancelAppointment: Call<operations["cancelAppointment"]>;
    /** Move an appointment to another available time, optionally on another calendar. `PUT /api/v1/appointments/{id}/reschedule` */
    rescheduleAppointment: Call<operations["rescheduleAppointment"]>;
    /** List the account's calendars (staff members or resources). `GET /api/v1/calendars` */
    listCalendars: Call<operations["listCalendars"]>;
    /** List the bookable appointment types with duration, price and calendars. `GET /api/v1/appointment-types` */
    listAppointmentTypes: Call<operations["listAppointmentTypes"]>;
    /** List the intake forms and their fields. `GET /api/v1/forms` */
    listForms: Call<operations["listForms"]>;
    /** List the labels that can be put on appointments. `GET /api/v1/labels` */
    listLabels: Call<operations["listLabels"]>;
    /** List the days of a month that still have open times for an appointment type. `GET /api/v1/availability/dates` */
    listAvailableDates: Call<operations["listAvailableDates"]>;
    /** List the open start times on one day for an appointment type. `GET /api/v1/availability/times` */
    listAvailableTimes: Call<operations["listAvailableTimes"]>;
    /** List clients, optionally searching by name, email or phone. `GET /api/v1/clients` */
    listClients: Call<operations["listClients"]>;
    /** Add a client to the account's client list. `POST /api/v1/clients` */
    createClient: Call<operations["createClient"]>;
    /** List blocked-off time on the calendars. `GET /api/v1/blocks` */
    listBlocks: Call<operations["listBlocks"]>;
    /** Block off a period on a calendar so nothing can be booked in it. `POST /api/v1/blocks` */
    createBlock: Call<operations["createBlock"]>;
    /** Remove a blocked-off period. `DELETE /api/v1/blocks/{id}` */
    deleteBlock: Call<operations["deleteBlock"]>;
}

const routes: Routes<AcuitySchedulingClient> = {
    getMe: {"method":"GET","path":"/api/v1/me"},
    listAppointments: {"method":"GET","path":"/api/v1/appointments"},
    getAppointment: {"method":"GET","path":"/api/v1/appointments/{id}"},
    createAppointment: {"method":"POST","path":"/api/v1/appointments","body":"application/json"},
    updateAppointment: {"method":"PUT","path":"/api/v1/appointments/{id}","body":"application/json"},
    cancelAppointment: {"method":"PUT","path":"/api/v1/appointments/{id}/cancel","body":"application/json"},
    rescheduleAppointment: {"method":"PUT","path":"/api/v1/appointments/{id}/reschedule","body":"application/json"},
    listCalendars: {"method":"GET","path":"/api/v1/calendars"},
    listAppointmentTypes: {"method":"GET","path":"/api/v1/appointment-types"},
    listForms: {"method":"GET","path":"/api/v1/forms"},
    listLabels: {"method":"GET","path":"/api/v1/labels"},
    listAvailableDates: {"method":"GET","path":"/api/v1/availability/dates"},
    listAvailableTimes: {"method":"GET","path":"/api/v1/availability/times"},
    listClients: {"method":"GET","path":"/api/v1/clients"},
    createClient: {"method":"POST","path":"/api/v1/clients","body":"application/json"},
    listBlocks: {"method":"GET","path":"/api/v1/blocks"},
    createBlock: {"method":"POST","path":"/api/v1/blocks","body":"application/json"},
    deleteBlock: {"method":"DELETE","path":"/api/v1/blocks/{id}"},
};

/**
 * The Acuity Scheduling client: `const api = acuityScheduling(new Switchboard({ baseUrl, apiKey }))`.
 */
export const acuityScheduling = (sb: Switchboard): AcuitySchedulingClient => bindClient<AcuitySchedulingClient>(sb, "acuity-scheduling", routes);
