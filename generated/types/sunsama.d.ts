// Generated from providers/sunsama.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/accept_meeting_invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a meeting invitation.
         * @description Sends an RSVP the organizer and other attendees can see and that cannot be taken back; confirm the event (title, time, organizer) with the user first.
         */
        post: operations["acceptMeetingInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/add_subtasks_to_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add one or more subtasks to a task. */
        post: operations["addSubtasksToTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/add_task_to_channel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a task under one of the workspace's Sunsama channels.
         * @description A channel here is Sunsama's own project or context grouping, not a chat channel; the name is not validated and channels may be shared with teammates, so use only a channel the user named and confirm it first.
         */
        post: operations["addTaskToChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/align_task_with_objective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a task to a weekly objective. */
        post: operations["alignTaskWithObjective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/append_task_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add text to the end of a task's notes.
         * @description Writes into the user's real workspace and cannot be targeted by title; confirm the task and the exact text first, and do not use it as a scratchpad for the caller's own notes.
         */
        post: operations["appendTaskNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change_backlog_folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move one or more backlog tasks to another folder. */
        post: operations["changeBacklogFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create_braindump_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a task to the backlog under a rough time horizon. */
        post: operations["createBraindumpTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create_calendar_event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an event on the user's connected calendar.
         * @description Creates a real event that others may see or be invited to; only on the user's explicit request, after confirming title, start time and time zone, one event per approval.
         */
        post: operations["createCalendarEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create_channel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a Sunsama channel (a project or context for tasks). */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create_follow_up_task_from_email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a follow-up task from an email thread. */
        post: operations["createFollowUpTaskFromEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a task on a given day of the user's plan. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create_weekly_objective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a goal for the week starting on a given day. */
        post: operations["createWeeklyObjective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decline_meeting_invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a meeting invitation.
         * @description Sends an RSVP the organizer and other attendees can see and that cannot be taken back; confirm the event (title, time, organizer) with the user first.
         */
        post: operations["declineMeetingInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delete_all_incomplete_recurring_task_instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete every unfinished future instance of a recurring task.
         * @description Bulk and irreversible; completed instances stay. Show the user the series and how many instances go, get explicit approval, and prefer delete_task for single occurrences.
         */
        post: operations["deleteAllIncompleteRecurringTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delete_calendar_event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an event from the user's connected calendar.
         * @description Not recoverable and may cancel the meeting for other attendees; show the user the event and get explicit approval, and ask whether a recurring event means one occurrence or the series.
         */
        post: operations["deleteCalendarEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delete_email_thread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an email thread and its messages.
         * @description Permanent; confirm the thread subject and the account with the user before calling.
         */
        post: operations["deleteEmailThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delete_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a task for good.
         * @description Irreversible through this gateway; show the user the task (title and id) and get an explicit yes for that one task before calling.
         */
        post: operations["deleteTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit_subtask_title": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a subtask. */
        post: operations["editSubtaskTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit_task_recurrence_rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a task repeat, or change how it repeats. */
        post: operations["editTaskRecurrenceRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit_task_time_estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set how many minutes a task is expected to take. */
        post: operations["editTaskTimeEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit_task_title": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a task. */
        post: operations["editTaskTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/get_archived_tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List archived tasks. */
        post: operations["getArchivedTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/get_backlog_tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the tasks in the backlog. */
        post: operations["getBacklogTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/get_task_time_estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask Sunsama to suggest a duration for a task title. */
        post: operations["getTaskTimeEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import_task_from_calendar_event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a calendar event into a task. */
        post: operations["importTaskFromCalendarEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/list_email_threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List email threads of a connected mail account. */
        post: operations["listEmailThreads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log_user_feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send feedback to Sunsama.
         * @description The text is stored by Sunsama where its staff can read it and cannot be withdrawn; send only wording the user dictated, without credentials or personal data.
         */
        post: operations["logUserFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mark_email_thread_as_read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an email thread read. */
        post: operations["markEmailThreadAsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mark_subtask_as_completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick off a subtask. */
        post: operations["markSubtaskAsCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mark_subtask_as_incomplete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Untick a subtask. */
        post: operations["markSubtaskAsIncomplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mark_task_as_completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a task done on a given day. */
        post: operations["markTaskAsCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mark_task_as_incomplete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a completed task. */
        post: operations["markTaskAsIncomplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/move_calendar_event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a calendar event to a new start time.
         * @description Reschedules the meeting for every attendee and usually notifies them; confirm the event, the new time and its time zone with the user, and keep isAllDay as the event has it.
         */
        post: operations["moveCalendarEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/move_task_from_backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a backlog task on a given day. */
        post: operations["moveTaskFromBacklog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/move_task_to_backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a task off its day and put it in the backlog. */
        post: operations["moveTaskToBacklog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/move_task_to_day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a scheduled task to another day. */
        post: operations["moveTaskToDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reorder_tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the order of the tasks on one day. */
        post: operations["reorderTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reposition_task_in_backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a backlog task to another time horizon. */
        post: operations["repositionTaskInBacklog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restore_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back a task that was deleted. */
        post: operations["restoreTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule_next_call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book the next accountability call. */
        post: operations["scheduleNextCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search_tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find tasks whose title or notes contain a keyword. */
        post: operations["searchTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/set_calendar_event_allow_task_projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose whether tasks may be planned at the same time as an event. */
        post: operations["setCalendarEventAllowTaskProjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/set_shutdown_time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the time the workday ends on a given day. */
        post: operations["setShutdownTime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/start_task_timer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start tracking time on a task. */
        post: operations["startTaskTimer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stop_task_timer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop tracking time on a task. */
        post: operations["stopTaskTimer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timebox_a_task_to_calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block time on the calendar for a task at a given date and time. */
        post: operations["timeboxTaskToCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/toggle_auto_import_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn automatic import of calendar events into the plan on or off. */
        post: operations["toggleAutoImportEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unarchive_task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an archived task back on a given day. */
        post: operations["unarchiveTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/update_all_incomplete_recurring_task_instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a recurring task's current fields onto every unfinished instance of its series.
         * @description Rewrites many tasks at once, possibly including unfinished past instances, and the previous values cannot be recovered; change the series task first, show the user how many instances will change and get explicit approval for that series.
         */
        post: operations["updateAllIncompleteRecurringTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/update_calendar_preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the Sunsama preferences of one calendar.
         * @description Overwrites the calendar's settings without reporting the old values; read the current preferences first and confirm the calendar (by name) and the change with the user.
         */
        post: operations["updateCalendarPreferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/update_import_event_filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set which calendar events are kept out of the automatic import. */
        post: operations["updateImportEventFilters"];
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
        AcceptMeetingInviteRequest: {
            /** @description Id of the calendar event. */
            eventId: string;
        };
        AcceptMeetingInviteResponse: components["schemas"]["SearchTasksResponse"];
        AddSubtasksToTaskRequest: {
            /** @description Id of the parent task (24-character hex ObjectId). */
            taskId: string;
            /** @description Subtasks to create. */
            subtasks: {
                /** @description Title of the subtask. */
                title: string;
            }[];
        };
        AddSubtasksToTaskResponse: components["schemas"]["SearchTasksResponse"];
        AddTaskToChannelRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description Name of the Sunsama channel, exactly as the user gave it. */
            channel: string;
        };
        AddTaskToChannelResponse: components["schemas"]["SearchTasksResponse"];
        AlignTaskWithObjectiveRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description Id of the weekly objective. */
            objectiveId: string;
        };
        AlignTaskWithObjectiveResponse: components["schemas"]["SearchTasksResponse"];
        AppendTaskNotesRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description Text to add after the existing notes. */
            notes: string;
        };
        AppendTaskNotesResponse: components["schemas"]["SearchTasksResponse"];
        ChangeBacklogFolderRequest: {
            /** @description One task id, or a list of them. */
            taskIds: string | string[];
        };
        ChangeBacklogFolderResponse: components["schemas"]["SearchTasksResponse"];
        CreateBraindumpTaskRequest: {
            /** @description Title of the task. */
            title: string;
            /**
             * @description Rough horizon for doing the task.
             * @enum {string}
             */
            timeBucket: "in the next two weeks" | "in the next month" | "in the next quarter" | "in the next year" | "someday" | "never";
        };
        CreateBraindumpTaskResponse: components["schemas"]["SearchTasksResponse"];
        CreateCalendarEventRequest: {
            /** @description Event title in the user's own words; attendees may see it. */
            title: string;
            /** @description Start as ISO 8601 with an explicit offset confirmed with the user. */
            startDate: string;
        };
        CreateCalendarEventResponse: components["schemas"]["SearchTasksResponse"];
        CreateChannelRequest: {
            /** @description Name of the new channel. */
            channelName: string;
        };
        CreateChannelResponse: components["schemas"]["SearchTasksResponse"];
        CreateFollowUpTaskFromEmailRequest: {
            /** @description Id of the connected email account. */
            accountId: string;
            /** @description Mail provider of the account, such as gmail or outlook. */
            accountService: string;
            /** @description Id of the email thread. */
            threadId: string;
        };
        CreateFollowUpTaskFromEmailResponse: components["schemas"]["SearchTasksResponse"];
        CreateTaskRequest: {
            /** @description Title of the task. */
            title: string;
            /**
             * Format: date
             * @description Day to plan the task on, as YYYY-MM-DD.
             */
            day: string;
            /** @description true when the task is already in the day's list (false for a new one). */
            alreadyInTaskList: boolean;
        };
        CreateTaskResponse: components["schemas"]["SearchTasksResponse"];
        CreateWeeklyObjectiveRequest: {
            /** @description Title of the objective. */
            title: string;
            /**
             * Format: date
             * @description First day of the week, as YYYY-MM-DD.
             */
            weekStartDay: string;
        };
        CreateWeeklyObjectiveResponse: components["schemas"]["SearchTasksResponse"];
        DeclineMeetingInviteRequest: {
            /** @description Id of the calendar event. */
            eventId: string;
        };
        DeclineMeetingInviteResponse: components["schemas"]["SearchTasksResponse"];
        DeleteAllIncompleteRecurringTaskInstancesRequest: {
            /** @description Id of the recurring series the user named and approved. */
            taskId: string;
        };
        DeleteAllIncompleteRecurringTaskInstancesResponse: components["schemas"]["SearchTasksResponse"];
        DeleteCalendarEventRequest: {
            /** @description Id of the event the user named and approved for deletion. */
            eventId: string;
        };
        DeleteCalendarEventResponse: components["schemas"]["SearchTasksResponse"];
        DeleteEmailThreadRequest: {
            /** @description Id of the connected email account. */
            accountId: string;
            /** @description Mail provider of the account, such as gmail or outlook. */
            accountService: string;
            /** @description Id of the thread to delete. */
            threadId: string;
        };
        DeleteEmailThreadResponse: components["schemas"]["SearchTasksResponse"];
        DeleteTaskRequest: {
            /** @description Id of the task the user named and approved for deletion. */
            taskId: string;
        };
        DeleteTaskResponse: components["schemas"]["SearchTasksResponse"];
        EditSubtaskTitleRequest: {
            /** @description Id of the parent task (24-character hex ObjectId). */
            taskId: string;
            /** @description Id of the subtask. */
            subtaskId: string;
            /** @description The new title. */
            newTitle: string;
        };
        EditSubtaskTitleResponse: components["schemas"]["SearchTasksResponse"];
        EditTaskRecurrenceRuleRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description Repeat rule, for example an iCalendar RRULE. */
            recurrenceRule: string;
        };
        EditTaskRecurrenceRuleResponse: components["schemas"]["SearchTasksResponse"];
        EditTaskTimeEstimateRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description Expected duration in minutes. */
            timeEstimate: number;
        };
        EditTaskTimeEstimateResponse: components["schemas"]["SearchTasksResponse"];
        EditTaskTitleRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description The new title. */
            title: string;
        };
        EditTaskTitleResponse: components["schemas"]["SearchTasksResponse"];
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
        GetArchivedTasksRequest: Record<string, unknown>;
        GetArchivedTasksResponse: components["schemas"]["SearchTasksResponse"];
        GetBacklogTasksRequest: Record<string, unknown>;
        GetBacklogTasksResponse: components["schemas"]["SearchTasksResponse"];
        GetTaskTimeEstimateRequest: {
            /** @description Task title to estimate. */
            title: string;
        };
        GetTaskTimeEstimateResponse: components["schemas"]["SearchTasksResponse"];
        ImportTaskFromCalendarEventRequest: {
            /** @description Id of the calendar event. */
            eventId: string;
        };
        ImportTaskFromCalendarEventResponse: components["schemas"]["SearchTasksResponse"];
        ListEmailThreadsRequest: {
            /** @description Id of the connected email account. */
            accountId: string;
        };
        ListEmailThreadsResponse: components["schemas"]["SearchTasksResponse"];
        LogUserFeedbackRequest: {
            /** @description Feedback text exactly as the user dictated it; Sunsama keeps it. */
            feedback: string;
        };
        LogUserFeedbackResponse: components["schemas"]["SearchTasksResponse"];
        MarkEmailThreadAsReadRequest: {
            /** @description Id of the connected email account. */
            accountId: string;
            /** @description Mail provider of the account, such as gmail or outlook. */
            accountService: string;
            /** @description Id of the email thread. */
            threadId: string;
        };
        MarkEmailThreadAsReadResponse: components["schemas"]["SearchTasksResponse"];
        MarkSubtaskAsCompletedRequest: {
            /** @description Id of the parent task (24-character hex ObjectId). */
            taskId: string;
            /** @description Id of the subtask. */
            subtaskId: string;
        };
        MarkSubtaskAsCompletedResponse: components["schemas"]["SearchTasksResponse"];
        MarkSubtaskAsIncompleteRequest: {
            /** @description Id of the parent task (24-character hex ObjectId). */
            taskId: string;
            /** @description Id of the subtask. */
            subtaskId: string;
        };
        MarkSubtaskAsIncompleteResponse: components["schemas"]["SearchTasksResponse"];
        MarkTaskAsCompletedRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /**
             * Format: date
             * @description Day the task was finished, as YYYY-MM-DD.
             */
            finishedDay: string;
        };
        MarkTaskAsCompletedResponse: components["schemas"]["SearchTasksResponse"];
        MarkTaskAsIncompleteRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
        };
        MarkTaskAsIncompleteResponse: components["schemas"]["SearchTasksResponse"];
        MoveCalendarEventRequest: {
            /** @description Id of the calendar event. */
            eventId: string;
            /** @description New start date and time; confirm the time zone with the user. */
            startDate: string;
            /** @description Whether the event is all-day; keep the value the event already has. */
            isAllDay: boolean;
        };
        MoveCalendarEventResponse: components["schemas"]["SearchTasksResponse"];
        MoveTaskFromBacklogRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /**
             * Format: date
             * @description Day to schedule the task on, as YYYY-MM-DD.
             */
            calendarDay: string;
        };
        MoveTaskFromBacklogResponse: components["schemas"]["SearchTasksResponse"];
        MoveTaskToBacklogRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
        };
        MoveTaskToBacklogResponse: components["schemas"]["SearchTasksResponse"];
        MoveTaskToDayRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /**
             * Format: date
             * @description Day to move the task to, as YYYY-MM-DD.
             */
            calendarDay: string;
        };
        MoveTaskToDayResponse: components["schemas"]["SearchTasksResponse"];
        ReorderTasksRequest: {
            /** @description Task ids in the order wanted. */
            taskIds: string[];
            /**
             * Format: date
             * @description Day whose tasks are reordered, as YYYY-MM-DD.
             */
            calendarDay: string;
        };
        ReorderTasksResponse: components["schemas"]["SearchTasksResponse"];
        RepositionTaskInBacklogRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /**
             * @description Horizon to move the task to.
             * @enum {string}
             */
            timeBucket: "in the next two weeks" | "in the next month" | "in the next quarter" | "in the next year" | "someday" | "never";
        };
        RepositionTaskInBacklogResponse: components["schemas"]["SearchTasksResponse"];
        RestoreTaskRequest: {
            /** @description Id of the deleted task. */
            taskId: string;
        };
        RestoreTaskResponse: components["schemas"]["SearchTasksResponse"];
        ScheduleNextCallRequest: {
            /**
             * Format: date
             * @description Day of the call, as YYYY-MM-DD.
             */
            nextCallDate: string;
            /** @description Hour of the day, 0 to 23. */
            hour: number;
            /**
             * @description Minute past the hour.
             * @enum {string}
             */
            minute: "15" | "30" | "45" | "00";
        };
        ScheduleNextCallResponse: components["schemas"]["SearchTasksResponse"];
        SearchTasksRequest: {
            /** @description Keyword to look for. */
            searchTerm: string;
        };
        /** @description MCP tool result; the text item holds the tool's answer, usually a JSON document serialized as a string, and isError is true when the tool failed. */
        SearchTasksResponse: {
            content?: {
                /** @enum {string} */
                type?: "text";
                text?: string;
            }[];
            isError?: boolean;
        };
        SetCalendarEventAllowTaskProjectionsRequest: {
            /** @description Id of the calendar event. */
            eventId: string;
            /** @description true lets tasks be planned during the event. */
            allowTasksProjectedAtSameTime: boolean;
        };
        SetCalendarEventAllowTaskProjectionsResponse: components["schemas"]["SearchTasksResponse"];
        SetShutdownTimeRequest: {
            /**
             * Format: date
             * @description Day the shutdown time applies to, as YYYY-MM-DD.
             */
            calendarDay: string;
            /** @description Hour of the day, 0 to 23. */
            hour: number;
            /** @description Minute, 0 to 59. */
            minute: number;
        };
        SetShutdownTimeResponse: components["schemas"]["SearchTasksResponse"];
        StartTaskTimerRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
        };
        StartTaskTimerResponse: components["schemas"]["SearchTasksResponse"];
        StopTaskTimerRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
        };
        StopTaskTimerResponse: components["schemas"]["SearchTasksResponse"];
        TimeboxTaskToCalendarRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /** @description Day of the time block, as YYYY-MM-DD. */
            startDate: string;
            /** @description Start of the time block as HH:MM. */
            startTime: string;
        };
        TimeboxTaskToCalendarResponse: components["schemas"]["SearchTasksResponse"];
        ToggleAutoImportEventsRequest: {
            /** @description true turns automatic import on. */
            enabled: boolean;
        };
        ToggleAutoImportEventsResponse: components["schemas"]["SearchTasksResponse"];
        UnarchiveTaskRequest: {
            /** @description Id of the task (24-character hex ObjectId). */
            taskId: string;
            /**
             * Format: date
             * @description Day to put the task on, as YYYY-MM-DD.
             */
            calendarDay: string;
        };
        UnarchiveTaskResponse: components["schemas"]["SearchTasksResponse"];
        UpdateAllIncompleteRecurringTaskInstancesRequest: {
            /** @description Id of the recurring series task. */
            taskId: string;
        };
        UpdateAllIncompleteRecurringTaskInstancesResponse: components["schemas"]["SearchTasksResponse"];
        UpdateCalendarPreferencesRequest: {
            /** @description Id of the calendar whose preferences change. */
            calendarId: string;
        };
        UpdateCalendarPreferencesResponse: components["schemas"]["SearchTasksResponse"];
        UpdateImportEventFiltersRequest: {
            /** @description Filters for events to leave out of the import. */
            excludedEventFilters: string[];
        };
        UpdateImportEventFiltersResponse: components["schemas"]["SearchTasksResponse"];
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
        /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    acceptMeetingInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptMeetingInviteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptMeetingInviteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addSubtasksToTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddSubtasksToTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddSubtasksToTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addTaskToChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTaskToChannelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddTaskToChannelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    alignTaskWithObjective: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlignTaskWithObjectiveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlignTaskWithObjectiveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    appendTaskNotes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendTaskNotesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppendTaskNotesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    changeBacklogFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeBacklogFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeBacklogFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBraindumpTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBraindumpTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBraindumpTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCalendarEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCalendarEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChannelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFollowUpTaskFromEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUpTaskFromEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFollowUpTaskFromEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"success\":true,\"task\":{\"_id\":\"69a6bf3a04d3cd0001595308\",\"title\":\"Review quarterly report\",\"scheduledDate\":\"2026-03-03\",\"completed\":false}}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWeeklyObjective: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWeeklyObjectiveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWeeklyObjectiveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    declineMeetingInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineMeetingInviteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclineMeetingInviteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteAllIncompleteRecurringTaskInstances: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAllIncompleteRecurringTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAllIncompleteRecurringTaskInstancesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCalendarEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCalendarEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCalendarEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEmailThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteEmailThreadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteEmailThreadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editSubtaskTitle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditSubtaskTitleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditSubtaskTitleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editTaskRecurrenceRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditTaskRecurrenceRuleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTaskRecurrenceRuleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editTaskTimeEstimate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditTaskTimeEstimateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTaskTimeEstimateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editTaskTitle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditTaskTitleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditTaskTitleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getArchivedTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetArchivedTasksRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetArchivedTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBacklogTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetBacklogTasksRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBacklogTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTaskTimeEstimate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskTimeEstimateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskTimeEstimateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    importTaskFromCalendarEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTaskFromCalendarEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTaskFromCalendarEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEmailThreads: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListEmailThreadsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEmailThreadsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    logUserFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogUserFeedbackRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogUserFeedbackResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markEmailThreadAsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkEmailThreadAsReadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkEmailThreadAsReadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markSubtaskAsCompleted: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkSubtaskAsCompletedRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkSubtaskAsCompletedResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markSubtaskAsIncomplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkSubtaskAsIncompleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkSubtaskAsIncompleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markTaskAsCompleted: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkTaskAsCompletedRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkTaskAsCompletedResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    markTaskAsIncomplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkTaskAsIncompleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkTaskAsIncompleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveCalendarEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveCalendarEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveCalendarEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveTaskFromBacklog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveTaskFromBacklogRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveTaskFromBacklogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveTaskToBacklog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveTaskToBacklogRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveTaskToBacklogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveTaskToDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveTaskToDayRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveTaskToDayResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reorderTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderTasksRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReorderTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    repositionTaskInBacklog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepositionTaskInBacklogRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositionTaskInBacklogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    restoreTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    scheduleNextCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleNextCallRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleNextCallResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchTasksRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setCalendarEventAllowTaskProjections: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCalendarEventAllowTaskProjectionsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetCalendarEventAllowTaskProjectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setShutdownTime: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetShutdownTimeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetShutdownTimeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    startTaskTimer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTaskTimerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartTaskTimerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    stopTaskTimer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopTaskTimerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopTaskTimerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    timeboxTaskToCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeboxTaskToCalendarRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeboxTaskToCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    toggleAutoImportEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleAutoImportEventsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToggleAutoImportEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unarchiveTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnarchiveTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnarchiveTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAllIncompleteRecurringTaskInstances: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAllIncompleteRecurringTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAllIncompleteRecurringTaskInstancesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCalendarPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCalendarPreferencesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCalendarPreferencesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateImportEventFilters: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sunsama connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImportEventFiltersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateImportEventFiltersResponse"];
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
