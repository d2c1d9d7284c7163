/** English and Arabic UI strings, the chosen language (kept per browser) and its direction. */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

const en = {
  appTitle: "Switchboard console",
  language: "Language",
  signInTitle: "Sign in",
  signInHint:
    "Paste a bearer token (JWT). `npm run token -- --role supervisor --sub <id>` prints one; `npm start` prints a demo token for each role.",
  token: "Token",
  signIn: "Sign in",
  signOut: "Sign out",
  invalidToken: "This is not a Switchboard token.",
  expiredToken: "This token has expired.",
  customerToken: "The console is for staff: this is a customer's token.",
  refusedToken: "The gateway refused this token (wrong signature, issuer or expiry).",
  signedInAs: "Signed in as",
  supervisorView: "Supervisor",
  agentView: "Agent",
  liveStatus: "Live support status",
  live: "Live",
  connecting: "Connecting…",
  updatedAt: "Updated",
  queueLength: "Queue length",
  chatsWaiting: "Chats waiting",
  ticketsInQueue: "Tickets in queue",
  longestWait: "Longest wait",
  averageWait: "Average wait",
  agentsOnline: "Agents online",
  agentsAvailable: "Available",
  agentsBusy: "Busy",
  activeChats: "Active chats",
  pendingResponses: "Pending responses",
  escalations: "Escalations",
  responseTime: "Response time (24 h)",
  systemStatus: "System status",
  integrations: "Integrations",
  queue: "Queue",
  estimatedWait: "Estimated wait",
  kpiChart: "Last 7 days",
  metric: "Metric",
  noData: "No data",
  TICKETS_CREATED: "Tickets created",
  TICKETS_RESOLVED: "Tickets resolved",
  CHATS_STARTED: "Chats started",
  FIRST_RESPONSE_MEDIAN: "First response (median)",
  CSAT: "Customer satisfaction",
  myTickets: "My tickets by SLA urgency",
  noTickets: "No open tickets assigned to you.",
  due: "due",
  overdue: "overdue",
  breached: "SLA breached",
  noDeadline: "no running SLA",
  chatInbox: "Chat inbox",
  noChats: "No chats assigned to you.",
  pickChat: "Pick a chat to read it.",
  reply: "Reply",
  send: "Send",
  refresh: "Refresh",
  unknownCustomer: "Customer",
  forbiddenView: "Your role cannot see this view.",
  UP: "Up",
  DOWN: "Down",
  UNKNOWN: "Unknown",
  CONFIGURED: "Configured",
  NOT_CONFIGURED: "Not configured",
  URGENT: "Urgent",
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
  WAITING: "Waiting",
  ACTIVE: "Active",
  TRANSFERRED: "Transferred",
  CUSTOMER: "Customer",
  AGENT: "Agent",
  BOT: "Bot",
  SYSTEM: "System",
  seconds: "s",
  minutes: "m",
  hours: "h",
};

export type MessageKey = keyof typeof en;

const ar: Record<MessageKey, string> = {
  appTitle: "وحدة تحكم Switchboard",
  language: "اللغة",
  signInTitle: "تسجيل الدخول",
  signInHint:
    "الصق رمز الدخول (JWT). يطبع الأمر `npm run token -- --role supervisor --sub <id>` رمزًا، ويطبع `npm start` رمزًا تجريبيًا لكل دور.",
  token: "الرمز",
  signIn: "دخول",
  signOut: "تسجيل الخروج",
  invalidToken: "هذا ليس رمز Switchboard صالحًا.",
  expiredToken: "انتهت صلاحية هذا الرمز.",
  customerToken: "وحدة التحكم مخصصة للموظفين: هذا رمز عميل.",
  refusedToken: "رفضت البوابة هذا الرمز (توقيع أو جهة إصدار أو صلاحية غير صحيحة).",
  signedInAs: "تم الدخول باسم",
  supervisorView: "المشرف",
  agentView: "الموظف",
  liveStatus: "حالة الدعم المباشرة",
  live: "مباشر",
  connecting: "جارٍ الاتصال…",
  updatedAt: "آخر تحديث",
  queueLength: "طول قائمة الانتظار",
  chatsWaiting: "محادثات في الانتظار",
  ticketsInQueue: "تذاكر في الانتظار",
  longestWait: "أطول انتظار",
  averageWait: "متوسط الانتظار",
  agentsOnline: "الموظفون المتصلون",
  agentsAvailable: "متاحون",
  agentsBusy: "مشغولون",
  activeChats: "محادثات نشطة",
  pendingResponses: "ردود معلقة",
  escalations: "التصعيدات",
  responseTime: "زمن الرد (24 ساعة)",
  systemStatus: "حالة النظام",
  integrations: "التكاملات",
  queue: "قائمة الانتظار",
  estimatedWait: "الانتظار المتوقع",
  kpiChart: "آخر 7 أيام",
  metric: "المؤشر",
  noData: "لا توجد بيانات",
  TICKETS_CREATED: "التذاكر المنشأة",
  TICKETS_RESOLVED: "التذاكر المحلولة",
  CHATS_STARTED: "المحادثات التي بدأت",
  FIRST_RESPONSE_MEDIAN: "أول رد (الوسيط)",
  CSAT: "رضا العملاء",
  myTickets: "تذاكري حسب إلحاح اتفاقية الخدمة",
  noTickets: "لا توجد تذاكر مفتوحة مسندة إليك.",
  due: "مستحقة",
  overdue: "متأخرة",
  breached: "تم تجاوز اتفاقية الخدمة",
  noDeadline: "لا يوجد موعد جارٍ",
  chatInbox: "صندوق المحادثات",
  noChats: "لا توجد محادثات مسندة إليك.",
  pickChat: "اختر محادثة لقراءتها.",
  reply: "الرد",
  send: "إرسال",
  refresh: "تحديث",
  unknownCustomer: "عميل",
  forbiddenView: "لا يسمح دورك بعرض هذه الصفحة.",
  UP: "يعمل",
  DOWN: "متوقف",
  UNKNOWN: "غير معروف",
  CONFIGURED: "مهيأ",
  NOT_CONFIGURED: "غير مهيأ",
  URGENT: "عاجل",
  HIGH: "مرتفع",
  MEDIUM: "متوسط",
  LOW: "منخفض",
  WAITING: "في الانتظار",
  ACTIVE: "نشطة",
  TRANSFERRED: "محولة",
  CUSTOMER: "العميل",
  AGENT: "الموظف",
  BOT: "الروبوت",
  SYSTEM: "النظام",
  seconds: "ث",
  minutes: "د",
  hours: "س",
};

export const LANGUAGES = {
  en: { name: "English", dir: "ltr", messages: en },
  ar: { name: "العربية", dir: "rtl", messages: ar },
} as const;
export type Language = keyof typeof LANGUAGES;

export interface I18n {
  language: Language;
  dir: "ltr" | "rtl";
  setLanguage(language: Language): void;
  /** The UI string, or the key itself for a value the dictionary does not name (e.g. a new enum). */
  t(key: string): string;
  number(value: number): string;
  /** A duration in seconds as "1h 05m", "3m 20s", "45s". */
  duration(seconds: number | null | undefined): string;
  time(iso: string): string;
}

const STORAGE_KEY = "switchboard.console.language";
const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === "en" || stored === "ar") return stored;
  return navigator.language.toLowerCase().startsWith("ar") ? "ar" : "en";
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const { dir, messages } = LANGUAGES[language];
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    document.title = messages.appTitle;
    localStorage.setItem(STORAGE_KEY, language);
  }, [language, dir, messages]);
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const t = (key: string) => (messages as Record<string, string>)[key] ?? key;
  const value: I18n = {
    language,
    dir,
    setLanguage,
    t,
    number: (n) => numbers.format(n),
    duration: (seconds) => {
      if (seconds === null || seconds === undefined) return "—";
      const s = Math.round(seconds);
      const part = (n: number, unit: MessageKey) => `${numbers.format(n)}${t(unit)}`;
      if (s >= 3600) return `${part(Math.floor(s / 3600), "hours")} ${part(Math.floor((s % 3600) / 60), "minutes")}`;
      if (s >= 60) return `${part(Math.floor(s / 60), "minutes")} ${part(s % 60, "seconds")}`;
      return part(s, "seconds");
    },
    time: (iso) =>
      new Date(iso).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
