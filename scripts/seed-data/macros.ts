import type { DemoMacro } from "./types.js";

/**
 * Canned responses. Placeholders (identical in both languages):
 * {{customer.name}}, {{ticket.number}}, {{agent.name}}.
 */
export const DEMO_MACROS: DemoMacro[] = [
  {
    key: "greeting",
    name: "Greeting",
    nameAr: "الترحيب",
    categoryKey: null,
    body: {
      en: "Hello {{customer.name}}, thank you for contacting us. My name is {{agent.name}} and I'll be helping you today. Your ticket number is {{ticket.number}}. How can I help?",
      ar: "مرحبًا {{customer.name}}، شكرًا لتواصلك معنا. اسمي {{agent.name}} وسأتولى مساعدتك اليوم. رقم تذكرتك هو {{ticket.number}}. كيف يمكنني مساعدتك؟",
    },
  },
  {
    key: "request_more_information",
    name: "Request more information",
    nameAr: "طلب معلومات إضافية",
    categoryKey: null,
    body: {
      en: "Hi {{customer.name}}, to look into this for you, could you please reply with:\n\n1. The transaction or investment ID (for example, TXN-… or INV-…)\n2. The date and approximate time it happened\n3. A screenshot of any error message you saw\n\nPlease never share your password or verification codes. Once we have these details, I'll continue working on ticket {{ticket.number}}.\n\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}، حتى أتمكن من متابعة طلبك، يُرجى تزويدي بما يلي:\n\n1. رقم المعاملة أو الاستثمار (مثل TXN-… أو INV-…)\n2. تاريخ حدوث المشكلة ووقتها التقريبي\n3. لقطة شاشة لأي رسالة خطأ ظهرت لك\n\nيُرجى عدم مشاركة كلمة المرور أو رموز التحقق مطلقًا. وبمجرد حصولنا على هذه التفاصيل، سأواصل العمل على التذكرة رقم {{ticket.number}}.\n\n{{agent.name}}",
    },
  },
  {
    key: "withdrawal_timeline",
    name: "Withdrawal timeline",
    nameAr: "المدة الزمنية للسحب",
    categoryKey: "investment_support",
    body: {
      en: "Hi {{customer.name}}, thank you for your patience. Withdrawal requests made before 14:00 (UTC+4) on a business day are processed the same day, and the money normally reaches your bank within 1–3 business days. International transfers can take a little longer if an intermediary bank is involved. If the funds have not arrived after 3 business days, reply to ticket {{ticket.number}} and we will trace the payment with our bank.\n\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}، شكرًا لصبرك. تُعالَج طلبات السحب المقدَّمة قبل الساعة 14:00 (بتوقيت UTC+4) في يوم عمل في اليوم نفسه، وتصل الأموال عادةً إلى بنكك خلال يوم إلى 3 أيام عمل. وقد تستغرق التحويلات الدولية وقتًا أطول قليلًا إذا تدخّل فيها بنك وسيط. وإذا لم تصل الأموال بعد 3 أيام عمل، فيُرجى الرد على التذكرة رقم {{ticket.number}} وسنتتبّع الدفعة مع بنكنا.\n\n{{agent.name}}",
    },
  },
  {
    key: "kyc_documents_required",
    name: "KYC documents required",
    nameAr: "مستندات التحقق من الهوية المطلوبة",
    categoryKey: "account_support",
    body: {
      en: "Hi {{customer.name}}, to complete your identity verification we need:\n\n- A valid passport or national ID (front and back)\n- Proof of address dated within the last 3 months, if your ID does not show your address\n- A clear selfie, without sunglasses or anything covering your face\n\nYou can upload them in Profile > Identity verification. Most checks are completed within 24 hours. I'll keep ticket {{ticket.number}} open until your verification is approved.\n\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}، لإكمال التحقق من هويتك نحتاج إلى ما يلي:\n\n- جواز سفر أو بطاقة هوية وطنية سارية المفعول (الوجهان الأمامي والخلفي)\n- إثبات عنوان صادر خلال الأشهر الثلاثة الأخيرة، إذا كانت وثيقة هويتك لا تتضمن عنوانك\n- صورة ذاتية واضحة، دون نظارات شمسية أو أي شيء يغطي وجهك\n\nيمكنك تحميلها من الملف الشخصي > التحقق من الهوية. تكتمل معظم عمليات التحقق خلال 24 ساعة. وسأُبقي التذكرة رقم {{ticket.number}} مفتوحة إلى أن تتم الموافقة على التحقق.\n\n{{agent.name}}",
    },
  },
  {
    key: "login_troubleshooting",
    name: "Login troubleshooting",
    nameAr: "حل مشكلات تسجيل الدخول",
    categoryKey: "technical_support",
    body: {
      en: "Hi {{customer.name}}, sorry you're having trouble signing in. Please try these steps:\n\n1. Make sure the app is updated to the latest version.\n2. Select \"Forgot password?\" on the sign-in screen to reset your password (the link is valid for 30 minutes).\n3. If your 2FA code is rejected, check that your phone's date and time are set automatically.\n4. After 5 failed attempts your account is locked for 30 minutes, so please wait before trying again.\n\nIf none of this works, reply to ticket {{ticket.number}} with a screenshot of the error.\n\n{{agent.name}}",
      ar: 'مرحبًا {{customer.name}}، نأسف لمواجهتك صعوبة في تسجيل الدخول. يُرجى تجربة الخطوات التالية:\n\n1. تأكد من تحديث التطبيق إلى أحدث إصدار.\n2. اختر "نسيت كلمة المرور؟" في شاشة تسجيل الدخول لإعادة تعيين كلمة المرور (الرابط صالح لمدة 30 دقيقة).\n3. إذا رُفض رمز المصادقة الثنائية، فتأكد من ضبط التاريخ والوقت في هاتفك تلقائيًا.\n4. بعد 5 محاولات فاشلة يُقفل حسابك لمدة 30 دقيقة، لذا يُرجى الانتظار قبل المحاولة مجددًا.\n\nإذا لم تنجح أي من هذه الخطوات، فيُرجى الرد على التذكرة رقم {{ticket.number}} مع إرفاق لقطة شاشة لرسالة الخطأ.\n\n{{agent.name}}',
    },
  },
  {
    key: "payment_failed_next_steps",
    name: "Payment failed – next steps",
    nameAr: "فشل الدفع – الخطوات التالية",
    categoryKey: "billing_support",
    body: {
      en: "Hi {{customer.name}}, I've checked your payment and it was not completed, so no money has been taken from your account. Any temporary hold shown by your bank is released automatically, usually within 5–7 business days. The most common fixes are confirming the payment with your bank (3-D Secure), updating an expired card, or using a bank transfer for amounts above the USD 5,000 daily card limit. Let me know on ticket {{ticket.number}} if you'd like me to check anything else.\n\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}، راجعتُ عملية الدفع الخاصة بك وتبيّن أنها لم تكتمل، لذلك لم يُخصم أي مبلغ من حسابك. ويُلغى أي حجز مؤقت يُظهره بنكك تلقائيًا، وعادةً ما يتم ذلك خلال 5 إلى 7 أيام عمل. وأكثر الحلول شيوعًا هي تأكيد الدفع مع بنكك (خدمة التحقق الآمن 3-D Secure)، أو تحديث البطاقة منتهية الصلاحية، أو استخدام التحويل البنكي للمبالغ التي تتجاوز الحد اليومي للبطاقة البالغ 5,000 دولار أمريكي. أخبرني عبر التذكرة رقم {{ticket.number}} إذا أردت أن أتحقق من أي أمر آخر.\n\n{{agent.name}}",
    },
  },
  {
    key: "compliance_review_in_progress",
    name: "Compliance review in progress",
    nameAr: "مراجعة الامتثال قيد التنفيذ",
    categoryKey: "compliance_support",
    body: {
      en: "Dear {{customer.name}}, your request (ticket {{ticket.number}}) has been passed to our compliance team for review. This is a standard regulatory check and does not mean anything is wrong. Reviews are usually completed within 3 business days, and we will contact you if any further documents are needed. Thank you for your understanding.\n\n{{agent.name}}",
      ar: "عزيزي/عزيزتي {{customer.name}}، أُحيل طلبك (التذكرة رقم {{ticket.number}}) إلى فريق الامتثال لدينا لمراجعته. وهذا إجراء رقابي معتاد ولا يعني وجود أي مشكلة. تكتمل المراجعة عادةً خلال 3 أيام عمل، وسنتواصل معك إذا احتجنا إلى أي مستندات إضافية. شكرًا لتفهّمك.\n\n{{agent.name}}",
    },
  },
  {
    key: "closing_resolved",
    name: "Closing – resolved",
    nameAr: "الإغلاق – تم الحل",
    categoryKey: null,
    body: {
      en: "Hi {{customer.name}}, I'm glad we could resolve this for you. I'll now close ticket {{ticket.number}}. If anything else comes up, simply reply to this message within 7 days and the ticket will reopen automatically. Our support team is available on weekdays 08:00–20:00 and at weekends 10:00–18:00 (UTC+4).\n\nThank you,\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}، يسعدني أننا تمكّنا من حل مشكلتك. سأُغلق الآن التذكرة رقم {{ticket.number}}. وإذا طرأ أي أمر آخر، فما عليك سوى الرد على هذه الرسالة خلال 7 أيام وستُعاد فتح التذكرة تلقائيًا. فريق الدعم متاح أيام الأسبوع من 08:00 إلى 20:00، وفي عطلة نهاية الأسبوع من 10:00 إلى 18:00 (بتوقيت UTC+4).\n\nشكرًا لك،\n{{agent.name}}",
    },
  },
];
