// Generated from providers/sunsama.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sunsama.js';

/**
 * Sunsama through the Switchboard gateway: Sunsama daily planning through its hosted MCP server - tasks, subtasks, backlog, objectives, timers, calendar events and email threads.
 */
export interface SunsamaClient {
    /**
     * Find tasks whose title or notes contain a keyword.
     *
     * MCP tool `search_tasks`
     */
    searchTasks(args: Args<operations["searchTasks"]>, options?: CallOptions): Promise<Result<Data<operations["searchTasks"]>>>;
    /**
     * Create a task on a given day of the user's plan.
     *
     * MCP tool `create_task`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Rename a task.
     *
     * MCP tool `edit_task_title`
     */
    editTaskTitle(args: Args<operations["editTaskTitle"]>, options?: CallOptions): Promise<Result<Data<operations["editTaskTitle"]>>>;
    /**
     * Delete a task for good.
     *
     * MCP tool `delete_task`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * Bring back a task that was deleted.
     *
     * MCP tool `restore_task`
     */
    restoreTask(args: Args<operations["restoreTask"]>, options?: CallOptions): Promise<Result<Data<operations["restoreTask"]>>>;
    /**
     * Mark a task done on a given day.
     *
     * MCP tool `mark_task_as_completed`
     */
    markTaskAsCompleted(args: Args<operations["markTaskAsCompleted"]>, options?: CallOptions): Promise<Result<Data<operations["markTaskAsCompleted"]>>>;
    /**
     * Reopen a completed task.
     *
     * MCP tool `mark_task_as_incomplete`
     */
    markTaskAsIncomplete(args: Args<operations["markTaskAsIncomplete"]>, options?: CallOptions): Promise<Result<Data<operations["markTaskAsIncomplete"]>>>;
    /**
     * Add text to the end of a task's notes.
     *
     * MCP tool `append_task_notes`
     */
    appendTaskNotes(args: Args<operations["appendTaskNotes"]>, options?: CallOptions): Promise<Result<Data<operations["appendTaskNotes"]>>>;
    /**
     * Set how many minutes a task is expected to take.
     *
     * MCP tool `edit_task_time_estimate`
     */
    editTaskTimeEstimate(args: Args<operations["editTaskTimeEstimate"]>, options?: CallOptions): Promise<Result<Data<operations["editTaskTimeEstimate"]>>>;
    /**
     * Ask Sunsama to suggest a duration for a task title.
     *
     * MCP tool `get_task_time_estimate`
     */
    getTaskTimeEstimate(args: Args<operations["getTaskTimeEstimate"]>, options?: CallOptions): Promise<Result<Data<operations["getTaskTimeEstimate"]>>>;
    /**
     * Move a scheduled task to another day.
     *
     * MCP tool `move_task_to_day`
     */
    moveTaskToDay(args: Args<operations["moveTaskToDay"]>, options?: CallOptions): Promise<Result<Data<operations["moveTaskToDay"]>>>;
    /**
     * Set the order of the tasks on one day.
     *
     * MCP tool `reorder_tasks`
     */
    reorderTasks(args: Args<operations["reorderTasks"]>, options?: CallOptions): Promise<Result<Data<operations["reorderTasks"]>>>;
    /**
     * List archived tasks.
     *
     * MCP tool `get_archived_tasks`
     */
    getArchivedTasks(args: Args<operations["getArchivedTasks"]>, options?: CallOptions): Promise<Result<Data<operations["getArchivedTasks"]>>>;
    /**
     * Put an archived task back on a given day.
     *
     * MCP tool `unarchive_task`
     */
    unarchiveTask(args: Args<operations["unarchiveTask"]>, options?: CallOptions): Promise<Result<Data<operations["unarchiveTask"]>>>;
    /**
     * Turn a calendar event into a task.
     *
     * MCP tool `import_task_from_calendar_event`
     */
    importTaskFromCalendarEvent(args: Args<operations["importTaskFromCalendarEvent"]>, options?: CallOptions): Promise<Result<Data<operations["importTaskFromCalendarEvent"]>>>;
    /**
     * File a task under one of the workspace's Sunsama channels.
     *
     * MCP tool `add_task_to_channel`
     */
    addTaskToChannel(args: Args<operations["addTaskToChannel"]>, options?: CallOptions): Promise<Result<Data<operations["addTaskToChannel"]>>>;
    /**
     * Create a Sunsama channel (a project or context for tasks).
     *
     * MCP tool `create_channel`
     */
    createChannel(args: Args<operations["createChannel"]>, options?: CallOptions): Promise<Result<Data<operations["createChannel"]>>>;
    /**
     * Create a goal for the week starting on a given day.
     *
     * MCP tool `create_weekly_objective`
     */
    createWeeklyObjective(args: Args<operations["createWeeklyObjective"]>, options?: CallOptions): Promise<Result<Data<operations["createWeeklyObjective"]>>>;
    /**
     * Link a task to a weekly objective.
     *
     * MCP tool `align_task_with_objective`
     */
    alignTaskWithObjective(args: Args<operations["alignTaskWithObjective"]>, options?: CallOptions): Promise<Result<Data<operations["alignTaskWithObjective"]>>>;
    /**
     * Add one or more subtasks to a task.
     *
     * MCP tool `add_subtasks_to_task`
     */
    addSubtasksToTask(args: Args<operations["addSubtasksToTask"]>, options?: CallOptions): Promise<Result<Data<operations["addSubtasksToTask"]>>>;
    /**
     * Rename a subtask.
     *
     * MCP tool `edit_subtask_title`
     */
    editSubtaskTitle(args: Args<operations["editSubtaskTitle"]>, options?: CallOptions): Promise<Result<Data<operations["editSubtaskTitle"]>>>;
    /**
     * Tick off a subtask.
     *
     * MCP tool `mark_subtask_as_completed`
     */
    markSubtaskAsCompleted(args: Args<operations["markSubtaskAsCompleted"]>, options?: CallOptions): Promise<Result<Data<operations["markSubtaskAsCompleted"]>>>;
    /**
     * Untick a subtask.
     *
     * MCP tool `mark_subtask_as_incomplete`
     */
    markSubtaskAsIncomplete(args: Args<operations["markSubtaskAsIncomplete"]>, options?: CallOptions): Promise<Result<Data<operations["markSubtaskAsIncomplete"]>>>;
    /**
     * List the tasks in the backlog.
     *
     * MCP tool `get_backlog_tasks`
     */
    getBacklogTasks(args: Args<operations["getBacklogTasks"]>, options?: CallOptions): Promise<Result<Data<operations["getBacklogTasks"]>>>;
    /**
     * Add a task to the backlog under a rough time horizon.
     *
     * MCP tool `create_braindump_task`
     */
    createBraindumpTask(args: Args<operations["createBraindumpTask"]>, options?: CallOptions): Promise<Result<Data<operations["createBraindumpTask"]>>>;
    /**
     * Take a task off its day and put it in the backlog.
     *
     * MCP tool `move_task_to_backlog`
     */
    moveTaskToBacklog(args: Args<operations["moveTaskToBacklog"]>, options?: CallOptions): Promise<Result<Data<operations["moveTaskToBacklog"]>>>;
    /**
     * Schedule a backlog task on a given day.
     *
     * MCP tool `move_task_from_backlog`
     */
    moveTaskFromBacklog(args: Args<operations["moveTaskFromBacklog"]>, options?: CallOptions): Promise<Result<Data<operations["moveTaskFromBacklog"]>>>;
    /**
     * Move a backlog task to another time horizon.
     *
     * MCP tool `reposition_task_in_backlog`
     */
    repositionTaskInBacklog(args: Args<operations["repositionTaskInBacklog"]>, options?: CallOptions): Promise<Result<Data<operations["repositionTaskInBacklog"]>>>;
    /**
     * Move one or more backlog tasks to another folder.
     *
     * MCP tool `change_backlog_folder`
     */
    changeBacklogFolder(args: Args<operations["changeBacklogFolder"]>, options?: CallOptions): Promise<Result<Data<operations["changeBacklogFolder"]>>>;
    /**
     * Make a task repeat, or change how it repeats.
     *
     * MCP tool `edit_task_recurrence_rule`
     */
    editTaskRecurrenceRule(args: Args<operations["editTaskRecurrenceRule"]>, options?: CallOptions): Promise<Result<Data<operations["editTaskRecurrenceRule"]>>>;
    /**
     * Copy a recurring task's current fields onto every unfinished instance of its series.
     *
     * MCP tool `update_all_incomplete_recurring_task_instances`
     */
    updateAllIncompleteRecurringTaskInstances(args: Args<operations["updateAllIncompleteRecurringTaskInstances"]>, options?: CallOptions): Promise<Result<Data<operations["updateAllIncompleteRecurringTaskInstances"]>>>;
    /**
     * Delete every unfinished future instance of a recurring task.
     *
     * MCP tool `delete_all_incomplete_recurring_task_instances`
     */
    deleteAllIncompleteRecurringTaskInstances(args: Args<operations["deleteAllIncompleteRecurringTaskInstances"]>, options?: CallOptions): Promise<Result<Data<operations["deleteAllIncompleteRecurringTaskInstances"]>>>;
    /**
     * Start tracking time on a task.
     *
     * MCP tool `start_task_timer`
     */
    startTaskTimer(args: Args<operations["startTaskTimer"]>, options?: CallOptions): Promise<Result<Data<operations["startTaskTimer"]>>>;
    /**
     * Stop tracking time on a task.
     *
     * MCP tool `stop_task_timer`
     */
    stopTaskTimer(args: Args<operations["stopTaskTimer"]>, options?: CallOptions): Promise<Result<Data<operations["stopTaskTimer"]>>>;
    /**
     * Block time on the calendar for a task at a given date and time.
     *
     * MCP tool `timebox_a_task_to_calendar`
     */
    timeboxTaskToCalendar(args: Args<operations["timeboxTaskToCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["timeboxTaskToCalendar"]>>>;
    /**
     * Create an event on the user's connected calendar.
     *
     * MCP tool `create_calendar_event`
     */
    createCalendarEvent(args: Args<operations["createCalendarEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createCalendarEvent"]>>>;
    /**
     * Move a calendar event to a new start time.
     *
     * MCP tool `move_calendar_event`
     */
    moveCalendarEvent(args: Args<operations["moveCalendarEvent"]>, options?: CallOptions): Promise<Result<Data<operations["moveCalendarEvent"]>>>;
    /**
     * Delete an event from the user's connected calendar.
     *
     * MCP tool `delete_calendar_event`
     */
    deleteCalendarEvent(args: Args<operations["deleteCalendarEvent"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCalendarEvent"]>>>;
    /**
     * Accept a meeting invitation.
     *
     * MCP tool `accept_meeting_invite`
     */
    acceptMeetingInvite(args: Args<operations["acceptMeetingInvite"]>, options?: CallOptions): Promise<Result<Data<operations["acceptMeetingInvite"]>>>;
    /**
     * Decline a meeting invitation.
     *
     * MCP tool `decline_meeting_invite`
     */
    declineMeetingInvite(args: Args<operations["declineMeetingInvite"]>, options?: CallOptions): Promise<Result<Data<operations["declineMeetingInvite"]>>>;
    /**
     * Choose whether tasks may be planned at the same time as an event.
     *
     * MCP tool `set_calendar_event_allow_task_projections`
     */
    setCalendarEventAllowTaskProjections(args: Args<operations["setCalendarEventAllowTaskProjections"]>, options?: CallOptions): Promise<Result<Data<operations["setCalendarEventAllowTaskProjections"]>>>;
    /**
     * Turn automatic import of calendar events into the plan on or off.
     *
     * MCP tool `toggle_auto_import_events`
     */
    toggleAutoImportEvents(args: Args<operations["toggleAutoImportEvents"]>, options?: CallOptions): Promise<Result<Data<operations["toggleAutoImportEvents"]>>>;
    /**
     * Set which calendar events are kept out of the automatic import.
     *
     * MCP tool `update_import_event_filters`
     */
    updateImportEventFilters(args: Args<operations["updateImportEventFilters"]>, options?: CallOptions): Promise<Result<Data<operations["updateImportEventFilters"]>>>;
    /**
     * Change the Sunsama preferences of one calendar.
     *
     * MCP tool `update_calendar_preferences`
     */
    updateCalendarPreferences(args: Args<operations["updateCalendarPreferences"]>, options?: CallOptions): Promise<Result<Data<operations["updateCalendarPreferences"]>>>;
    /**
     * List email threads of a connected mail account.
     *
     * MCP tool `list_email_threads`
     */
    listEmailThreads(args: Args<operations["listEmailThreads"]>, options?: CallOptions): Promise<Result<Data<operations["listEmailThreads"]>>>;
    /**
     * Mark an email thread read.
     *
     * MCP tool `mark_email_thread_as_read`
     */
    markEmailThreadAsRead(args: Args<operations["markEmailThreadAsRead"]>, options?: CallOptions): Promise<Result<Data<operations["markEmailThreadAsRead"]>>>;
    /**
     * Delete an email thread and its messages.
     *
     * MCP tool `delete_email_thread`
     */
    deleteEmailThread(args: Args<operations["deleteEmailThread"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEmailThread"]>>>;
    /**
     * Create a follow-up task from an email thread.
     *
     * MCP tool `create_follow_up_task_from_email`
     */
    createFollowUpTaskFromEmail(args: Args<operations["createFollowUpTaskFromEmail"]>, options?: CallOptions): Promise<Result<Data<operations["createFollowUpTaskFromEmail"]>>>;
    /**
     * Set the time the workday ends on a given day.
     *
     * MCP tool `set_shutdown_time`
     */
    setShutdownTime(args: Args<operations["setShutdownTime"]>, options?: CallOptions): Promise<Result<Data<operations["setShutdownTime"]>>>;
    /**
     * Book the next accountability call.
     *
     * MCP tool `schedule_next_call`
     */
    scheduleNextCall(args: Args<operations["scheduleNextCall"]>, options?: CallOptions): Promise<Result<Data<operations["scheduleNextCall"]>>>;
    /**
     * Send feedback to Sunsama.
     *
     * MCP tool `log_user_feedback`
     */
    logUserFeedback(args: Args<operations["logUserFeedback"]>, options?: CallOptions): Promise<Result<Data<operations["logUserFeedback"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Sunsama client: `const api = sunsama(new Switchboard({ baseUrl, apiKey }))`.
 */
export function sunsama(client: Switchboard): SunsamaClient {
    const app = "sunsama";
    return {
        searchTasks: (args, options) => client.call(app, routes.searchTasks, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        editTaskTitle: (args, options) => client.call(app, routes.editTaskTitle, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        restoreTask: (args, options) => client.call(app, routes.restoreTask, args, options),
        markTaskAsCompleted: (args, options) => client.call(app, routes.markTaskAsCompleted, args, options),
        markTaskAsIncomplete: (args, options) => client.call(app, routes.markTaskAsIncomplete, args, options),
        appendTaskNotes: (args, options) => client.call(app, routes.appendTaskNotes, args, options),
        editTaskTimeEstimate: (args, options) => client.call(app, routes.editTaskTimeEstimate, args, options),
        getTaskTimeEstimate: (args, options) => client.call(app, routes.getTaskTimeEstimate, args, options),
        moveTaskToDay: (args, options) => client.call(app, routes.moveTaskToDay, args, options),
        reorderTasks: (args, options) => client.call(app, routes.reorderTasks, args, options),
        getArchivedTasks: (args, options) => client.call(app, routes.getArchivedTasks, args, options),
        unarchiveTask: (args, options) => client.call(app, routes.unarchiveTask, args, options),
        importTaskFromCalendarEvent: (args, options) => client.call(app, routes.importTaskFromCalendarEvent, args, options),
        addTaskToChannel: (args, options) => client.call(app, routes.addTaskToChannel, args, options),
        createChannel: (args, options) => client.call(app, routes.createChannel, args, options),
        createWeeklyObjective: (args, options) => client.call(app, routes.createWeeklyObjective, args, options),
        alignTaskWithObjective: (args, options) => client.call(app, routes.alignTaskWithObjective, args, options),
        addSubtasksToTask: (args, options) => client.call(app, routes.addSubtasksToTask, args, options),
        editSubtaskTitle: (args, options) => client.call(app, routes.editSubtaskTitle, args, options),
        markSubtaskAsCompleted: (args, options) => client.call(app, routes.markSubtaskAsCompleted, args, options),
        markSubtaskAsIncomplete: (args, options) => client.call(app, routes.markSubtaskAsIncomplete, args, options),
        getBacklogTasks: (args, options) => client.call(app, routes.getBacklogTasks, args, options),
        createBraindumpTask: (args, options) => client.call(app, routes.createBraindumpTask, args, options),
        moveTaskToBacklog: (args, options) => client.call(app, routes.moveTaskToBacklog, args, options),
        moveTaskFromBacklog: (args, options) => client.call(app, routes.moveTaskFromBacklog, args, options),
        repositionTaskInBacklog: (args, options) => client.call(app, routes.repositionTaskInBacklog, args, options),
        changeBacklogFolder: (args, options) => client.call(app, routes.changeBacklogFolder, args, options),
        editTaskRecurrenceRule: (args, options) => client.call(app, routes.editTaskRecurrenceRule, args, options),
        updateAllIncompleteRecurringTaskInstances: (args, options) => client.call(app, routes.updateAllIncompleteRecurringTaskInstances, args, options),
        deleteAllIncompleteRecurringTaskInstances: (args, options) => client.call(app, routes.deleteAllIncompleteRecurringTaskInstances, args, options),
        startTaskTimer: (args, options) => client.call(app, routes.startTaskTimer, args, options),
        stopTaskTimer: (args, options) => client.call(app, routes.stopTaskTimer, args, options),
        timeboxTaskToCalendar: (args, options) => client.call(app, routes.timeboxTaskToCalendar, args, options),
        createCalendarEvent: (args, options) => client.call(app, routes.createCalendarEvent, args, options),
        moveCalendarEvent: (args, options) => client.call(app, routes.moveCalendarEvent, args, options),
        deleteCalendarEvent: (args, options) => client.call(app, routes.deleteCalendarEvent, args, options),
        acceptMeetingInvite: (args, options) => client.call(app, routes.acceptMeetingInvite, args, options),
        declineMeetingInvite: (args, options) => client.call(app, routes.declineMeetingInvite, args, options),
        setCalendarEventAllowTaskProjections: (args, options) => client.call(app, routes.setCalendarEventAllowTaskProjections, args, options),
        toggleAutoImportEvents: (args, options) => client.call(app, routes.toggleAutoImportEvents, args, options),
        updateImportEventFilters: (args, options) => client.call(app, routes.updateImportEventFilters, args, options),
        updateCalendarPreferences: (args, options) => client.call(app, routes.updateCalendarPreferences, args, options),
        listEmailThreads: (args, options) => client.call(app, routes.listEmailThreads, args, options),
        markEmailThreadAsRead: (args, options) => client.call(app, routes.markEmailThreadAsRead, args, options),
        deleteEmailThread: (args, options) => client.call(app, routes.deleteEmailThread, args, options),
        createFollowUpTaskFromEmail: (args, options) => client.call(app, routes.createFollowUpTaskFromEmail, args, options),
        setShutdownTime: (args, options) => client.call(app, routes.setShutdownTime, args, options),
        scheduleNextCall: (args, options) => client.call(app, routes.scheduleNextCall, args, options),
        logUserFeedback: (args, options) => client.call(app, routes.logUserFeedback, args, options),
    };
}