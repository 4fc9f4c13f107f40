// Generated from providers/google-classroom.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-classroom.js';

/**
 * Google Classroom through the Switchboard gateway: Classroom courses, rosters, coursework, student submissions, announcements, topics, invitations and user profiles.
 */
export interface GoogleClassroomClient {
    /** List the courses the user may see, optionally only those of a teacher or student. `GET /v1/courses` */
    listCourses: Paged<operations["listCourses"]>;
    /** Read one course. `GET /v1/courses/{courseId}` */
    getCourse: Call<operations["getCourse"]>;
    /** Create a course owned by a teacher (`me` for the connected user). `POST /v1/courses` */
    createCourse: Call<operations["createCourse"]>;
    /** Change the course fields named in updateMask (name, section, room, state …). `PATCH /v1/courses/{courseId}` */
    updateCourse: Call<operations["updateCourse"]>;
    /** Delete an archived course. `DELETE /v1/courses/{courseId}` */
    deleteCourse: Call<operations["deleteCourse"]>;
    /** List the assignments and questions of a course. `GET /v1/courses/{courseId}/courseWork` */
    listCourseWork: Paged<operations["listCourseWork"]>;
    /** Create an assignment or question in a course. `POST /v1/courses/{courseId}/courseWork` */
    createCourseWork: Call<operations["createCourseWork"]>;
    /** List students' submissions for a piece of coursework (or for all of it with `-`). `GET /v1/courses/{courseId}/courseWork/{courseWorkId}/studentSubmissions` */
    listStudentSubmissions: Paged<operations["listStudentSubmissions"]>;
    /** List the teachers of a course. `GET /v1/courses/{courseId}/teachers` */
    listTeachers: Paged<operations["listTeachers"]>;
    /** List the students enrolled in a course. `GET /v1/courses/{courseId}/students` */
    listStudents: Paged<operations["listStudents"]>;
    /** List the announcements posted in a course. `GET /v1/courses/{courseId}/announcements` */
    listAnnouncements: Paged<operations["listAnnouncements"]>;
    /** Post an announcement to a course's stream. `POST /v1/courses/{courseId}/announcements` */
    createAnnouncement: Call<operations["createAnnouncement"]>;
    /** List the topics that group a course's classwork. `GET /v1/courses/{courseId}/topics` */
    listTopics: Paged<operations["listTopics"]>;
    /** List pending course invitations for a user or for a course (one of the two is required). `GET /v1/invitations` */
    listInvitations: Paged<operations["listInvitations"]>;
    /** Read a user's Classroom profile (`me` for the connected user). `GET /v1/userProfiles/{userId}` */
    getUserProfile: Call<operations["getUserProfile"]>;
}

const routes: Routes<GoogleClassroomClient> = {
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
};

/**
 * The Google Classroom client: `const api = googleClassroom(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleClassroom = (sb: Switchboard): GoogleClassroomClient => bindClient<GoogleClassroomClient>(sb, "google-classroom", routes);
