// Generated from providers/kibana.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/kibana.js';

/**
 * Kibana through the Switchboard gateway: Saved objects, data views, spaces, alerting rules, connectors, cases, Fleet and roles of a Kibana instance.
 */
export interface KibanaClient {
    /**
     * Read Kibana's version and the health of its core services and plugins.
     *
     * `GET /api/status`
     */
    getStatus(args?: Args<operations["getStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getStatus"]>>>;
    /**
     * List the Kibana features that spaces and roles can turn on or off.
     *
     * `GET /api/features`
     */
    listFeatures(args?: Args<operations["listFeatures"]>, options?: CallOptions): Promise<Result<Data<operations["listFeatures"]>>>;
    /**
     * Search saved objects of one or more types, a page at a time.
     *
     * `GET /api/saved_objects/_find`
     */
    findSavedObjects: {
        (args: Args<operations["findSavedObjects"]>, options?: CallOptions): Promise<Result<Data<operations["findSavedObjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["findSavedObjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["findSavedObjects"]>, void, undefined>;
    };
    /**
     * Read one saved object by type and id.
     *
     * `GET /api/saved_objects/{type}/{id}`
     */
    getSavedObject(args: Args<operations["getSavedObject"]>, options?: CallOptions): Promise<Result<Data<operations["getSavedObject"]>>>;
    /**
     * Create a saved object under the given id, or replace it when overwrite is true.
     *
     * `POST /api/saved_objects/{type}/{id}`
     */
    createSavedObject(args: Args<operations["createSavedObject"]>, options?: CallOptions): Promise<Result<Data<operations["createSavedObject"]>>>;
    /**
     * Delete a saved object.
     *
     * `DELETE /api/saved_objects/{type}/{id}`
     */
    deleteSavedObject(args: Args<operations["deleteSavedObject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSavedObject"]>>>;
    /**
     * List the data views of the current space.
     *
     * `GET /api/data_views`
     */
    listDataViews(args?: Args<operations["listDataViews"]>, options?: CallOptions): Promise<Result<Data<operations["listDataViews"]>>>;
    /**
     * Read one data view with its fields and settings.
     *
     * `GET /api/data_views/data_view/{id}`
     */
    getDataView(args: Args<operations["getDataView"]>, options?: CallOptions): Promise<Result<Data<operations["getDataView"]>>>;
    /**
     * Create a data view over an index pattern, optionally naming its time field.
     *
     * `POST /api/data_views/data_view`
     */
    createDataView(args: Args<operations["createDataView"]>, options?: CallOptions): Promise<Result<Data<operations["createDataView"]>>>;
    /**
     * Delete a data view.
     *
     * `DELETE /api/data_views/data_view/{id}`
     */
    deleteDataView(args: Args<operations["deleteDataView"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDataView"]>>>;
    /**
     * List the spaces the credentials can see.
     *
     * `GET /api/spaces/space`
     */
    listSpaces(args?: Args<operations["listSpaces"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaces"]>>>;
    /**
     * Read one space.
     *
     * `GET /api/spaces/space/{id}`
     */
    getSpace(args: Args<operations["getSpace"]>, options?: CallOptions): Promise<Result<Data<operations["getSpace"]>>>;
    /**
     * Create a space with an id, a name and optionally disabled features.
     *
     * `POST /api/spaces/space`
     */
    createSpace(args: Args<operations["createSpace"]>, options?: CallOptions): Promise<Result<Data<operations["createSpace"]>>>;
    /**
     * Delete a space together with every saved object in it.
     *
     * `DELETE /api/spaces/space/{id}`
     */
    deleteSpace(args: Args<operations["deleteSpace"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSpace"]>>>;
    /**
     * Search alerting rules, a page at a time.
     *
     * `GET /api/alerting/rules/_find`
     */
    findRules: {
        (args?: Args<operations["findRules"]>, options?: CallOptions): Promise<Result<Data<operations["findRules"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["findRules"]>, options?: CallOptions): AsyncGenerator<Data<operations["findRules"]>, void, undefined>;
    };
    /**
     * Read one alerting rule with its schedule, parameters and actions.
     *
     * `GET /api/alerting/rule/{id}`
     */
    getRule(args: Args<operations["getRule"]>, options?: CallOptions): Promise<Result<Data<operations["getRule"]>>>;
    /**
     * Turn a rule on so that it runs on its schedule again.
     *
     * `POST /api/alerting/rule/{id}/_enable`
     */
    enableRule(args: Args<operations["enableRule"]>, options?: CallOptions): Promise<Result<Data<operations["enableRule"]>>>;
    /**
     * Turn a rule off; its active alerts are untracked unless told otherwise.
     *
     * `POST /api/alerting/rule/{id}/_disable`
     */
    disableRule(args: Args<operations["disableRule"]>, options?: CallOptions): Promise<Result<Data<operations["disableRule"]>>>;
    /**
     * List the connectors (email, Slack, webhook, …) of the current space.
     *
     * `GET /api/actions/connectors`
     */
    listConnectors(args?: Args<operations["listConnectors"]>, options?: CallOptions): Promise<Result<Data<operations["listConnectors"]>>>;
    /**
     * Read one connector's type and settings (secrets are never returned).
     *
     * `GET /api/actions/connector/{id}`
     */
    getConnector(args: Args<operations["getConnector"]>, options?: CallOptions): Promise<Result<Data<operations["getConnector"]>>>;
    /**
     * Run a connector once with the given parameters, such as sending a test message.
     *
     * `POST /api/actions/connector/{id}/_execute`
     */
    executeConnector(args: Args<operations["executeConnector"]>, options?: CallOptions): Promise<Result<Data<operations["executeConnector"]>>>;
    /**
     * List Fleet agent policies, a page at a time.
     *
     * `GET /api/fleet/agent_policies`
     */
    listAgentPolicies: {
        (args?: Args<operations["listAgentPolicies"]>, options?: CallOptions): Promise<Result<Data<operations["listAgentPolicies"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAgentPolicies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAgentPolicies"]>, void, undefined>;
    };
    /**
     * List Elastic Agents enrolled in Fleet, a page at a time.
     *
     * `GET /api/fleet/agents`
     */
    listAgents: {
        (args?: Args<operations["listAgents"]>, options?: CallOptions): Promise<Result<Data<operations["listAgents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAgents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAgents"]>, void, undefined>;
    };
    /**
     * List the integration packages available to or installed in Fleet.
     *
     * `GET /api/fleet/epm/packages`
     */
    listPackages(args?: Args<operations["listPackages"]>, options?: CallOptions): Promise<Result<Data<operations["listPackages"]>>>;
    /**
     * List the roles with their Elasticsearch and Kibana privileges.
     *
     * `GET /api/security/role`
     */
    listRoles(args?: Args<operations["listRoles"]>, options?: CallOptions): Promise<Result<Data<operations["listRoles"]>>>;
    /**
     * Search cases by status, severity, tags, owner or text, a page at a time.
     *
     * `GET /api/cases/_find`
     */
    findCases: {
        (args?: Args<operations["findCases"]>, options?: CallOptions): Promise<Result<Data<operations["findCases"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["findCases"]>, options?: CallOptions): AsyncGenerator<Data<operations["findCases"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Kibana client: `const api = kibana(new Switchboard({ baseUrl, apiKey }))`.
 */
export function kibana(client: Switchboard): KibanaClient {
    const app = "kibana";
    return {
        getStatus: (args, options) => client.call(app, routes.getStatus, args, options),
        listFeatures: (args, options) => client.call(app, routes.listFeatures, args, options),
        findSavedObjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.findSavedObjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.findSavedObjects, args, options) }) as KibanaClient["findSavedObjects"],
        getSavedObject: (args, options) => client.call(app, routes.getSavedObject, args, options),
        createSavedObject: (args, options) => client.call(app, routes.createSavedObject, args, options),
        deleteSavedObject: (args, options) => client.call(app, routes.deleteSavedObject, args, options),
        listDataViews: (args, options) => client.call(app, routes.listDataViews, args, options),
        getDataView: (args, options) => client.call(app, routes.getDataView, args, options),
        createDataView: (args, options) => client.call(app, routes.createDataView, args, options),
        deleteDataView: (args, options) => client.call(app, routes.deleteDataView, args, options),
        listSpaces: (args, options) => client.call(app, routes.listSpaces, args, options),
        getSpace: (args, options) => client.call(app, routes.getSpace, args, options),
        createSpace: (args, options) => client.call(app, routes.createSpace, args, options),
        deleteSpace: (args, options) => client.call(app, routes.deleteSpace, args, options),
        findRules: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.findRules, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.findRules, args, options) }) as KibanaClient["findRules"],
        getRule: (args, options) => client.call(app, routes.getRule, args, options),
        enableRule: (args, options) => client.call(app, routes.enableRule, args, options),
        disableRule: (args, options) => client.call(app, routes.disableRule, args, options),
        listConnectors: (args, options) => client.call(app, routes.listConnectors, args, options),
        getConnector: (args, options) => client.call(app, routes.getConnector, args, options),
        executeConnector: (args, options) => client.call(app, routes.executeConnector, args, options),
        listAgentPolicies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAgentPolicies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAgentPolicies, args, options) }) as KibanaClient["listAgentPolicies"],
        listAgents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAgents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAgents, args, options) }) as KibanaClient["listAgents"],
        listPackages: (args, options) => client.call(app, routes.listPackages, args, options),
        listRoles: (args, options) => client.call(app, routes.listRoles, args, options),
        findCases: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.findCases, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.findCases, args, options) }) as KibanaClient["findCases"],
    };
}