/** Chat utterances kept out of training, used only to measure the intent model (6 per intent, en and ar). */
import { flattenUtterances, type LabelledUtterance, type UtterancesByIntent } from "./intents.js";

const UTTERANCES: UtterancesByIntent = {
  check_investment_status: {
    en: [
      "Has my order in the income fund been executed?",
      "status of investment INV-77120",
      "I invested yesterday, is it confirmed?",
    ],
    ar: ["هل تم تنفيذ أمر الاستثمار الخاص بي؟", "ما هي حالة استثماري في صندوق النمو؟", "استثماري لم يتم تأكيده بعد"],
  },
  kyc_status_inquiry: {
    en: ["Is my KYC approved yet?", "when will my passport be verified", "my identity verification is taking forever"],
    ar: ["هل تم التحقق من هويتي؟", "متى يتم توثيق حسابي؟", "لماذا رفضتم صورة الهوية؟"],
  },
  payment_issues: {
    en: ["my payment was declined twice", "I got charged but the payment failed", "card payment not working"],
    ar: ["تم رفض الدفع", "خصم مني المبلغ مرتين", "مشكلة في الدفع بالبطاقة"],
  },
  greeting: {
    en: ["hello there", "good morning team", "hi!"],
    ar: ["أهلين", "هلا والله", "سلام عليكم"],
  },
  human_handoff: {
    en: ["can I talk to a real agent", "get me a human please", "I need to speak to someone from support"],
    ar: ["أريد موظف خدمة العملاء", "حولني لموظف", "أبغى أتكلم مع شخص"],
  },
  ticket_status: {
    en: ["any news on my ticket SB-10420?", "is my support case resolved", "I haven't received a reply to my ticket"],
    ar: ["ما الجديد في تذكرتي؟", "هل تم الرد على شكواي؟", "متى تحل التذكرة رقم SB-20001؟"],
  },
  thanks_goodbye: {
    en: ["thanks a lot", "bye bye", "thank you, that's everything"],
    ar: ["شكرا لكم", "مع السلامة وشكرا", "جزاك الله خير"],
  },
  knowledge_question: {
    en: ["how do I reset my password?", "what are the fees for withdrawals?", "how can I close my account?"],
    ar: ["كيف أغير رقم هاتفي؟", "ما هي رسوم التحويل؟", "كيف أغلق حسابي؟"],
  },
};

export const INTENT_HELD_OUT_UTTERANCES: readonly LabelledUtterance[] = flattenUtterances(UTTERANCES);
