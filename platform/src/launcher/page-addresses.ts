/** The demo territory the printed embed addresses show: Смоленская область, город Смоленск. */
const DEMO_REGION = '67';
const DEMO_MUNICIPALITY = '66701000';

export interface PageAddresses {
  dashboard: string;
  /** The analysts' workbench (GraphiQL with saved queries, cost before running, results to spreadsheets). */
  workbench: string;
  /** The two lines a municipal portal pastes into its page. */
  embedSnippet: string;
  /** The mentor list as a page of its own, for portals that allow no scripts. */
  iframe: string;
  graphql: string;
}

/** Where people find the pages the gateway serves, from its GraphQL address. */
export function pageAddresses(gatewayUrl: string): PageAddresses {
  const origin = new URL(gatewayUrl).origin;
  return {
    dashboard: `${origin}/dashboard/`,
    workbench: `${origin}/workbench/`,
    embedSnippet: [
      `<script type="module" src="${origin}/embed/mentor-list.js"></script>`,
      `<mentor-list region="${DEMO_REGION}" municipality="${DEMO_MUNICIPALITY}"></mentor-list>`,
    ].join('\n'),
    iframe: `${origin}/embed/mentor-list.html?region=${DEMO_REGION}&municipality=${DEMO_MUNICIPALITY}`,
    graphql: `${origin}/graphql`,
  };
}
