// Generated from providers/grafana.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/grafana.js';

/**
 * Grafana through the Switchboard gateway: Dashboards, folders, data sources, annotations, teams, alert rules, service accounts and plugins of a Grafana instance.
 */
export interface GrafanaClient {
    /**
     * Read the organisation the credentials act in.
     *
     * `GET /api/org`
     */
    getCurrentOrg(args?: Args<operations["getCurrentOrg"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentOrg"]>>>;
    /**
     * Read the signed-in user (or the service account behind the token).
     *
     * `GET /api/user`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * Search dashboards and folders by title, tag, folder or starred state.
     *
     * `GET /api/search`
     */
    searchDashboards: {
        (args?: Args<operations["searchDashboards"]>, options?: CallOptions): Promise<Result<Data<operations["searchDashboards"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["searchDashboards"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchDashboards"]>, void, undefined>;
    };
    /**
     * Read a dashboard's JSON model and its metadata.
     *
     * `GET /api/dashboards/uid/{uid}`
     */
    getDashboard(args: Args<operations["getDashboard"]>, options?: CallOptions): Promise<Result<Data<operations["getDashboard"]>>>;
    /**
     * Create a dashboard, or replace one with the same uid, from its JSON model.
     *
     * `POST /api/dashboards/db`
     */
    saveDashboard(args: Args<operations["saveDashboard"]>, options?: CallOptions): Promise<Result<Data<operations["saveDashboard"]>>>;
    /**
     * Delete a dashboard.
     *
     * `DELETE /api/dashboards/uid/{uid}`
     */
    deleteDashboard(args: Args<operations["deleteDashboard"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDashboard"]>>>;
    /**
     * List the folders the credentials can see, one level at a time.
     *
     * `GET /api/folders`
     */
    listFolders: {
        (args?: Args<operations["listFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listFolders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFolders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolders"]>, void, undefined>;
    };
    /**
     * Read one folder with its permissions summary.
     *
     * `GET /api/folders/{uid}`
     */
    getFolder(args: Args<operations["getFolder"]>, options?: CallOptions): Promise<Result<Data<operations["getFolder"]>>>;
    /**
     * Create a folder, optionally inside another folder.
     *
     * `POST /api/folders`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Delete a folder together with the dashboards in it.
     *
     * `DELETE /api/folders/{uid}`
     */
    deleteFolder(args: Args<operations["deleteFolder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFolder"]>>>;
    /**
     * List the organisation's data sources.
     *
     * `GET /api/datasources`
     */
    listDataSources(args?: Args<operations["listDataSources"]>, options?: CallOptions): Promise<Result<Data<operations["listDataSources"]>>>;
    /**
     * Read a data source by numeric id (deprecated in favour of the uid form).
     *
     * `GET /api/datasources/{id}`
     * @deprecated
     */
    getDataSource(args: Args<operations["getDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["getDataSource"]>>>;
    /**
     * Read a data source by uid.
     *
     * `GET /api/datasources/uid/{uid}`
     */
    getDataSourceByUid(args: Args<operations["getDataSourceByUid"]>, options?: CallOptions): Promise<Result<Data<operations["getDataSourceByUid"]>>>;
    /**
     * Read a data source by its name.
     *
     * `GET /api/datasources/name/{name}`
     */
    getDataSourceByName(args: Args<operations["getDataSourceByName"]>, options?: CallOptions): Promise<Result<Data<operations["getDataSourceByName"]>>>;
    /**
     * Add a data source.
     *
     * `POST /api/datasources`
     */
    createDataSource(args: Args<operations["createDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["createDataSource"]>>>;
    /**
     * Delete a data source by numeric id (deprecated in favour of the uid form).
     *
     * `DELETE /api/datasources/{id}`
     * @deprecated
     */
    deleteDataSource(args: Args<operations["deleteDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDataSource"]>>>;
    /**
     * List annotations in a time range, by dashboard, panel, user, type or tags.
     *
     * `GET /api/annotations`
     */
    listAnnotations(args?: Args<operations["listAnnotations"]>, options?: CallOptions): Promise<Result<Data<operations["listAnnotations"]>>>;
    /**
     * Add an annotation to a dashboard panel or, without a dashboard, to the organisation.
     *
     * `POST /api/annotations`
     */
    createAnnotation(args: Args<operations["createAnnotation"]>, options?: CallOptions): Promise<Result<Data<operations["createAnnotation"]>>>;
    /**
     * Delete an annotation.
     *
     * `DELETE /api/annotations/{id}`
     */
    deleteAnnotation(args: Args<operations["deleteAnnotation"]>, options?: CallOptions): Promise<Result<Data<operations["deleteAnnotation"]>>>;
    /**
     * Search the organisation's teams by name.
     *
     * `GET /api/teams/search`
     */
    searchTeams: {
        (args?: Args<operations["searchTeams"]>, options?: CallOptions): Promise<Result<Data<operations["searchTeams"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["searchTeams"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchTeams"]>, void, undefined>;
    };
    /**
     * Create a team in the organisation.
     *
     * `POST /api/teams`
     */
    createTeam(args: Args<operations["createTeam"]>, options?: CallOptions): Promise<Result<Data<operations["createTeam"]>>>;
    /**
     * List Grafana-managed alert rules through the provisioning API.
     *
     * `GET /api/v1/provisioning/alert-rules`
     */
    listProvisionedAlertRules(args?: Args<operations["listProvisionedAlertRules"]>, options?: CallOptions): Promise<Result<Data<operations["listProvisionedAlertRules"]>>>;
    /**
     * List Grafana-managed alert rules grouped by folder and rule group (ruler format).
     *
     * `GET /api/ruler/grafana/api/v1/rules`
     */
    listRulerRules(args?: Args<operations["listRulerRules"]>, options?: CallOptions): Promise<Result<Data<operations["listRulerRules"]>>>;
    /**
     * Search the organisation's service accounts.
     *
     * `GET /api/serviceaccounts/search`
     */
    searchServiceAccounts: {
        (args?: Args<operations["searchServiceAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["searchServiceAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["searchServiceAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchServiceAccounts"]>, void, undefined>;
    };
    /**
     * List installed plugins (data sources, panels, apps).
     *
     * `GET /api/plugins`
     */
    listPlugins(args?: Args<operations["listPlugins"]>, options?: CallOptions): Promise<Result<Data<operations["listPlugins"]>>>;
}

const routes = {
    getCurrentOrg: {"method":"GET","path":"/api/org"},
    getCurrentUser: {"method":"GET","path":"/api/user"},
    searchDashboards: {"method":"GET","path":"/api/search","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getDashboard: {"method":"GET","path":"/api/dashboards/uid/{uid}"},
    saveDashboard: {"method":"POST","path":"/api/dashboards/db","body":"application/json"},
    deleteDashboard: {"method":"DELETE","path":"/api/dashboards/uid/{uid}"},
    listFolders: {"method":"GET","path":"/api/folders","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getFolder: {"method":"GET","path":"/api/folders/{uid}"},
    createFolder: {"method":"POST","path":"/api/folders","body":"application/json"},
    deleteFolder: {"method":"DELETE","path":"/api/folders/{uid}"},
    listDataSources: {"method":"GET","path":"/api/datasources"},
    getDataSource: {"method":"GET","path":"/api/datasources/{id}"},
    getDataSourceByUid: {"method":"GET","path":"/api/datasources/uid/{uid}"},
    getDataSourceByName: {"method":"GET","path":"/api/datasources/name/{name}"},
    createDataSource: {"method":"POST","path":"/api/datasources","body":"application/json"},
    deleteDataSource: {"method":"DELETE","path":"/api/datasources/{id}"},
    listAnnotations: {"method":"GET","path":"/api/annotations"},
    createAnnotation: {"method":"POST","path":"/api/annotations","body":"application/json"},
    deleteAnnotation: {"method":"DELETE","path":"/api/annotations/{id}"},
    searchTeams: {"method":"GET","path":"/api/teams/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"teams"}},
    createTeam: {"method":"POST","path":"/api/teams","body":"application/json"},
    listProvisionedAlertRules: {"method":"GET","path":"/api/v1/provisioning/alert-rules"},
    listRulerRules: {"method":"GET","path":"/api/ruler/grafana/api/v1/rules"},
    searchServiceAccounts: {"method":"GET","path":"/api/serviceaccounts/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"serviceAccounts"}},
    listPlugins: {"method":"GET","path":"/api/plugins"},
} satisfies Record<string, Route>;

/**
 * The Grafana client: `const api = grafana(new Switchboard({ baseUrl, apiKey }))`.
 */
export function grafana(client: Switchboard): GrafanaClient {
    const app = "grafana";
    return {
        getCurrentOrg: (args, options) => client.call(app, routes.getCurrentOrg, args, options),
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        searchDashboards: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchDashboards, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchDashboards, args, options) }) as GrafanaClient["searchDashboards"],
        getDashboard: (args, options) => client.call(app, routes.getDashboard, args, options),
        saveDashboard: (args, options) => client.call(app, routes.saveDashboard, args, options),
        deleteDashboard: (args, options) => client.call(app, routes.deleteDashboard, args, options),
        listFolders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolders, args, options) }) as GrafanaClient["listFolders"],
        getFolder: (args, options) => client.call(app, routes.getFolder, args, options),
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        deleteFolder: (args, options) => client.call(app, routes.deleteFolder, args, options),
        listDataSources: (args, options) => client.call(app, routes.listDataSources, args, options),
        getDataSource: (args, options) => client.call(app, routes.getDataSource, args, options),
        getDataSourceByUid: (args, options) => client.call(app, routes.getDataSourceByUid, args, options),
        getDataSourceByName: (args, options) => client.call(app, routes.getDataSourceByName, args, options),
        createDataSource: (args, options) => client.call(app, routes.createDataSource, args, options),
        deleteDataSource: (args, options) => client.call(app, routes.deleteDataSource, args, options),
        listAnnotations: (args, options) => client.call(app, routes.listAnnotations, args, options),
        createAnnotation: (args, options) => client.call(app, routes.createAnnotation, args, options),
        deleteAnnotation: (args, options) => client.call(app, routes.deleteAnnotation, args, options),
        searchTeams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchTeams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchTeams, args, options) }) as GrafanaClient["searchTeams"],
        createTeam: (args, options) => client.call(app, routes.createTeam, args, options),
        listProvisionedAlertRules: (args, options) => client.call(app, routes.listProvisionedAlertRules, args, options),
        listRulerRules: (args, options) => client.call(app, routes.listRulerRules, args, options),
        searchServiceAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchServiceAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchServiceAccounts, args, options) }) as GrafanaClient["searchServiceAccounts"],
        listPlugins: (args, options) => client.call(app, routes.listPlugins, args, options),
    };
}