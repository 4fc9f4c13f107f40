// Generated from providers/grafana.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/grafana.js';

/**
 * Grafana through the Switchboard gateway: Dashboards, folders, data sources, annotations, teams, alert rules, service accounts and plugins of a Grafana instance.
 */
export interface GrafanaClient {
    /** Read the organisation the credentials act in. `GET /api/org` */
    getCurrentOrg: Call<operations["getCurrentOrg"]>;
    /** Read the signed-in user (or the service account behind the token). `GET /api/user` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** Search dashboards and folders by title, tag, folder or starred state. `GET /api/search` */
    searchDashboards: Paged<operations["searchDashboards"]>;
    /** Read a dashboard's JSON model and its metadata. `GET /api/dashboards/uid/{uid}` */
    getDashboard: Call<operations["getDashboard"]>;
    /** Create a dashboard, or replace one with the same uid, from its JSON model. `POST /api/dashboards/db` */
    saveDashboard: Call<operations["saveDashboard"]>;
    /** Delete a dashboard. `DELETE /api/dashboards/uid/{uid}` */
    deleteDashboard: Call<operations["deleteDashboard"]>;
    /** List the folders the credentials can see, one level at a time. `GET /api/folders` */
    listFolders: Paged<operations["listFolders"]>;
    /** Read one folder with its permissions summary. `GET /api/folders/{uid}` */
    getFolder: Call<operations["getFolder"]>;
    /** Create a folder, optionally inside another folder. `POST /api/folders` */
    createFolder: Call<operations["createFolder"]>;
    /** Delete a folder together with the dashboards in it. `DELETE /api/folders/{uid}` */
    deleteFolder: Call<operations["deleteFolder"]>;
    /** List the organisation's data sources. `GET /api/datasources` */
    listDataSources: Call<operations["listDataSources"]>;
    /**
     * Read a data source by numeric id (deprecated in favour of the uid form). `GET /api/datasources/{id}`
     * @deprecated
     */
    getDataSource: Call<operations["getDataSource"]>;
    /** Read a data source by uid. `GET /api/datasources/uid/{uid}` */
    getDataSourceByUid: Call<operations["getDataSourceByUid"]>;
    /** Read a data source by its name. `GET /api/datasources/name/{name}` */
    getDataSourceByName: Call<operations["getDataSourceByName"]>;
    /** Add a data source. `POST /api/datasources` */
    createDataSource: Call<operations["createDataSource"]>;
    /**
     * Delete a data source by numeric id (deprecated in favour of the uid form). `DELETE /api/datasources/{id}`
     * @deprecated
     */
    deleteDataSource: Call<operations["deleteDataSource"]>;
    /** List annotations in a time range, by dashboard, panel, user, type or tags. `GET /api/annotations` */
    listAnnotations: Call<operations["listAnnotations"]>;
    /** Add an annotation to a dashboard panel or, without a dashboard, to the organisation. `POST /api/annotations` */
    createAnnotation: Call<operations["createAnnotation"]>;
    /** Delete an annotation. `DELETE /api/annotations/{id}` */
    deleteAnnotation: Call<operations["deleteAnnotation"]>;
    /** Search the organisation's teams by name. `GET /api/teams/search` */
    searchTeams: Paged<operations["searchTeams"]>;
    /** Create a team in the organisation. `POST /api/teams` */
    createTeam: Call<operations["createTeam"]>;
    /** List Grafana-managed alert rules through the provisioning API. `GET /api/v1/provisioning/alert-rules` */
    listProvisionedAlertRules: Call<operations["listProvisionedAlertRules"]>;
    /** List Grafana-managed alert rules grouped by folder and rule group (ruler format). `GET /api/ruler/grafana/api/v1/rules` */
    listRulerRules: Call<operations["listRulerRules"]>;
    /** Search the organisation's service accounts. `GET /api/serviceaccounts/search` */
    searchServiceAccounts: Paged<operations["searchServiceAccounts"]>;
    /** List installed plugins (data sources, panels, apps). `GET /api/plugins` */
    listPlugins: Call<operations["listPlugins"]>;
}

const routes: Routes<GrafanaClient> = {
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
};

/**
 * The Grafana client: `const api = grafana(new Switchboard({ baseUrl, apiKey }))`.
 */
export const grafana = (sb: Switchboard): GrafanaClient => bindClient<GrafanaClient>(sb, "grafana", routes);
