// Generated from providers/acuity-scheduling.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/acuity-scheduling.js';

/**
 * Acuity Scheduling through the Switchboard gateway: Appointments, appointment types, calendars, availability, clients, time blocks, intake forms and labels of an Acuity Scheduling account.
 */
export interface AcuitySchedulingClient {
    /**
     * Read the connected account's id, email, name, time zone, plan and scheduling page.
     *
     * `GET /api/v1/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List appointments, filtered by date range, calendar, type, client details or cancellation state.
     *
     * `GET /api/v1/appointments`
     */
    listAppointments(args?: Args<operations["listAppointments"]>, options?: CallOptions): Promise<Result<Data<operations["listAppointments"]>>>;
    /**
     * Read one appointment with its client details and form answers.
     *
     * `GET /api/v1/appointments/{id}`
     */
    getAppointment(args: Args<operations["getAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["getAppointment"]>>>;
    /**
     * Book an appointment of a given type at an available time for a client.
     *
     * `POST /api/v1/appointments`
     */
    createAppointment(args: Args<operations["createAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["createAppointment"]>>>;
    /**
     * Change the client details, notes, labels or form answers of an appointment.
     *
     * `PUT /api/v1/appointments/{id}`
     */
    updateAppointment(args: Args<operations["updateAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["updateAppointment"]>>>;
    /**
     * Cancel an appointment, optionally with a note or marking it a no-show.
     *
     * `PUT /api/v1/appointments/{id}/cancel`
     */
    cancelAppointment(args: Args<operations["cancelAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["cancelAppointment"]>>>;
    /**
     * Move an appointment to another available time, optionally on another calendar.
     *
     * `PUT /api/v1/appointments/{id}/reschedule`
     */
    rescheduleAppointment(args: Args<operations["rescheduleAppointment"]>, options?: CallOptions): Promise<Result<Data<operations["rescheduleAppointment"]>>>;
    /**
     * List the account's calendars (staff members or resources).
     *
     * `GET /api/v1/calendars`
     */
    listCalendars(args?: Args<operations["listCalendars"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendars"]>>>;
    /**
     * List the bookable appointment types with duration, price and calendars.
     *
     * `GET /api/v1/appointment-types`
     */
    listAppointmentTypes(args?: Args<operations["listAppointmentTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listAppointmentTypes"]>>>;
    /**
     * List the intake forms and their fields.
     *
     * `GET /api/v1/forms`
     */
    listForms(args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
    /**
     * List the labels that can be put on appointments.
     *
     * `GET /api/v1/labels`
     */
    listLabels(args?: Args<operations["listLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listLabels"]>>>;
    /**
     * List the days of a month that still have open times for an appointment type.
     *
     * `GET /api/v1/availability/dates`
     */
    listAvailableDates(args: Args<operations["listAvailableDates"]>, options?: CallOptions): Promise<Result<Data<operations["listAvailableDates"]>>>;
    /**
     * List the open start times on one day for an appointment type.
     *
     * `GET /api/v1/availability/times`
     */
    listAvailableTimes(args: Args<operations["listAvailableTimes"]>, options?: CallOptions): Promise<Result<Data<operations["listAvailableTimes"]>>>;
    /**
     * List clients, optionally searching by name, email or phone.
     *
     * `GET /api/v1/clients`
     */
    listClients(args?: Args<operations["listClients"]>, options?: CallOptions): Promise<Result<Data<operations["listClients"]>>>;
    /**
     * Add a client to the account's client list.
     *
     * `POST /api/v1/clients`
     */
    createClient(args: Args<operations["createClient"]>, options?: CallOptions): Promise<Result<Data<operations["createClient"]>>>;
    /**
     * List blocked-off time on the calendars.
     *
     * `GET /api/v1/blocks`
     */
    listBlocks(args?: Args<operations["listBlocks"]>, options?: CallOptions): Promise<Result<Data<operations["listBlocks"]>>>;
    /**
     * Block off a period on a calendar so nothing can be booked in it.
     *
     * `POST /api/v1/blocks`
     */
    createBlock(args: Args<operations["createBlock"]>, options?: CallOptions): Promise<Result<Data<operations["createBlock"]>>>;
    /**
     * Remove a blocked-off period.
     *
     * `DELETE /api/v1/blocks/{id}`
     */
    deleteBlock(args: Args<operations["deleteBlock"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBlock"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Acuity Scheduling client: `const api = acuityScheduling(new Switchboard({ baseUrl, apiKey }))`.
 */
export function acuityScheduling(client: Switchboard): AcuitySchedulingClient {
    const app = "acuity-scheduling";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listAppointments: (args, options) => client.call(app, routes.listAppointments, args, options),
        getAppointment: (args, options) => client.call(app, routes.getAppointment, args, options),
        createAppointment: (args, options) => client.call(app, routes.createAppointment, args, options),
        updateAppointment: (args, options) => client.call(app, routes.updateAppointment, args, options),
        cancelAppointment: (args, options) => client.call(app, routes.cancelAppointment, args, options),
        rescheduleAppointment: (args, options) => client.call(app, routes.rescheduleAppointment, args, options),
        listCalendars: (args, options) => client.call(app, routes.listCalendars, args, options),
        listAppointmentTypes: (args, options) => client.call(app, routes.listAppointmentTypes, args, options),
        listForms: (args, options) => client.call(app, routes.listForms, args, options),
        listLabels: (args, options) => client.call(app, routes.listLabels, args, options),
        listAvailableDates: (args, options) => client.call(app, routes.listAvailableDates, args, options),
        listAvailableTimes: (args, options) => client.call(app, routes.listAvailableTimes, args, options),
        listClients: (args, options) => client.call(app, routes.listClients, args, options),
        createClient: (args, options) => client.call(app, routes.createClient, args, options),
        listBlocks: (args, options) => client.call(app, routes.listBlocks, args, options),
        createBlock: (args, options) => client.call(app, routes.createBlock, args, options),
        deleteBlock: (args, options) => client.call(app, routes.deleteBlock, args, options),
    };
}