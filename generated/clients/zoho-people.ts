// Generated from providers/zoho-people.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-people.js';

/**
 * Zoho People through the Switchboard gateway: Employee, department, designation, leave and other form records of Zoho People, plus attendance check-ins.
 */
export interface ZohoPeopleClient {
    /** List the forms of the organisation with their link names. `GET /people/api/forms` */
    listForms: Call<operations["listForms"]>;
    /** Read records of a form in bulk, optionally searched or limited to recent changes. `GET /people/api/forms/{formLinkName}/getRecords` */
    getFormRecords: Paged<operations["getFormRecords"]>;
    /** Find employees by employee id or email, or page through all of them. `GET /people/api/forms/employee/getRecords` */
    searchEmployees: Paged<operations["searchEmployees"]>;
    /** Read leave records a page at a time. `GET /people/api/forms/leave/getRecords` */
    listLeaveRecords: Paged<operations["listLeaveRecords"]>;
    /** Read the records a view shows (P_EmployeeView, P_DepartmentView …). `GET /api/forms/{viewName}/records` */
    getViewRecords: Paged<operations["getViewRecords"]>;
    /** Add a record to a form. `POST /people/api/forms/json/{formLinkName}/insertRecord` */
    insertRecord: Call<operations["insertRecord"]>;
    /** Change fields of an existing form record. `POST /people/api/forms/json/{formLinkName}/updateRecord` */
    updateRecord: Call<operations["updateRecord"]>;
    /** Apply for leave on behalf of an employee. `POST /people/api/forms/json/leave/insertRecord` */
    addLeave: Call<operations["addLeave"]>;
    /** Read the check-in and check-out entries of an employee for a day. `GET /people/api/attendance/getAttendanceEntries` */
    getAttendanceEntries: Call<operations["getAttendanceEntries"]>;
    /** Record a check-in, a check-out or both for an employee. `POST /people/api/attendance` */
    recordAttendance: Call<operations["recordAttendance"]>;
}

const routes: Routes<ZohoPeopleClient> = {
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
};

/**
 * The Zoho People client: `const api = zohoPeople(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoPeople = (sb: Switchboard): ZohoPeopleClient => bindClient<ZohoPeopleClient>(sb, "zoho-people", routes);
