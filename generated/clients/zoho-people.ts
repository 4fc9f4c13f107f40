// Generated from providers/zoho-people.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-people.js';

/**
 * Zoho People through the Switchboard gateway: Employee, department, designation, leave and other form records of Zoho People, plus attendance check-ins.
 */
export interface ZohoPeopleClient {
    /**
     * List the forms of the organisation with their link names.
     *
     * `GET /people/api/forms`
     */
    listForms(args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
    /**
     * Read records of a form in bulk, optionally searched or limited to recent changes.
     *
     * `GET /people/api/forms/{formLinkName}/getRecords`
     */
    getFormRecords: {
        (args: Args<operations["getFormRecords"]>, options?: CallOptions): Promise<Result<Data<operations["getFormRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getFormRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["getFormRecords"]>, void, undefined>;
    };
    /**
     * Find employees by employee id or email, or page through all of them.
     *
     * `GET /people/api/forms/employee/getRecords`
     */
    searchEmployees: {
        (args?: Args<operations["searchEmployees"]>, options?: CallOptions): Promise<Result<Data<operations["searchEmployees"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["searchEmployees"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchEmployees"]>, void, undefined>;
    };
    /**
     * Read leave records a page at a time.
     *
     * `GET /people/api/forms/leave/getRecords`
     */
    listLeaveRecords: {
        (args?: Args<operations["listLeaveRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listLeaveRecords"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLeaveRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLeaveRecords"]>, void, undefined>;
    };
    /**
     * Read the records a view shows (P_EmployeeView, P_DepartmentView …).
     *
     * `GET /api/forms/{viewName}/records`
     */
    getViewRecords: {
        (args: Args<operations["getViewRecords"]>, options?: CallOptions): Promise<Result<Data<operations["getViewRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getViewRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["getViewRecords"]>, void, undefined>;
    };
    /**
     * Add a record to a form.
     *
     * `POST /people/api/forms/json/{formLinkName}/insertRecord`
     */
    insertRecord(args: Args<operations["insertRecord"]>, options?: CallOptions): Promise<Result<Data<operations["insertRecord"]>>>;
    /**
     * Change fields of an existing form record.
     *
     * `POST /people/api/forms/json/{formLinkName}/updateRecord`
     */
    updateRecord(args: Args<operations["updateRecord"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecord"]>>>;
    /**
     * Apply for leave on behalf of an employee.
     *
     * `POST /people/api/forms/json/leave/insertRecord`
     */
    addLeave(args: Args<operations["addLeave"]>, options?: CallOptions): Promise<Result<Data<operations["addLeave"]>>>;
    /**
     * Read the check-in and check-out entries of an employee for a day.
     *
     * `GET /people/api/attendance/getAttendanceEntries`
     */
    getAttendanceEntries(args?: Args<operations["getAttendanceEntries"]>, options?: CallOptions): Promise<Result<Data<operations["getAttendanceEntries"]>>>;
    /**
     * Record a check-in, a check-out or both for an employee.
     *
     * `POST /people/api/attendance`
     */
    recordAttendance(args: Args<operations["recordAttendance"]>, options?: CallOptions): Promise<Result<Data<operations["recordAttendance"]>>>;
}

const routes = {
    listForms: {"method":"GET","path":"/people/api/forms"},
    getFormRecords: {"method":"GET","path":"/people/api/forms/{formLinkName}/getRecords","paging":{"style":"offset","offsetParam":"sIndex","limitParam":"limit","items":"response.result"}},
    searchEmployees: {"method":"GET","path":"/people/api/forms/employee/getRecords","paging":{"style":"offset","offsetParam":"sIndex","limitParam":"limit","items":"response.result"}},
    listLeaveRecords: {"method":"GET","path":"/people/api/forms/leave/getRecords","paging":{"style":"offset","offsetParam":"sIndex","limitParam":"limit","items":"response.result"}},
    getViewRecords: {"method":"GET","path":"/api/forms/{viewName}/records","paging":{"style":"offset","offsetParam":"sIndex","limitParam":"rec_limit"}},
    insertRecord: {"method":"POST","path":"/people/api/forms/json/{formLinkName}/insertRecord","body":"application/x-www-form-urlencoded"},
    updateRecord: {"method":"POST","path":"/people/api/forms/json/{formLinkName}/updateRecord","body":"application/x-www-form-urlencoded"},
    addLeave: {"method":"POST","path":"/people/api/forms/json/leave/insertRecord","body":"application/x-www-form-urlencoded"},
    getAttendanceEntries: {"method":"GET","path":"/people/api/attendance/getAttendanceEntries"},
    recordAttendance: {"method":"POST","path":"/people/api/attendance","body":"application/x-www-form-urlencoded"},
} satisfies Record<string, Route>;

/**
 * The Zoho People client: `const api = zohoPeople(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoPeople(client: Switchboard): ZohoPeopleClient {
    const app = "zoho-people";
    return {
        listForms: (args, options) => client.call(app, routes.listForms, args, options),
        getFormRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getFormRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getFormRecords, args, options) }) as ZohoPeopleClient["getFormRecords"],
        searchEmployees: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchEmployees, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchEmployees, args, options) }) as ZohoPeopleClient["searchEmployees"],
        listLeaveRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLeaveRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLeaveRecords, args, options) }) as ZohoPeopleClient["listLeaveRecords"],
        getViewRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getViewRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getViewRecords, args, options) }) as ZohoPeopleClient["getViewRecords"],
        insertRecord: (args, options) => client.call(app, routes.insertRecord, args, options),
        updateRecord: (args, options) => client.call(app, routes.updateRecord, args, options),
        addLeave: (args, options) => client.call(app, routes.addLeave, args, options),
        getAttendanceEntries: (args, options) => client.call(app, routes.getAttendanceEntries, args, options),
        recordAttendance: (args, options) => client.call(app, routes.recordAttendance, args, options),
    };
}