// Generated from providers/google-classroom.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the courses the user may see, optionally only those of a teacher or student. */
        get: operations["listCourses"];
        put?: never;
        /** Create a course owned by a teacher (`me` for the connected user). */
        post: operations["createCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{courseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one course. */
        get: operations["getCourse"];
        put?: never;
        post?: never;
        /** Delete an archived course. */
        delete: operations["deleteCourse"];
        options?: never;
        head?: never;
        /** Change the course fields named in updateMask (name, section, room, state …). */
        patch: operations["updateCourse"];
        trace?: never;
    };
    "/v1/courses/{courseId}/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the announcements posted in a course. */
        get: operations["listAnnouncements"];
        put?: never;
        /** Post an announcement to a course's stream. */
        post: operations["createAnnouncement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{courseId}/courseWork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the assignments and questions of a course. */
        get: operations["listCourseWork"];
        put?: never;
        /** Create an assignment or question in a course. */
        post: operations["createCourseWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{courseId}/courseWork/{courseWorkId}/studentSubmissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List students' submissions for a piece of coursework (or for all of it with `-`). */
        get: operations["listStudentSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{courseId}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the students enrolled in a course. */
        get: operations["listStudents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{courseId}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teachers of a course. */
        get: operations["listTeachers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{courseId}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the topics that group a course's classwork. */
        get: operations["listTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pending course invitations for a user or for a course (one of the two is required). */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/userProfiles/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user's Classroom profile (`me` for the connected user). */
        get: operations["getUserProfile"];
        put?: never;
        post?: never;
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
        CreateAnnouncementRequest: {
            text: string;
            /** @enum {string} */
            state?: "PUBLISHED" | "DRAFT";
            /**
             * Format: date-time
             * @description When a draft is published automatically.
             */
            scheduledTime?: string;
            materials?: Record<string, unknown>[];
            /** @enum {string} */
            assigneeMode?: "ALL_STUDENTS" | "INDIVIDUAL_STUDENTS";
            individualStudentsOptions?: {
                studentIds?: string[];
            };
        };
        CreateAnnouncementResponse: components["schemas"]["ListAnnouncementsResponseAnnouncement"];
        CreateCourseRequest: {
            name: string;
            /** @description Owner's user id, e-mail or me. */
            ownerId: string;
            section?: string;
            descriptionHeading?: string;
            description?: string;
            room?: string;
            /**
             * @description PROVISIONED (the default) waits for the owner to accept.
             * @enum {string}
             */
            courseState?: "ACTIVE" | "PROVISIONED";
        };
        CreateCourseResponse: components["schemas"]["ListCoursesResponseCourse"];
        CreateCourseWorkRequest: {
            title: string;
            description?: string;
            /** @enum {string} */
            workType: "ASSIGNMENT" | "SHORT_ANSWER_QUESTION" | "MULTIPLE_CHOICE_QUESTION";
            /**
             * @description DRAFT keeps it hidden from students.
             * @enum {string}
             */
            state?: "PUBLISHED" | "DRAFT";
            maxPoints?: number;
            dueDate?: components["schemas"]["ListCourseWorkResponseCourseWorkDueDate"];
            dueTime?: components["schemas"]["ListCourseWorkResponseCourseWorkDueTime"];
            /**
             * Format: date-time
             * @description When a draft is published automatically.
             */
            scheduledTime?: string;
            topicId?: string;
            materials?: Record<string, unknown>[];
            multipleChoiceQuestion?: {
                choices?: string[];
            };
            /** @enum {string} */
            assigneeMode?: "ALL_STUDENTS" | "INDIVIDUAL_STUDENTS";
            individualStudentsOptions?: {
                studentIds?: string[];
            };
        };
        CreateCourseWorkResponse: components["schemas"]["ListCourseWorkResponseCourseWork"];
        /** @description Google's Empty message: no fields. */
        DeleteCourseResponse: Record<string, unknown>;
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
        GetCourseResponse: components["schemas"]["ListCoursesResponseCourse"];
        GetUserProfileResponse: components["schemas"]["ListTeachersResponseProfile"];
        ListAnnouncementsResponse: {
            announcements?: components["schemas"]["ListAnnouncementsResponseAnnouncement"][];
            nextPageToken?: string;
        };
        ListAnnouncementsResponseAnnouncement: {
            courseId?: string;
            id?: string;
            text?: string;
            /** @enum {string} */
            state?: "PUBLISHED" | "DRAFT" | "DELETED";
            alternateLink?: string;
            /** Format: date-time */
            creationTime?: string;
            /** Format: date-time */
            updateTime?: string;
            /** Format: date-time */
            scheduledTime?: string;
            assigneeMode?: string;
            creatorUserId?: string;
        };
        ListCourseWorkResponse: {
            courseWork?: components["schemas"]["ListCourseWorkResponseCourseWork"][];
            nextPageToken?: string;
        };
        ListCourseWorkResponseCourseWork: {
            courseId?: string;
            id?: string;
            title?: string;
            description?: string;
            /** @enum {string} */
            state?: "PUBLISHED" | "DRAFT" | "DELETED";
            alternateLink?: string;
            /** Format: date-time */
            creationTime?: string;
            /** Format: date-time */
            updateTime?: string;
            dueDate?: components["schemas"]["ListCourseWorkResponseCourseWorkDueDate"];
            dueTime?: components["schemas"]["ListCourseWorkResponseCourseWorkDueTime"];
            maxPoints?: number;
            /** @enum {string} */
            workType?: "ASSIGNMENT" | "SHORT_ANSWER_QUESTION" | "MULTIPLE_CHOICE_QUESTION";
            topicId?: string;
            /** @enum {string} */
            assigneeMode?: "ALL_STUDENTS" | "INDIVIDUAL_STUDENTS";
            creatorUserId?: string;
        };
        ListCourseWorkResponseCourseWorkDueDate: {
            year?: number;
            month?: number;
            day?: number;
        };
        ListCourseWorkResponseCourseWorkDueTime: {
            hours?: number;
            minutes?: number;
        };
        ListCoursesResponse: {
            courses?: components["schemas"]["ListCoursesResponseCourse"][];
            nextPageToken?: string;
        };
        ListCoursesResponseCourse: {
            id?: string;
            name?: string;
            section?: string;
            descriptionHeading?: string;
            description?: string;
            room?: string;
            ownerId?: string;
            /** Format: date-time */
            creationTime?: string;
            /** Format: date-time */
            updateTime?: string;
            enrollmentCode?: string;
            /** @enum {string} */
            courseState?: "COURSE_STATE_UNSPECIFIED" | "ACTIVE" | "ARCHIVED" | "PROVISIONED" | "DECLINED" | "SUSPENDED";
            alternateLink?: string;
            teacherGroupEmail?: string;
            courseGroupEmail?: string;
            calendarId?: string;
        };
        ListInvitationsResponse: {
            invitations?: {
                id?: string;
                userId?: string;
                courseId?: string;
                /** @enum {string} */
                role?: "STUDENT" | "TEACHER" | "OWNER";
            }[];
            nextPageToken?: string;
        };
        ListStudentSubmissionsResponse: {
            studentSubmissions?: {
                courseId?: string;
                courseWorkId?: string;
                id?: string;
                userId?: string;
                /** @enum {string} */
                state?: "NEW" | "CREATED" | "TURNED_IN" | "RETURNED" | "RECLAIMED_BY_STUDENT";
                late?: boolean;
                draftGrade?: number;
                assignedGrade?: number;
                alternateLink?: string;
                courseWorkType?: string;
                /** Format: date-time */
                creationTime?: string;
                /** Format: date-time */
                updateTime?: string;
            }[];
            nextPageToken?: string;
        };
        ListStudentsResponse: {
            students?: {
                courseId?: string;
                userId?: string;
                profile?: components["schemas"]["ListTeachersResponseProfile"];
            }[];
            nextPageToken?: string;
        };
        ListTeachersResponse: {
            teachers?: {
                courseId?: string;
                userId?: string;
                profile?: components["schemas"]["ListTeachersResponseProfile"];
            }[];
            nextPageToken?: string;
        };
        ListTeachersResponseProfile: {
            id?: string;
            name?: {
                givenName?: string;
                familyName?: string;
                fullName?: string;
            };
            emailAddress?: string;
            photoUrl?: string;
            verifiedTeacher?: boolean;
        };
        ListTopicsResponse: {
            topic?: {
                courseId?: string;
                topicId?: string;
                name?: string;
                updateTime?: string;
            }[];
            nextPageToken?: string;
        };
        UpdateCourseRequest: {
            name?: string;
            section?: string;
            descriptionHeading?: string;
            description?: string;
            room?: string;
            /** @enum {string} */
            courseState?: "ACTIVE" | "ARCHIVED" | "PROVISIONED" | "DECLINED";
            ownerId?: string;
        };
        UpdateCourseResponse: components["schemas"]["ListCoursesResponseCourse"];
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
        /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCourses: {
        parameters: {
            query?: {
                /**
                 * @description Only courses this user teaches (id, e-mail or me).
                 * @example me
                 */
                teacherId?: string;
                /** @description Only courses this user attends (id, e-mail or me). */
                studentId?: string;
                /** @description Only courses in these states. */
                courseStates?: ("ACTIVE" | "ARCHIVED" | "PROVISIONED" | "DECLINED" | "SUSPENDED")[];
                /** @description Courses per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCoursesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCourse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Course Name",
                 *       "ownerId": "me"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCourseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCourseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCourse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
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
                    "application/json": components["schemas"]["GetCourseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCourse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCourseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCourse: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated fields to change, from name, section, descriptionHeading, description, room, courseState and ownerId.
                 * @example name
                 */
                updateMask: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCourseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCourseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAnnouncements: {
        parameters: {
            query?: {
                /** @description Only announcements in these states (PUBLISHED when unset). */
                announcementStates?: ("PUBLISHED" | "DRAFT" | "DELETED")[];
                /** @description updateTime optionally followed by asc or desc. */
                orderBy?: string;
                /** @description Announcements per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
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
                    "application/json": components["schemas"]["ListAnnouncementsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAnnouncement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Announcement text",
                 *       "state": "PUBLISHED"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAnnouncementRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAnnouncementResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCourseWork: {
        parameters: {
            query?: {
                /** @description Only coursework in these states (PUBLISHED when unset). */
                courseWorkStates?: ("PUBLISHED" | "DRAFT" | "DELETED")[];
                /** @description updateTime or dueDate, each optionally followed by asc or desc. */
                orderBy?: string;
                /** @description Items per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
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
                    "application/json": components["schemas"]["ListCourseWorkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCourseWork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Assignment Title",
                 *       "workType": "ASSIGNMENT",
                 *       "state": "PUBLISHED",
                 *       "maxPoints": 100
                 *     }
                 */
                "application/json": components["schemas"]["CreateCourseWorkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCourseWorkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listStudentSubmissions: {
        parameters: {
            query?: {
                /** @description Only submissions of this student (id, e-mail or me). */
                userId?: string;
                /** @description Only submissions in these states. */
                states?: ("NEW" | "CREATED" | "TURNED_IN" | "RETURNED" | "RECLAIMED_BY_STUDENT")[];
                /** @description Filter by lateness. */
                late?: "LATE_VALUES_UNSPECIFIED" | "LATE_ONLY" | "NOT_LATE_ONLY";
                /** @description Submissions per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
                /** @description Id of the coursework, or - for every coursework of the course. */
                courseWorkId: string;
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
                    "application/json": components["schemas"]["ListStudentSubmissionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listStudents: {
        parameters: {
            query?: {
                /** @description Students per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
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
                    "application/json": components["schemas"]["ListStudentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeachers: {
        parameters: {
            query?: {
                /** @description Teachers per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
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
                    "application/json": components["schemas"]["ListTeachersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTopics: {
        parameters: {
            query?: {
                /** @description Topics per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the course, or an alias such as d:school_math101. */
                courseId: string;
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
                    "application/json": components["schemas"]["ListTopicsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Invitations addressed to this user (id, e-mail or me). */
                userId?: string;
                /** @description Invitations to this course. */
                courseId?: string;
                /** @description Invitations per page (0 lets the server choose). */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInvitationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUserProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Classroom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description User id, e-mail address or me.
                 * @example me
                 */
                userId: string;
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
                    "application/json": components["schemas"]["GetUserProfileResponse"];
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
