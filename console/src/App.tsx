import { useEffect, useMemo, useState } from "react";
import { AgentView } from "./AgentView";
import { ClientContext, useQuery } from "./client-context";
import { createGraphQLClient } from "./graphql";
import { LANGUAGES, useI18n, type Language } from "./i18n";
import { loadSession, saveSession, type Session } from "./session";
import { SignIn } from "./SignIn";
import { SupervisorView } from "./SupervisorView";

type View = "supervisor" | "agent";
const BASE = "/console/";
const canSupervise = (session: Session) => session.role === "supervisor" || session.role === "admin";

/** The view named by the path (/console/agent, /console/supervisor), else the role's own. */
function viewFor(session: Session): View {
  const named = location.pathname.slice(BASE.length).split("/")[0];
  if (named === "agent") return "agent";
  if (named === "supervisor" && canSupervise(session)) return "supervisor";
  return canSupervise(session) ? "supervisor" : "agent";
}

export function App() {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [refused, setRefused] = useState(false);
  const client = useMemo(() => (session ? createGraphQLClient(session.token) : null), [session]);
  useEffect(() => () => client?.close(), [client]);
  const signIn = (next: Session | null, wasRefused = false) => {
    saveSession(next);
    setSession(next);
    setRefused(wasRefused);
  };
  return (
    <div className="app">
      <header className="top">
        <h1>{t("appTitle")}</h1>
        <LanguageSwitch />
        {session && (
          <button type="button" className="link" onClick={() => signIn(null)}>
            {t("signOut")}
          </button>
        )}
      </header>
      {session && client ? (
        <ClientContext.Provider value={client}>
          <Workspace session={session} onUnauthenticated={() => signIn(null, true)} />
        </ClientContext.Provider>
      ) : (
        <main>
          <SignIn onSignIn={signIn} refused={refused} />
        </main>
      )}
    </div>
  );
}

function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <label className="language">
      <span>{t("language")}</span>
      <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {Object.entries(LANGUAGES).map(([code, { name }]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Me {
  me: { id: string; displayName: string; role: string } | null;
}

function Workspace({ session, onUnauthenticated }: { session: Session; onUnauthenticated: () => void }) {
  const { t } = useI18n();
  const [view, setView] = useState<View>(() => viewFor(session));
  const me = useQuery<Me>(`query ConsoleMe { me { id displayName role } }`);
  useEffect(() => {
    if (me.error?.code === "UNAUTHENTICATED") onUnauthenticated();
  }, [me.error, onUnauthenticated]);
  useEffect(() => {
    const onPop = () => setView(viewFor(session));
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, [session]);
  const open = (next: View) => {
    history.pushState(null, "", `${BASE}${next}`);
    setView(next);
  };
  const views: View[] = canSupervise(session) ? ["supervisor", "agent"] : ["agent"];
  return (
    <>
      <nav className="tabs" aria-label="views">
        {views.map((v) => (
          <button key={v} type="button" aria-current={v === view ? "page" : undefined} onClick={() => open(v)}>
            {t(`${v}View`)}
          </button>
        ))}
        <span className="who" data-testid="signed-in-as">
          {t("signedInAs")} {me.data?.me?.displayName ?? session.name ?? session.subject}
        </span>
      </nav>
      <main>{view === "supervisor" ? <SupervisorView /> : <AgentView agentId={session.subject} />}</main>
    </>
  );
}
