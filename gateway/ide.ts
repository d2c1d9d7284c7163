/**
 * The GraphQL IDE a browser gets at `GET /graphql`: GraphiQL built into one self-contained page
 * from the project's own dependencies (no CDN, works offline), with the headers editor for the
 * bearer token and subscriptions over graphql-ws on the same endpoint.
 */
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { StaticPage } from "../shared/http.js";

/** The options of the page renderer we use (its own typings pull in a whole server's types). */
interface GraphiQLPageOptions {
  title: string;
  endpoint: string;
  subscriptionsProtocol: "WS";
  defaultQuery: string;
  headers: string;
  isHeadersEditorEnabled: boolean;
}
const { renderGraphiQL } = createRequire(import.meta.url)("@graphql-yoga/render-graphiql") as {
  renderGraphiQL: (options: GraphiQLPageOptions) => string;
};

const DEFAULT_QUERY = `# Switchboard: one graph for tickets, chat, the knowledge base, agents and analytics.
# Add your token in Headers: { "Authorization": "Bearer <token>" } (npm run token -- agent).
query KnowledgeBase {
  knowledgeCategories { key name }
  searchKnowledge(query: "wallet", first: 3) { edges { node { slug title } } }
}
`;

let page: StaticPage | null = null;

/** Rendered on first use (about 9 MB of HTML, 2 MB gzipped), then served from memory. */
export function graphiqlPage(): StaticPage {
  if (!page) {
    const html = Buffer.from(
      renderGraphiQL({
        title: "Switchboard GraphiQL",
        endpoint: "/graphql",
        subscriptionsProtocol: "WS",
        defaultQuery: DEFAULT_QUERY,
        headers: JSON.stringify({ Authorization: "Bearer " }, null, 2),
        isHeadersEditorEnabled: true,
      }),
    );
    page = { html, gzip: gzipSync(html) };
  }
  return page;
}
