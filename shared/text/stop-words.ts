/**
 * Stop-word and negator lists for English and Arabic.
 *
 * Lists are written in natural spelling and normalised at load time with the
 * same function applied to text, so hamza or taa-marbuta variants match.
 * Greeting and thanking words ("hi", "thanks", "مرحبا", "شكرا") are deliberately
 * NOT stop words: they carry the meaning of short chat messages.
 */
import { normalizeText } from "./normalize.js";

const ENGLISH_STOP_WORDS = `
a about above after again against all also am an and any are as at
be because been before being below between both but by
can could did do does doing down during each either else ever every few for from further
get gets got had has have having he her here hers herself him himself his how however
i i'd i'll i'm i've if in into is it it's its itself just let let's me might more most must my myself
of off on once only or other our ours ourselves out over own per
please kindly really same she should so some such than that that's the their theirs them themselves then there
these they this those through to too under until up upon us very was we were what
when where which while who whom why will with would you your yours yourself yourselves
dear regards sir madam team etc via within one im ive id since
there's here's what's where's who's they're we're you're he's she's
`;

const ENGLISH_NEGATORS = `
not no never nor cannot can't don't doesn't didn't won't wouldn't isn't aren't wasn't weren't
haven't hasn't hadn't couldn't shouldn't without dont cant wont didnt doesnt isnt wasnt
`;

const ARABIC_STOP_WORDS = `
من الى إلى عن على في مع هذا هذه ذلك تلك هؤلاء هذان هاتان الذي التي الذين اللذان اللتان اللواتي
ما ماذا متى أين كيف لماذا هل أن إن أنا نحن أنت أنتم أنتي انتي هو هي هم هن هما
كان كانت كانوا يكون تكون أكون نكون قد لقد ثم أو أم بل لكن لكنه حتى إذا إذ كل بعض بين عند
عندي عندنا لدي لدينا لدى لي لنا له لها لهم لكم لك به بها بهم فيه فيها فيهم منه منها منهم
عليه عليها عليهم عليكم إليه إليها إليكم عنه عنها هنا هناك الآن أيضا فقط جدا كذلك مثل حول خلال
بعد قبل منذ تحت فوق أمام خلف ضد نحو كما لما مما عما فيما بما إلا أي أية ذا ذي يا أيها جميع
نفس عدة وهو وهي وقد إنه أنه إنها أنها يرجى الرجاء رجاء فضلك لو سوف تم يتم هذي اللي شي
أستطيع يستطيع نستطيع يمكن يمكنني يمكنك يمكننا أرجو نرجو أود
`;

const ARABIC_NEGATORS = `
لا لم لن ليس ليست لست غير بدون مش مو
`;

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean).map(normalizeText));
}

export const STOP_WORDS = {
  en: wordSet(ENGLISH_STOP_WORDS),
  ar: wordSet(ARABIC_STOP_WORDS),
} as const;

const NEGATORS: ReadonlySet<string> = wordSet(`${ENGLISH_NEGATORS} ${ARABIC_NEGATORS}`);

/** Arabic conjunction prefixes ("و" and, "ف" so) glued to the next word. */
const ARABIC_CONJUNCTION = /^[\u0648\u0641](?=\p{Script=Arabic}{2})/u;

function withoutConjunction(word: string): string {
  return word.replace(ARABIC_CONJUNCTION, "");
}

/** Is a normalised token a negation word ("not", "can't", "لا", "غير")? */
export function isNegator(normalizedWord: string): boolean {
  return NEGATORS.has(normalizedWord) || NEGATORS.has(withoutConjunction(normalizedWord));
}

/** Is a normalised token a stop word (function word) in English or Arabic? Negators count as stop words. */
export function isStopWord(normalizedWord: string): boolean {
  const bare = withoutConjunction(normalizedWord);
  return (
    STOP_WORDS.en.has(normalizedWord) ||
    STOP_WORDS.ar.has(normalizedWord) ||
    STOP_WORDS.ar.has(bare) ||
    isNegator(normalizedWord)
  );
}
