/**
 * A stand-in for a Typesense server (none runs on these machines, and Typesense is not in the
 * npm registry or Debian): the collection and document endpoints the knowledge indexer calls,
 * answering as Typesense's HTTP API documents them (a missing collection or document: 404), and
 * keeping the documents in memory so a test can see what the collection holds. Search is not
 * served (the knowledge subgraph then falls back to PostgreSQL).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TypesenseStandIn {
  url: string;
  /** Document ids per collection. */
  documentIds(collection: string): Set<string>;
  close(): Promise<void>;
}

export async function startTypesenseStandIn(): Promise<TypesenseStandIn> {
  const collections = new Map<string, Map<string, Record<string, unknown>>>();
  const body = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    });
  const json = (response: ServerResponse, status: number, value: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(value));
  };
  const notFound = (response: ServerResponse) => json(response, 404, { message: "Not Found" });

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://stand-in");
    const path = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const text = await body(request);
    if (path[0] !== "collections") return notFound(response);
    const [, name, documents, id] = path;
    if (!name && request.method === "POST") {
      const schema = JSON.parse(text) as { name: string };
      collections.set(schema.name, new Map());
      return json(response, 201, { ...schema, num_documents: 0 });
    }
    const collection = name ? collections.get(name) : undefined;
    if (!collection) return notFound(response);
    if (!documents && request.method === "GET") return json(response, 200, { name, num_documents: collection.size });
    if (documents !== "documents") return notFound(response);
    if (id === "import" && request.method === "POST") {
      const lines = text.split("\n").filter(Boolean);
      for (const line of lines) {
        const document = JSON.parse(line) as { id: string };
        collection.set(document.id, document);
      }
      response.writeHead(200, { "content-type": "text/plain" });
      response.end(lines.map(() => JSON.stringify({ success: true })).join("\n"));
      return;
    }
    if (!id && request.method === "POST") {
      const document = JSON.parse(text) as { id: string };
      collection.set(document.id, document);
      return json(response, 201, document);
    }
    if (id && request.method === "DELETE") {
      const document = collection.get(id);
      if (!document) return notFound(response);
      collection.delete(id);
      return json(response, 200, document);
    }
    return notFound(response);
  };
  const server = createServer((request, response) => void serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    documentIds: (name) => new Set(collections.get(name)?.keys() ?? []),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
