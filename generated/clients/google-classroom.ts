// Generated from providers/google-classroom.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-classroom.js';

/**
 * Google Classroom through the Switchboard gateway: Classroom courses, rosters, coursework, student submissions, announcements, topics, invitations and user profiles.
 */
export interface GoogleClassroomClient {
    /**
     * List the courses the user may see, optionally only those of a teacher or student.
     *
     * `GET /v1/courses`
     */
    listCourses: {
        (args?: Args<operations["listCourses"]>, options?: CallOptions): Promise<Result<Data<operations["listCourses"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCourses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCourses"]>, void, undefined>;
    };
    /**
     * Read one course.
     *
     * `GET /v1/courses/{courseId}`
     */
    getCourse(args: Args<operations["getCourse"]>, options?: CallOptions): Promise<Result<Data<operations["getCourse"]>>>;
    /**
     * Create a course owned by a teacher (`me` for the connected user).
     *
     * `POST /v1/courses`
     */
    createCourse(args: Args<operations["createCourse"]>, options?: CallOptions): Promise<Result<Data<operations["createCourse"]>>>;
    /**
     * Change the course fields named in updateMask (name, section, room, state …).
     *
     * `PATCH /v1/courses/{courseId}`
     */
    updateCourse(args: Args<operations["updateCourse"]>, options?: CallOptions): Promise<Result<Data<operations["updateCourse"]>>>;
    /**
     * Delete an archived course.
     *
     * `DELETE /v1/courses/{courseId}`
     */
    deleteCourse(args: Args<operations["deleteCourse"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCourse"]>>>;
    /**
     * List the assignments and questions of a course.
     *
     * `GET /v1/courses/{courseId}/courseWork`
     */
    listCourseWork: {
        (args: Args<operations["listCourseWork"]>, options?: CallOptions): Promise<Result<Data<operations["listCourseWork"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCourseWork"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCourseWork"]>, void, undefined>;
    };
    /**
     * Create an assignment or question in a course.
     *
     * `POST /v1/courses/{courseId}/courseWork`
     */
    createCourseWork(args: Args<operations["createCourseWork"]>, options?: CallOptions): Promise<Result<Data<operations["createCourseWork"]>>>;
    /**
     * List students' submissions for a piece of coursework (or for all of it with `-`).
     *
     * `GET /v1/courses/{courseId}/courseWork/{courseWorkId}/studentSubmissions`
     */
    listStudentSubmissions: {
        (args: Args<operations["listStudentSubmissions"]>, options?: CallOptions): Promise<Result<Data<operations["listStudentSubmissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listStudentSubmissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listStudentSubmissions"]>, void, undefined>;
    };
    /**
     * List the teachers of a course.
     *
     * `GET /v1/courses/{courseId}/teachers`
     */
    listTeachers: {
        (args: Args<operations["listTeachers"]>, options?: CallOptions): Promise<Result<Data<operations["listTeachers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeachers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeachers"]>, void, undefined>;
    };
    /**
     * List the students enrolled in a course.
     *
     * `GET /v1/courses/{courseId}/students`
     */
    listStudents: {
        (args: Args<operations["listStudents"]>, options?: CallOptions): Promise<Result<Data<operations["listStudents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listStudents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listStudents"]>, void, undefined>;
    };
    /**
     * List the announcements posted in a course.
     *
     * `GET /v1/courses/{courseId}/announcements`
     */
    listAnnouncements: {
        (args: Args<operations["listAnnouncements"]>, options?: CallOptions): Promise<Result<Data<operations["listAnnouncements"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAnnouncements"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAnnouncements"]>, void, undefined>;
    };
    /**
     * Post an announcement to a course's stream.
     *
     * `POST /v1/courses/{courseId}/announcements`
     */
    createAnnouncement(args: Args<operations["createAnnouncement"]>, options?: CallOptions): Promise<Result<Data<operations["createAnnouncement"]>>>;
    /**
     * List the topics that group a course's classwork.
     *
     * `GET /v1/courses/{courseId}/topics`
     */
    listTopics: {
        (args: Args<operations["listTopics"]>, options?: CallOptions): Promise<Result<Data<operations["listTopics"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTopics"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTopics"]>, void, undefined>;
    };
    /**
     * List pending course invitations for a user or for a course (one of the two is required).
     *
     * `GET /v1/invitations`
     */
    listInvitations: {
        (args?: Args<operations["listInvitations"]>, options?: CallOptions): Promise<Result<Data<operations["listInvitations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvitations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvitations"]>, void, undefined>;
    };
    /**
     * Read a user's Classroom profile (`me` for the connected user).
     *
     * `GET /v1/userProfiles/{userId}`
     */
    getUserProfile(args: Args<operations["getUserProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getUserProfile"]>>>;
}

const routes = {
    listCourses: {"method":"GET","path":"/v1/courses","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getCourse: {"method":"GET","path":"/v1/courses/{courseId}"},
    createCourse: {"method":"POST","path":"/v1/courses","body":"application/json"},
    updateCourse: {"method":"PATCH","path":"/v1/courses/{courseId}","body":"application/json"},
    deleteCourse: {"method":"DELETE","path":"/v1/courses/{courseId}"},
    listCourseWork: {"method":"GET","path":"/v1/courses/{courseId}/courseWork","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createCourseWork: {"method":"POST","path":"/v1/courses/{courseId}/courseWork","body":"application/json"},
    listStudentSubmissions: {"method":"GET","path":"/v1/courses/{courseId}/courseWork/{courseWorkId}/studentSubmissions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listTeachers: {"method":"GET","path":"/v1/courses/{courseId}/teachers","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listStudents: {"method":"GET","path":"/v1/courses/{courseId}/students","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listAnnouncements: {"method":"GET","path":"/v1/courses/{courseId}/announcements","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createAnnouncement: {"method":"POST","path":"/v1/courses/{courseId}/announcements","body":"application/json"},
    listTopics: {"method":"GET","path":"/v1/courses/{courseId}/topics","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listInvitations: {"method":"GET","path":"/v1/invitations","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getUserProfile: {"method":"GET","path":"/v1/userProfiles/{userId}"},
} satisfies Record<string, Route>;

/**
 * The Google Classroom client: `const api = googleClassroom(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleClassroom(client: Switchboard): GoogleClassroomClient {
    const app = "google-classroom";
    return {
        listCourses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCourses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCourses, args, options) }) as GoogleClassroomClient["listCourses"],
        getCourse: (args, options) => client.call(app, routes.getCourse, args, options),
        createCourse: (args, options) => client.call(app, routes.createCourse, args, options),
        updateCourse: (args, options) => client.call(app, routes.updateCourse, args, options),
        deleteCourse: (args, options) => client.call(app, routes.deleteCourse, args, options),
        listCourseWork: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCourseWork, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCourseWork, args, options) }) as GoogleClassroomClient["listCourseWork"],
        createCourseWork: (args, options) => client.call(app, routes.createCourseWork, args, options),
        listStudentSubmissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listStudentSubmissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listStudentSubmissions, args, options) }) as GoogleClassroomClient["listStudentSubmissions"],
        listTeachers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeachers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeachers, args, options) }) as GoogleClassroomClient["listTeachers"],
        listStudents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listStudents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listStudents, args, options) }) as GoogleClassroomClient["listStudents"],
        listAnnouncements: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAnnouncements, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAnnouncements, args, options) }) as GoogleClassroomClient["listAnnouncements"],
        createAnnouncement: (args, options) => client.call(app, routes.createAnnouncement, args, options),
        listTopics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTopics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTopics, args, options) }) as GoogleClassroomClient["listTopics"],
        listInvitations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvitations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvitations, args, options) }) as GoogleClassroomClient["listInvitations"],
        getUserProfile: (args, options) => client.call(app, routes.getUserProfile, args, options),
    };
}