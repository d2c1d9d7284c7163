/**
 * The soak's clients, each behaving as a real one would through restarts: customers creating
 * tickets and chatting (retrying a failed write with the same idempotency key until it is
 * acknowledged), a staff screen following the chat live (resubscribing with its last cursor after
 * a disconnect), anonymous knowledge searches, and dashboards polling and following the live status.
 * Every answer is recorded with its time so the report can tell restart windows from the rest.
 */
import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Answer {
  at: number;
  ms: number;
  /** ok, or what went wrong: an HTTP status ≥ 500, a GraphQL error code, or "network". */
  outcome: "ok" | "network" | string;
}

export interface Recorder {
  answers: Answer[];
  /** Idempotency key → acknowledged ticket id. */
  tickets: Map<string, string>;
  /** Keys whose createTicket was never acknowledged (the client gave up at the end). */
  ticketsGivenUp: string[];
  /** Chat message bodies acknowledged to the sender, in send order. */
  chatSent: string[];
  /** How many times the follower received each body. */
  chatReceived: Map<string, number>;
  resubscriptions: number;
  liveStatusUpdates: number;
}

export const newRecorder = (): Recorder => ({
  answers: [],
  tickets: new Map(),
  ticketsGivenUp: [],
  chatSent: [],
  chatReceived: new Map(),
  resubscriptions: 0,
  liveStatusUpdates: 0,
});

type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

export function graphqlClient(url: string, recorder: Recorder) {
  return async function request(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<Body | null> {
    const started = Date.now();
    let outcome = "ok";
    let body: Body | null = null;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      body = (await response.json().catch(() => null)) as Body | null;
      if (response.status >= 500) outcome = String(body?.errors?.[0]?.extensions?.code ?? response.status);
      else if (body?.errors?.length) outcome = body.errors[0].extensions?.code ?? "GRAPHQL_ERROR";
    } catch {
      outcome = "network";
    }
    recorder.answers.push({ at: started, ms: Date.now() - started, outcome });
    return outcome === "ok" ? body : null;
  };
}

type Request = ReturnType<typeof graphqlClient>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries one write (same input, same idempotency key) until acknowledged or `until`. */
async function untilAcknowledged<T>(attempt: () => Promise<T | null>, until: () => boolean): Promise<T | null> {
  for (;;) {
    const result = await attempt();
    if (result !== null) return result;
    if (until()) return null;
    await pause(200);
  }
}

const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const SUBJECTS = [
  ["My PROPX purchase is stuck in pending", "token_purchase_issues"],
  ["MetaMask will not connect to the dashboard", "wallet_connection_problems"],
  ["Why was a fee charged on my withdrawal?", "fee_clarifications"],
  ["XERA staking rewards are missing", "staking_support"],
] as const;

export async function ticketWriter(
  request: Request,
  token: string,
  run: string,
  recorder: Recorder,
  stopped: () => boolean,
  giveUpAt: () => boolean,
) {
  for (let n = 0; !stopped(); n++) {
    const key = randomUUID();
    const [subject, categoryKey] = SUBJECTS[n % SUBJECTS.length];
    const input = {
      channel: "IN_APP",
      subject: `Soak ${run}: ${subject}`,
      description: `${subject}. Reference ${key}.`,
      categoryKey,
      language: "en",
      idempotencyKey: key,
    };
    const id = await untilAcknowledged(
      async () => (await request(CREATE_TICKET, { input }, token))?.data?.createTicket.id ?? null,
      giveUpAt,
    );
    if (id) recorder.tickets.set(key, id);
    else recorder.ticketsGivenUp.push(key);
  }
}

const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`;

export async function chatWriter(
  request: Request,
  token: string,
  chatId: string,
  recorder: Recorder,
  stopped: () => boolean,
  giveUpAt: () => boolean,
) {
  for (let n = 0; !stopped(); n++) {
    const body = `soak message ${n}`;
    const input = { chatId, body, idempotencyKey: randomUUID() };
    const id = await untilAcknowledged(
      async () => (await request(SEND, { input }, token))?.data?.sendChatMessage.id ?? null,
      giveUpAt,
    );
    if (id) recorder.chatSent.push(body);
    await pause(100);
  }
}

const CHAT_EVENTS = `subscription($chatId: ID!, $after: String) { chatEvents(chatId: $chatId, after: $after) { __typename ... on ChatMessageEvent { message { body cursor } } } }`;

/**
 * Follows one subscription for as long as the soak runs, resubscribing (after 250 ms) whenever the
 * socket drops or the stream ends; `variables()` is read at each (re)subscription, so a follower
 * can resume from what it has seen. Returns the stop function.
 */
function followLive<T>(
  wsUrl: string,
  token: string,
  query: string,
  options: { variables?: () => Record<string, unknown>; next: (data: T) => void; onResubscribe?: () => void },
) {
  let stopped = false;
  let current: ReturnType<typeof createClient> | null = null;
  const connect = () => {
    if (stopped) return;
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    current = client;
    const again = () => {
      void client.dispose();
      if (stopped) return;
      options.onResubscribe?.();
      setTimeout(connect, 250);
    };
    client.subscribe<T>(
      { query, variables: options.variables?.() ?? {} },
      { next: (value) => value.data && options.next(value.data as T), error: again, complete: again },
    );
  };
  connect();
  return async () => {
    stopped = true;
    await current?.dispose();
  };
}

/** A staff screen on the chat: resubscribes with its last cursor whenever the socket drops. */
export function chatFollower(wsUrl: string, token: string, chatId: string, recorder: Recorder) {
  let lastCursor: string | null = null;
  return followLive<{ chatEvents: { message?: { body: string; cursor: string } } }>(wsUrl, token, CHAT_EVENTS, {
    variables: () => ({ chatId, after: lastCursor }),
    next: (data) => {
      const message = data.chatEvents.message;
      if (!message) return;
      recorder.chatReceived.set(message.body, (recorder.chatReceived.get(message.body) ?? 0) + 1);
      lastCursor = message.cursor;
    },
    onResubscribe: () => void recorder.resubscriptions++,
  });
}

/** A dashboard following the live status (resubscribing after a disconnect). */
export function statusFollower(wsUrl: string, token: string, recorder: Recorder) {
  return followLive(wsUrl, token, `subscription { liveSupportStatus { chatsWaiting agentsOnline } }`, {
    next: () => void recorder.liveStatusUpdates++,
  });
}

const SEARCH_TERMS = ["wallet", "withdrawal", "staking", "KYC", "XERA", "PROPX", "محفظة", "fees"];

export async function searcher(request: Request, stopped: () => boolean) {
  for (let n = 0; !stopped(); n++) {
    await request(`query($q: String) { searchKnowledge(query: $q, first: 3) { edges { node { slug } } } }`, {
      q: SEARCH_TERMS[n % SEARCH_TERMS.length],
    });
    await pause(50);
  }
}

export async function dashboard(request: Request, token: string, stopped: () => boolean) {
  while (!stopped()) {
    await request(
      `{ liveSupportStatus { chatsWaiting agentsOnline averageWaitSeconds } tickets(first: 10) { edges { node { number assignedAgent { displayName } } } } }`,
      {},
      token,
    );
    await pause(250);
  }
}
