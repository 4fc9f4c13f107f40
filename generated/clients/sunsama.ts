// Generated from providers/sunsama.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sunsama.js';

/**
 * Sunsama through the Switchboard gateway: Sunsama daily planning through its hosted MCP server - tasks, subtasks, backlog, objectives, timers, calendar events and email threads.
 */
export interface SunsamaClient {
    /** Find tasks whose title or notes contain a keyword. MCP tool `search_tasks` */
    searchTasks: Call<operations["searchTasks"]>;
    /** Create a task on a given day of the user's plan. MCP tool `create_task` */
    createTask: Call<operations["createTask"]>;
    /** Rename a task. MCP tool `edit_task_title` */
    editTaskTitle: Call<operations["editTaskTitle"]>;
    /** Delete a task for good. MCP tool `delete_task` */
    deleteTask: Call<operations["deleteTask"]>;
    /** Bring back a task that was deleted. MCP tool `restore_task` */
    restoreTask: Call<operations["restoreTask"]>;
    /** Mark a task done on a given day. MCP tool `mark_task_as_completed` */
    markTaskAsCompleted: Call<operations["markTaskAsCompleted"]>;
    /** Reopen a completed task. MCP tool `mark_task_as_incomplete` */
    markTaskAsIncomplete: Call<operations["markTaskAsIncomplete"]>;
    /** Add text to the end of a task's notes. MCP tool `append_task_notes` */
    appendTaskNotes: Call<operations["appendTaskNotes"]>;
    /** Set how many minutes a task is expected to take. MCP tool `edit_task_time_estimate` */
    editTaskTimeEstimate: Call<operations["editTaskTimeEstimate"]>;
    /** Ask Sunsama to suggest a duration for a task title. MCP tool `get_task_time_estimate` */
    getTaskTimeEstimate: Call<operations["getTaskTimeEstimate"]>;
    /** Move a scheduled task to another day. MCP tool `move_task_to_day` */
    moveTaskToDay: Call<operations["moveTaskToDay"]>;
    /** Set the order of the tasks on one day. MCP tool `reorder_tasks` */
    reorderTasks: Call<operations["reorderTasks"]>;
    /** List archived tasks. MCP tool `get_archived_tasks` */
    getArchivedTasks: Call<operations["getArchivedTasks"]>;
    /** Put an archived task back on a given day. MCP tool `unarchive_task` */
    unarchiveTask: Call<operations["unarchiveTask"]>;
    /** Turn a calendar event into a task. MCP tool `import_task_from_calendar_event` */
    importTaskFromCalendarEvent: Call<operations["importTaskFromCalendarEvent"]>;
    /** File a task under one of the workspace's Sunsama channels. MCP tool `add_task_to_channel` */
    addTaskToChannel: Call<operations["addTaskToChannel"]>;
    /** Create a Sunsama channel (a project or context for tasks). MCP tool `create_channel` */
    createChannel: Call<operations["createChannel"]>;
    /** Create a goal for the week starting on a given day. MCP tool `create_weekly_objective` */
    createWeeklyObjective: Call<operations["createWeeklyObjective"]>;
    /** Link a task to a weekly objective. MCP tool `align_task_with_objective` */
    alignTaskWithObjective: Call<operations["alignTaskWithObjective"]>;
    /** Add one or more subtasks to a task. MCP tool `add_subtasks_to_task` */
    addSubtasksToTask: Call<operations["addSubtasksToTask"]>;
    /** Rename a subtask. MCP tool `edit_subtask_title` */
    editSubtaskTitle: Call<operations["editSubtaskTitle"]>;
    /** Tick off a subtask. MCP tool `mark_subtask_as_completed` */
    markSubtaskAsCompleted: Call<operations["markSubtaskAsCompleted"]>;
    /** Untick a subtask. MCP tool `mark_subtask_as_incomplete` */
    markSubtaskAsIncomplete: Call<operations["markSubtaskAsIncomplete"]>;
    /** List the tasks in the backlog. MCP tool `get_backlog_tasks` */
    getBacklogTasks: Call<operations["getBacklogTasks"]>;
    /** Add a task to the backlog under a rough time horizon. MCP tool `create_braindump_task` */
    createBraindumpTask: Call<operations["createBraindumpTask"]>;
    /** Take a task off its day and put it in the backlog. MCP tool `move_task_to_backlog` */
    moveTaskToBacklog: Call<operations["moveTaskToBacklog"]>;
    /** Schedule a backlog task on a given day. MCP tool `move_task_from_backlog` */
    moveTaskFromBacklog: Call<operations["moveTaskFromBacklog"]>;
    /** Move a backlog task to another time horizon. MCP tool `reposition_task_in_backlog` */
    repositionTaskInBacklog: Call<operations["repositionTaskInBacklog"]>;
    /** Move one or more backlog tasks to another folder. MCP tool `change_backlog_folder` */
    changeBacklogFolder: Call<operations["changeBacklogFolder"]>;
    /** Make a task repeat, or change how it repeats. MCP tool `edit_task_recurrence_rule` */
    editTaskRecurrenceRule: Call<operations["editTaskRecurrenceRule"]>;
    /** Copy a recurring task's current fields onto every unfinished instance of its series. MCP tool `update_all_incomplete_recurring_task_instances` */
    updateAllIncompleteRecurringTaskInstances: Call<operations["updateAllIncompleteRecurringTaskInstances"]>;
    /** Delete every unfinished future instance of a recurring task. MCP tool `delete_all_incomplete_recurring_task_instances` */
    deleteAllIncompleteRecurringTaskInstances: Call<operations["deleteAllIncompleteRecurringTaskInstances"]>;
    /** Start tracking time on a task. MCP tool `start_task_timer` */
    startTaskTimer: Call<operations["startTaskTimer"]>;
    /** Stop tracking time on a task. MCP tool `stop_task_timer` */
    stopTaskTimer: Call<operations["stopTaskTimer"]>;
    /** Block time on the calendar for a task at a given date and time. MCP tool `timebox_a_task_to_calendar` */
    timeboxTaskToCalendar: Call<operations["timeboxTaskToCalendar"]>;
    /** Create an event on the user's connected calendar. MCP tool `create_calendar_event` */
    createCalendarEvent: Call<operations["createCalendarEvent"]>;
    /** Move a calendar event to a new start time. MCP tool `move_calendar_event` */
    moveCalendarEvent: Call<operations["moveCalendarEvent"]>;
    /** Delete an event from the user's connected calendar. MCP tool `delete_calendar_event` */
    deleteCalendarEvent: Call<operations["deleteCalendarEvent"]>;
    /** Accept a meeting invitation. MCP tool `accept_meeting_invite` */
    acceptMeetingInvite: Call<operations["acceptMeetingInvite"]>;
    /** Decline a meeting invitation. MCP tool `decline_meeting_invite` */
    declineMeetingInvite: Call<operations["declineMeetingInvite"]>;
    /** Choose whether tasks may be planned at the same time as an event. MCP tool `set_calendar_event_allow_task_projections` */
    setCalendarEventAllowTaskProjections: Call<operations["setCalendarEventAllowTaskProjections"]>;
    /** Turn automatic import of calendar events into the plan on or off. MCP tool `toggle_auto_import_events` */
    toggleAutoImportEvents: Call<operations["toggleAutoImportEvents"]>;
    /** Set which calendar events are kept out of the automatic import. MCP tool `update_import_event_filters` */
    updateImportEventFilters: Call<operations["updateImportEventFilters"]>;
    /** Change the Sunsama preferences of one calendar. MCP tool `update_calendar_preferences` */
    updateCalendarPreferences: Call<operations["updateCalendarPreferences"]>;
    /** List email threads of a connected mail account. MCP tool `list_email_threads` */
    listEmailThreads: Call<operations["listEmailThreads"]>;
    /** Mark an email thread read. MCP tool `mark_email_thread_as_read` */
    markEmailThreadAsRead: Call<operations["markEmailThreadAsRead"]>;
    /** Delete an email thread and its messages. MCP tool `delete_email_thread` */
    deleteEmailThread: Call<operations["deleteEmailThread"]>;
    /** Create a follow-up task from an email thread. MCP tool `create_follow_up_task_from_email` */
    createFollowUpTaskFromEmail: Call<operations["createFollowUpTaskFromEmail"]>;
    /** Set the time the workday ends on a given day. MCP tool `set_shutdown_time` */
    setShutdownTime: Call<operations["setShutdownTime"]>;
    /** Book the next accountability call. MCP tool `schedule_next_call` */
    scheduleNextCall: Call<operations["scheduleNextCall"]>;
    /** Send feedback to Sunsama. MCP tool `log_user_feedback` */
    logUserFeedback: Call<operations["logUserFeedback"]>;
}

const routes: Routes<SunsamaClient> = {
    searchTasks: {"method":"POST","path":"/search_tasks","body":"application/json"},
    createTask: {"method":"POST","path":"/create_task","body":"application/json"},
    editTaskTitle: {"method":"POST","path":"/edit_task_title","body":"application/json"},
    deleteTask: {"method":"POST","path":"/delete_task","body":"application/json"},
    restoreTask: {"method":"POST","path":"/restore_task","body":"application/json"},
    markTaskAsCompleted: {"method":"POST","path":"/mark_task_as_completed","body":"application/json"},
    markTaskAsIncomplete: {"method":"POST","path":"/mark_task_as_incomplete","body":"application/json"},
    appendTaskNotes: {"method":"POST","path":"/append_task_notes","body":"application/json"},
    editTaskTimeEstimate: {"method":"POST","path":"/edit_task_time_estimate","body":"application/json"},
    getTaskTimeEstimate: {"method":"POST","path":"/get_task_time_estimate","body":"application/json"},
    moveTaskToDay: {"method":"POST","path":"/move_task_to_day","body":"application/json"},
    reorderTasks: {"method":"POST","path":"/reorder_tasks","body":"application/json"},
    getArchivedTasks: {"method":"POST","path":"/get_archived_tasks","body":"application/json"},
    unarchiveTask: {"method":"POST","path":"/unarchive_task","body":"application/json"},
    importTaskFromCalendarEvent: {"method":"POST","path":"/import_task_from_calendar_event","body":"application/json"},
    addTaskToChannel: {"method":"POST","path":"/add_task_to_channel","body":"application/json"},
    createChannel: {"method":"POST","path":"/create_channel","body":"application/json"},
    createWeeklyObjective: {"method":"POST","path":"/create_weekly_objective","body":"application/json"},
    alignTaskWithObjective: {"method":"POST","path":"/align_task_with_objective","body":"application/json"},
    addSubtasksToTask: {"method":"POST","path":"/add_subtasks_to_task","body":"application/json"},
    editSubtaskTitle: {"method":"POST","path":"/edit_subtask_title","body":"application/json"},
    markSubtaskAsCompleted: {"method":"POST","path":"/mark_subtask_as_completed","body":"application/json"},
    markSubtaskAsIncomplete: {"method":"POST","path":"/mark_subtask_as_incomplete","body":"application/json"},
    getBacklogTasks: {"method":"POST","path":"/get_backlog_tasks","body":"application/json"},
    createBraindumpTask: {"method":"POST","path":"/create_braindump_task","body":"application/json"},
    moveTaskToBacklog: {"method":"POST","path":"/move_task_to_backlog","body":"application/json"},
    moveTaskFromBacklog: {"method":"POST","path":"/move_task_from_backlog","body":"application/json"},
    repositionTaskInBacklog: {"method":"POST","path":"/reposition_task_in_backlog","body":"application/json"},
    changeBacklogFolder: {"method":"POST","path":"/change_backlog_folder","body":"application/json"},
    editTaskRecurrenceRule: {"method":"POST","path":"/edit_task_recurrence_rule","body":"application/json"},
    updateAllIncompleteRecurringTaskInstances: {"method":"POST","path":"/update_all_incomplete_recurring_task_instances","body":"application/json"},
    deleteAllIncompleteRecurringTaskInstances: {"method":"POST","path":"/delete_all_incomplete_recurring_task_instances","body":"application/json"},
    startTaskTimer: {"method":"POST","path":"/start_task_timer","body":"application/json"},
    stopTaskTimer: {"method":"POST","path":"/stop_task_timer","body":"application/json"},
    timeboxTaskToCalendar: {"method":"POST","path":"/timebox_a_task_to_calendar","body":"application/json"},
    createCalendarEvent: {"method":"POST","path":"/create_calendar_event","body":"application/json"},
    moveCalendarEvent: {"method":"POST","path":"/move_calendar_event","body":"application/json"},
    deleteCalendarEvent: {"method":"POST","path":"/delete_calendar_event","body":"application/json"},
    acceptMeetingInvite: {"method":"POST","path":"/accept_meeting_invite","body":"application/json"},
    declineMeetingInvite: {"method":"POST","path":"/decline_meeting_invite","body":"application/json"},
    setCalendarEventAllowTaskProjections: {"method":"POST","path":"/set_calendar_event_allow_task_projections","body":"application/json"},
    toggleAutoImportEvents: {"method":"POST","path":"/toggle_auto_import_events","body":"application/json"},
    updateImportEventFilters: {"method":"POST","path":"/update_import_event_filters","body":"application/json"},
    updateCalendarPreferences: {"method":"POST","path":"/update_calendar_preferences","body":"application/json"},
    listEmailThreads: {"method":"POST","path":"/list_email_threads","body":"application/json"},
    markEmailThreadAsRead: {"method":"POST","path":"/mark_email_thread_as_read","body":"application/json"},
    deleteEmailThread: {"method":"POST","path":"/delete_email_thread","body":"application/json"},
    createFollowUpTaskFromEmail: {"method":"POST","path":"/create_follow_up_task_from_email","body":"application/json"},
    setShutdownTime: {"method":"POST","path":"/set_shutdown_time","body":"application/json"},
    scheduleNextCall: {"method":"POST","path":"/schedule_next_call","body":"application/json"},
    logUserFeedback: {"method":"POST","path":"/log_user_feedback","body":"application/json"},
};

/**
 * The Sunsama client: `const api = sunsama(new Switchboard({ baseUrl, apiKey }))`.
 */
export const sunsama = (sb: Switchboard): SunsamaClient => bindClient<SunsamaClient>(sb, "sunsama", routes);
