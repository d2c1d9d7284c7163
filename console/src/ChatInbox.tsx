import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useClient, useQuery, useSubscription } from "./client-context";
import { useI18n } from "./i18n";

interface Message {
  id: string;
  body: string;
  senderKind: string;
  createdAt: string;
  cursor: string;
}

interface Chat {
  id: string;
  status: string;
  topic: string | null;
  lastMessageAt: string;
  customer: { name: string } | null;
  messages: { edges: { node: Message }[] };
}

const MESSAGE = `id body senderKind createdAt cursor`;
const CHATS = `query ConsoleChats($agentId: ID!) {
  chats(filter: { agentId: $agentId, status: [WAITING, ACTIVE, TRANSFERRED] }, first: 20) {
    edges { node { id status topic lastMessageAt customer { name } messages(last: 30) { edges { node { ${MESSAGE} } } } } }
  }
}`;
const CHAT_EVENTS = `subscription ConsoleChatEvents($chatId: ID!, $after: String) {
  chatEvents(chatId: $chatId, after: $after) { __typename ... on ChatMessageEvent { message { ${MESSAGE} } } }
}`;
const CHAT_QUEUE = `subscription ConsoleChatQueue { queueStatusChanged(kind: CHAT) { length at } }`;
const SEND = `mutation ConsoleSend($input: SendChatMessageInput!) { sendChatMessage(input: $input) { ${MESSAGE} } }`;

const merge = (known: Message[], more: Message[]) => {
  const ids = new Set(known.map((m) => m.id));
  return [...known, ...more.filter((m) => !ids.has(m.id))];
};

/** The agent's open chats, each one's messages arriving live; the chat list itself follows the chat queue. */
export function ChatInbox({ agentId }: { agentId: string }) {
  const { t } = useI18n();
  const [refresh, setRefresh] = useState(0);
  useSubscription(CHAT_QUEUE, {}, () => setRefresh((n) => n + 1));
  const { data, error } = useQuery<{ chats: { edges: { node: Chat }[] } }>(CHATS, { agentId }, refresh);
  const chats = data?.chats.edges.map((e) => e.node) ?? [];
  const [messages, setMessages] = useState<Record<string, Message[]>>({});
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    if (!data) return;
    setMessages((current) => {
      const next: Record<string, Message[]> = {};
      for (const { node: chat } of data.chats.edges)
        next[chat.id] = merge(
          current[chat.id] ?? [],
          chat.messages.edges.map((e) => e.node),
        );
      return next;
    });
  }, [data]);
  const received = useCallback(
    (chatId: string, message: Message) =>
      setMessages((current) => ({ ...current, [chatId]: merge(current[chatId] ?? [], [message]) })),
    [],
  );
  const open = chats.find((c) => c.id === selected) ?? chats[0] ?? null;
  return (
    <section className="card inbox" aria-labelledby="inbox-title" data-testid="chat-inbox">
      <h3 id="inbox-title">{t("chatInbox")}</h3>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {data && chats.length === 0 && <p className="hint">{t("noChats")}</p>}
      <ul className="chats">
        {chats.map((chat) => {
          const last = messages[chat.id]?.at(-1);
          return (
            <li key={chat.id}>
              <ChatFeed chatId={chat.id} after={chat.messages.edges.at(-1)?.node.cursor ?? null} onMessage={received} />
              <button
                type="button"
                className="chat-entry"
                aria-pressed={chat.id === open?.id}
                onClick={() => setSelected(chat.id)}
                data-testid="chat-entry"
                data-chat-id={chat.id}
              >
                <span className="chat-customer">{chat.customer?.name ?? t("unknownCustomer")}</span>
                <span className="chat-status">{t(chat.status)}</span>
                <span className="chat-preview">{last ? last.body : chat.topic}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {open ? (
        <Thread chat={open} messages={messages[open.id] ?? []} onSent={(m) => received(open.id, m)} />
      ) : (
        chats.length > 0 && <p className="hint">{t("pickChat")}</p>
      )}
    </section>
  );
}

/** One chat's live events; renders nothing. Resumes after the last message the list query saw. */
function ChatFeed({
  chatId,
  after,
  onMessage,
}: {
  chatId: string;
  after: string | null;
  onMessage: (chatId: string, message: Message) => void;
}) {
  const [from] = useState(after);
  useSubscription<{ chatEvents: { __typename: string; message?: Message } }>(
    CHAT_EVENTS,
    { chatId, after: from },
    ({ chatEvents }) => {
      if (chatEvents.message) onMessage(chatId, chatEvents.message);
    },
  );
  return null;
}

function Thread({ chat, messages, onSent }: { chat: Chat; messages: Message[]; onSent: (message: Message) => void }) {
  const { t, time } = useI18n();
  const client = useClient();
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [messages.length]);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return;
    try {
      const sent = await client.request<{ sendChatMessage: Message }>(SEND, {
        input: { chatId: chat.id, body, idempotencyKey: crypto.randomUUID() },
      });
      onSent(sent.sendChatMessage);
      setDraft("");
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <div className="thread" data-testid="chat-thread" data-chat-id={chat.id}>
      <ol className="messages">
        {messages.map((m) => (
          <li key={m.id} className={`message from-${m.senderKind.toLowerCase()}`} data-testid="chat-message">
            <span className="message-meta">
              {t(m.senderKind)} · {time(m.createdAt)}
            </span>
            <span className="message-body" dir="auto">
              {m.body}
            </span>
          </li>
        ))}
        <li ref={end} aria-hidden="true" />
      </ol>
      <form className="reply" onSubmit={(event) => void send(event)}>
        <input
          name="reply"
          aria-label={t("reply")}
          placeholder={t("reply")}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          dir="auto"
        />
        <button type="submit">{t("send")}</button>
      </form>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
