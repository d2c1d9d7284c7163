/**
 * Customer-facing notification texts (in-app and email) in the four supported languages. A
 * notification about a ticket goes out in the ticket's language; anything else falls back to
 * English.
 */
import { supportedLanguageOf, type LanguageCode } from "../../../shared/languages.js";

export type CustomerTemplateKind = "TICKET_CREATED" | "TICKET_REPLY" | "CSAT_SURVEY";

export interface TemplateParams {
  /** The display number, e.g. SB-10048. */
  number: string;
  subject: string;
  /** The reply text (TICKET_REPLY). */
  reply?: string;
}

type Template = (p: TemplateParams) => { title: string; body: string };

const TEMPLATES: Record<CustomerTemplateKind, Record<LanguageCode, Template>> = {
  TICKET_CREATED: {
    en: (p) => ({
      title: `We received your request ${p.number}`,
      body: `Thank you — "${p.subject}" is now ticket ${p.number}. We will reply as soon as possible.`,
    }),
    ar: (p) => ({
      title: `استلمنا طلبك ${p.number}`,
      body: `شكرًا لك — أصبح طلبك "${p.subject}" التذكرة ${p.number}. سنرد عليك في أقرب وقت ممكن.`,
    }),
    hi: (p) => ({
      title: `हमें आपका अनुरोध ${p.number} मिल गया है`,
      body: `धन्यवाद — "${p.subject}" अब टिकट ${p.number} है। हम जल्द से जल्द आपको जवाब देंगे।`,
    }),
    ur: (p) => ({
      title: `ہمیں آپ کی درخواست ${p.number} موصول ہو گئی ہے`,
      body: `شکریہ — "${p.subject}" اب ٹکٹ ${p.number} ہے۔ ہم جلد از جلد آپ کو جواب دیں گے۔`,
    }),
  },
  TICKET_REPLY: {
    en: (p) => ({ title: `New reply on ${p.number}`, body: p.reply ?? "" }),
    ar: (p) => ({ title: `رد جديد على ${p.number}`, body: p.reply ?? "" }),
    hi: (p) => ({ title: `${p.number} पर नया जवाब`, body: p.reply ?? "" }),
    ur: (p) => ({ title: `${p.number} پر نیا جواب`, body: p.reply ?? "" }),
  },
  CSAT_SURVEY: {
    en: (p) => ({
      title: `How did we do on ${p.number}?`,
      body: `Your ticket "${p.subject}" was resolved. Please rate the help you received (1–5) in the app.`,
    }),
    ar: (p) => ({
      title: `كيف كانت خدمتنا في ${p.number}؟`,
      body: `تم حل تذكرتك "${p.subject}". يرجى تقييم المساعدة التي تلقيتها (من 1 إلى 5) في التطبيق.`,
    }),
    hi: (p) => ({
      title: `${p.number} पर हमारी सेवा कैसी रही?`,
      body: `आपका टिकट "${p.subject}" हल हो गया है। कृपया ऐप में मिली सहायता को 1 से 5 तक रेटिंग दें।`,
    }),
    ur: (p) => ({
      title: `${p.number} پر ہماری خدمت کیسی رہی؟`,
      body: `آپ کا ٹکٹ "${p.subject}" حل ہو گیا ہے۔ براہ کرم ایپ میں ملنے والی مدد کو 1 سے 5 تک درجہ دیں۔`,
    }),
  },
};

/** The title and body of a customer notification in `language` (a ticket's language; English when it is not one of the four). */
export function customerNotification(
  kind: CustomerTemplateKind,
  language: string | null | undefined,
  params: TemplateParams,
): { title: string; body: string } {
  return TEMPLATES[kind][supportedLanguageOf(language) ?? "en"](params);
}

/** The closing line of an answer the knowledge base sent on its own. */
const AUTO_ANSWER_CLOSING: Record<LanguageCode, string> = {
  en: "If this does not solve your problem, just reply to this message and one of our agents will follow up.",
  ar: "إذا لم تحل هذه المقالة مشكلتك، فقط قم بالرد على هذه الرسالة وسيتابع أحد موظفينا.",
  hi: "अगर इससे आपकी समस्या हल नहीं होती, तो बस इस संदेश का जवाब दें और हमारा कोई एजेंट आपसे संपर्क करेगा।",
  ur: "اگر اس سے آپ کا مسئلہ حل نہیں ہوتا تو بس اس پیغام کا جواب دیں، ہمارا کوئی ایجنٹ آپ سے رابطہ کرے گا۔",
};

export function autoAnswerClosing(language: string | null | undefined): string {
  return AUTO_ANSWER_CLOSING[supportedLanguageOf(language) ?? "en"];
}
