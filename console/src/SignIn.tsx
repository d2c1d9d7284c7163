import { useState, type FormEvent } from "react";
import { useI18n } from "./i18n";
import { isExpired, parseToken, type Session } from "./session";

/** `refused`: the gateway turned the last token down (bad signature, another issuer, revoked). */
export function SignIn({ onSignIn, refused = false }: { onSignIn: (session: Session) => void; refused?: boolean }) {
  const { t } = useI18n();
  const [token, setToken] = useState("");
  const [problem, setProblem] = useState<string | null>(refused ? t("refusedToken") : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const session = parseToken(token);
    if (!session) return setProblem(t("invalidToken"));
    if (isExpired(session)) return setProblem(t("expiredToken"));
    if (session.role === "customer") return setProblem(t("customerToken"));
    onSignIn(session);
  };
  return (
    <form className="card sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t("signInTitle")}</h2>
      <p className="hint">{t("signInHint")}</p>
      <label>
        {t("token")}
        <textarea
          name="token"
          rows={5}
          dir="ltr"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          required
        />
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="submit">{t("signIn")}</button>
    </form>
  );
}
