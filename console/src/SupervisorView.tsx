import { useQuery, useSubscription } from "./client-context";
import { useI18n, type MessageKey } from "./i18n";
import { KpiChart } from "./KpiChart";

interface LiveSupportStatus {
  ticketsInQueue: number;
  chatsWaiting: number;
  averageWaitSeconds: number | null;
  longestWaitSeconds: number | null;
  agentsOnline: number | null;
  agentsAvailable: number | null;
  agentsBusy: number | null;
  activeChats: number;
  pendingResponses: number;
  escalatedIssues: number;
  responseTimeSeconds: number | null;
  systemStatus: { name: string; status: string }[];
  integrations: { name: string; status: string }[];
  updatedAt: string;
}

interface QueueStatus {
  length: number;
  oldestWaitSeconds: number | null;
  estimatedWaitSeconds: number;
  availableAgents: number;
  at: string;
}

const STATUS_FIELDS = `ticketsInQueue chatsWaiting averageWaitSeconds longestWaitSeconds agentsOnline agentsAvailable agentsBusy activeChats
  pendingResponses escalatedIssues responseTimeSeconds systemStatus { name status } integrations { name status } updatedAt`;
const QUEUE_FIELDS = `length oldestWaitSeconds estimatedWaitSeconds availableAgents at`;
const LIVE_STATUS = `subscription ConsoleLiveStatus { liveSupportStatus { ${STATUS_FIELDS} } }`;
const QUEUE_NOW = `query ConsoleQueue { queueStatus { ${QUEUE_FIELDS} } }`;
const QUEUE_LIVE = `subscription ConsoleQueueLive { queueStatusChanged { ${QUEUE_FIELDS} } }`;

/** The desk right now: the analytics live status (≤ 1 update/s) and the routing queue, both pushed. */
export function SupervisorView() {
  const { t, duration, time } = useI18n();
  const status = useSubscription<{ liveSupportStatus: LiveSupportStatus }>(LIVE_STATUS);
  const queueNow = useQuery<{ queueStatus: QueueStatus }>(QUEUE_NOW);
  const queueLive = useSubscription<{ queueStatusChanged: QueueStatus }>(QUEUE_LIVE);
  const live = status.data?.liveSupportStatus;
  const queue = queueLive.data?.queueStatusChanged ?? queueNow.data?.queueStatus;
  const error = status.error ?? queueLive.error;
  return (
    <section className="supervisor" aria-labelledby="live-title" data-testid="supervisor-view">
      <div className="section-head">
        <h2 id="live-title">{t("liveStatus")}</h2>
        <span className={live ? "badge live" : "badge"} data-testid="live-indicator">
          {live ? `${t("live")} · ${t("updatedAt")} ${time(live.updatedAt)}` : t("connecting")}
        </span>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.code === "FORBIDDEN" ? t("forbiddenView") : error.message}
        </p>
      )}
      <div className="stats">
        <Stat id="queue-length" label="queueLength" value={queue?.length} />
        <Stat id="chats-waiting" label="chatsWaiting" value={live?.chatsWaiting} />
        <Stat id="tickets-in-queue" label="ticketsInQueue" value={live?.ticketsInQueue} />
        <Stat
          id="longest-wait"
          label="longestWait"
          value={live?.longestWaitSeconds}
          text={duration(live?.longestWaitSeconds)}
        />
        <Stat
          id="average-wait"
          label="averageWait"
          value={live?.averageWaitSeconds}
          text={duration(live?.averageWaitSeconds)}
        />
        <Stat
          id="estimated-wait"
          label="estimatedWait"
          value={queue?.estimatedWaitSeconds}
          text={duration(queue?.estimatedWaitSeconds)}
        />
        <Stat id="agents-online" label="agentsOnline" value={live?.agentsOnline} />
        <Stat id="agents-available" label="agentsAvailable" value={live?.agentsAvailable} />
        <Stat id="agents-busy" label="agentsBusy" value={live?.agentsBusy} />
        <Stat id="active-chats" label="activeChats" value={live?.activeChats} />
        <Stat id="pending-responses" label="pendingResponses" value={live?.pendingResponses} />
        <Stat id="escalations" label="escalations" value={live?.escalatedIssues} />
        <Stat
          id="response-time"
          label="responseTime"
          value={live?.responseTimeSeconds}
          text={duration(live?.responseTimeSeconds)}
        />
      </div>
      <div className="columns">
        <Components title="systemStatus" items={live?.systemStatus} />
        <Components title="integrations" items={live?.integrations} />
      </div>
      <KpiChart />
    </section>
  );
}

function Stat({
  id,
  label,
  value,
  text,
}: {
  id: string;
  label: MessageKey;
  value: number | null | undefined;
  text?: string;
}) {
  const { t, number } = useI18n();
  const shown = text ?? (value === null || value === undefined ? "—" : number(value));
  return (
    <div className="stat" data-testid={id} data-value={value ?? ""}>
      <span className="stat-label">{t(label)}</span>
      <strong className="stat-value">{value === undefined ? "…" : shown}</strong>
    </div>
  );
}

function Components({ title, items }: { title: MessageKey; items: { name: string; status: string }[] | undefined }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h3>{t(title)}</h3>
      <ul className="components" data-testid={title}>
        {(items ?? []).map((item) => (
          <li key={item.name}>
            <span dir="ltr">{item.name}</span>
            <span className={`state state-${item.status.toLowerCase()}`}>{t(item.status)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
