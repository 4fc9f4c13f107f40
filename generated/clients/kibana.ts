// Generated from providers/kibana.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/kibana.js';

/**
 * Kibana through the Switchboard gateway: Saved objects, data views, spaces, alerting rules, connectors, cases, Fleet and roles of a Kibana instance.
 */
export interface KibanaClient {
    /** Read Kibana's version and the health of its core services and plugins. `GET /api/status` */
    getStatus: Call<operations["getStatus"]>;
    /** List the Kibana features that spaces and roles can turn on or off. `GET /api/features` */
    listFeatures: Call<operations["listFeatures"]>;
    /** Search saved objects of one or more types, a page at a time. `GET /api/saved_objects/_find` */
    findSavedObjects: Paged<operations["findSavedObjects"]>;
    /** Read one saved object by type and id. `GET /api/saved_objects/{type}/{id}` */
    getSavedObject: Call<operations["getSavedObject"]>;
    /** Create a saved object under the given id, or replace it when overwrite is true. `POST /api/saved_objects/{type}/{id}` */
    createSavedObject: Call<operations["createSavedObject"]>;
    /** Delete a saved object. `DELETE /api/saved_objects/{type}/{id}` */
    deleteSavedObject: Call<operations["deleteSavedObject"]>;
    /** List the data views of the current space. `GET /api/data_views` */
    listDataViews: Call<operations["listDataViews"]>;
    /** Read one data view with its fields and settings. `GET /api/data_views/data_view/{id}` */
    getDataView: Call<operations["getDataView"]>;
    /** Create a data view over an index pattern, optionally naming its time field. `POST /api/data_views/data_view` */
    createDataView: Call<operations["createDataView"]>;
    /** Delete a data view. `DELETE /api/data_views/data_view/{id}` */
    deleteDataView: Call<operations["deleteDataView"]>;
    /** List the spaces the credentials can see. `GET /api/spaces/space` */
    listSpaces: Call<operations["listSpaces"]>;
    /** Read one space. `GET /api/spaces/space/{id}` */
    getSpace: Call<operations["getSpace"]>;
    /** Create a space with an id, a name and optionally disabled features. `POST /api/spaces/space` */
    createSpace: Call<operations["createSpace"]>;
    /** Delete a space together with every saved object in it. `DELETE /api/spaces/space/{id}` */
    deleteSpace: Call<operations["deleteSpace"]>;
    /** Search alerting rules, a page at a time. `GET /api/alerting/rules/_find` */
    findRules: Paged<operations["findRules"]>;
    /** Read one alerting rule with its schedule, parameters and actions. `GET /api/alerting/rule/{id}` */
    getRule: Call<operations["getRule"]>;
    /** Turn a rule on so that it runs on its schedule again. `POST /api/alerting/rule/{id}/_enable` */
    enableRule: Call<operations["enableRule"]>;
    /** Turn a rule off; its active alerts are untracked unless told otherwise. `POST /api/alerting/rule/{id}/_disable` */
    disableRule: Call<operations["disableRule"]>;
    /** List the connectors (email, Slack, webhook, …) of the current space. `GET /api/actions/connectors` */
    listConnectors: Call<operations["listConnectors"]>;
    /** Read one connector's type and settings (secrets are never returned). `GET /api/actions/connector/{id}` */
    getConnector: Call<operations["getConnector"]>;
    /** Run a connector once with the given parameters, such as sending a test message. `POST /api/actions/connector/{id}/_execute` */
    executeConnector: Call<operations["executeConnector"]>;
    /** List Fleet agent policies, a page at a time. `GET /api/fleet/agent_policies` */
    listAgentPolicies: Paged<operations["listAgentPolicies"]>;
    /** List Elastic Agents enrolled in Fleet, a page at a time. `GET /api/fleet/agents` */
    listAgents: Paged<operations["listAgents"]>;
    /** List the integration packages available to or installed in Fleet. `GET /api/fleet/epm/packages` */
    listPackages: Call<operations["listPackages"]>;
    /** List the roles with their Elasticsearch and Kibana privileges. `GET /api/security/role` */
    listRoles: Call<operations["listRoles"]>;
    /** Search cases by status, severity, tags, owner or text, a page at a time. `GET /api/cases/_find` */
    findCases: Paged<operations["findCases"]>;
}

const routes: Routes<KibanaClient> = {
    getStatus: {"method":"GET","path":"/api/status"},
    listFeatures: {"method":"GET","path":"/api/features"},
    findSavedObjects: {"method":"GET","path":"/api/saved_objects/_find","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"saved_objects"}},
    getSavedObject: {"method":"GET","path":"/api/saved_objects/{type}/{id}"},
    createSavedObject: {"method":"POST","path":"/api/saved_objects/{type}/{id}","body":"application/json"},
    deleteSavedObject: {"method":"DELETE","path":"/api/saved_objects/{type}/{id}"},
    listDataViews: {"method":"GET","path":"/api/data_views"},
    getDataView: {"method":"GET","path":"/api/data_views/data_view/{id}"},
    createDataView: {"method":"POST","path":"/api/data_views/data_view","body":"application/json"},
    deleteDataView: {"method":"DELETE","path":"/api/data_views/data_view/{id}"},
    listSpaces: {"method":"GET","path":"/api/spaces/space"},
    getSpace: {"method":"GET","path":"/api/spaces/space/{id}"},
    createSpace: {"method":"POST","path":"/api/spaces/space","body":"application/json"},
    deleteSpace: {"method":"DELETE","path":"/api/spaces/space/{id}"},
    findRules: {"method":"GET","path":"/api/alerting/rules/_find","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getRule: {"method":"GET","path":"/api/alerting/rule/{id}"},
    enableRule: {"method":"POST","path":"/api/alerting/rule/{id}/_enable"},
    disableRule: {"method":"POST","path":"/api/alerting/rule/{id}/_disable","body":"application/json"},
    listConnectors: {"method":"GET","path":"/api/actions/connectors"},
    getConnector: {"method":"GET","path":"/api/actions/connector/{id}"},
    executeConnector: {"method":"POST","path":"/api/actions/connector/{id}/_execute","body":"application/json"},
    listAgentPolicies: {"method":"GET","path":"/api/fleet/agent_policies","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items"}},
    listAgents: {"method":"GET","path":"/api/fleet/agents","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items"}},
    listPackages: {"method":"GET","path":"/api/fleet/epm/packages"},
    listRoles: {"method":"GET","path":"/api/security/role"},
    findCases: {"method":"GET","path":"/api/cases/_find","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"cases"}},
};

/**
 * The Kibana client: `const api = kibana(new Switchboard({ baseUrl, apiKey }))`.
 */
export const kibana = (sb: Switchboard): KibanaClient => bindClient<KibanaClient>(sb, "kibana", routes);
