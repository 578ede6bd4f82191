// What a control's name means, as small pure functions over the word families in ./words.
// A family matches a control's WHOLE accessible name (normalised), never a few words inside a
// longer title: "Customer Support Headset Pro" is a product, not the menu entry.
import type { ProblemId } from '../model/types';
import { MENU_ENTRY_WORDS } from './locators';
import { normalise } from './text';
import { wordsFor, type WordKey } from './words';

const sets = new Map<WordKey, ReadonlySet<string>>();
function family(key: WordKey): ReadonlySet<string> {
  let set = sets.get(key);
  if (!set) {
    set = new Set(wordsFor(key).map(normalise).filter(Boolean));
    sets.set(key, set);
  }
  return set;
}

/** A count, an amount or a balance after a label ("Wish Cash 12 50", "Orders 3"). */
const TRAILING_NUMBERS = / (?:\d+ ?)+$/;

function words(norm: string): number {
  return norm ? norm.split(' ').length : 0;
}

/** 1 when the whole (normalised) name is one of the family's wordings; 0.9 when it is once a
 *  trailing count or amount is set aside; 0 otherwise. */
export function nameScore(name: string, key: WordKey): number {
  const norm = normalise(name);
  if (!norm) return 0;
  const set = family(key);
  if (set.has(norm)) return 1;
  const bare = norm.replace(TRAILING_NUMBERS, '');
  if (bare !== norm && set.has(bare)) return 0.9;
  // An order's help said of the order ("Obtener ayuda con el pedido", "Contact support about
  // this order"): the order's own way, however the family words it.
  // Not a question ("Need help with this order?"): that opens the ways, it is none of them.
  if ((key === 'getHelp' || key === 'contactSupport') && !/\?\s*$/.test(name)) {
    const about = ABOUT_THE_ORDER.exec(norm);
    if (about && about.index > 0 && set.has(norm.slice(0, about.index))) return 1;
  }
  return 0;
}

/** "… with this order" at the end of a name, in each language (inferred). */
const ABOUT_THE_ORDER =
  / (?:(?:with|for|on|about) (?:this|the|your|my) order|(?:con|para|sobre|de|en) (?:el|este|tu|mi|su) pedido|(?:del|deste|do) pedido|(?:com|para|sobre|em) (?:o|este|seu|meu|teu) pedido|(?:pour|avec|sur|concernant) (?:cette|la|ma|votre|ta) commande|de (?:cette|la|ma|votre) commande|(?:zu|mit|fur|bei) (?:dieser|der|deiner|meiner|ihrer|ihre|deine) bestellung|(?:con|per|su|sul|sull) (?:questo|il|l|il mio|il tuo|quest) ordine|(?:με|για) (?:την|αυτη την|τη) παραγγελια(?: σασ| σου| μου)?)$/;

/** The best score among several families. */
export function bestNameScore(name: string, keys: readonly WordKey[]): number {
  let best = 0;
  for (const key of keys) best = Math.max(best, nameScore(name, key));
  return best;
}

/** Whether `phrase` (normalised) stands in `norm` as whole words. */
function holds(norm: string, phrase: string): boolean {
  return ` ${norm} `.includes(` ${phrase} `);
}

function holdsAny(norm: string, key: WordKey): boolean {
  for (const phrase of family(key)) if (holds(norm, phrase)) return true;
  return false;
}

function startsWithAny(norm: string, key: WordKey): string | undefined {
  let best: string | undefined;
  for (const phrase of family(key))
    if ((norm === phrase || norm.startsWith(phrase + ' ')) && (!best || phrase.length > best.length))
      best = phrase;
  return best;
}

/** A question ("How do I contact an agent?") is an article's title, not the agent button. */
const QUESTION_START =
  /^(how|what|why|where|when|can|could|do|does|is|πωσ|τι|γιατι|που|ποτε|μπορω|come|cosa|perche|dove|quando|posso|wie|was|warum|wo|wann|kann|comment|pourquoi|quand|puis|como|que|donde|cuando|puedo|onde|porque)(?= |$)/;

/** Stems of words for a person who answers (plural and gendered forms included). */
const PERSON_STEMS = [
  'agent',
  'operator',
  'operatr',
  'represent',
  'rappresentant',
  'human',
  'uman',
  'mitarbeiter',
  'berater',
  'conseill',
  'asesor',
  'atendent',
  'consultor',
  'consulent',
  // South African English calls the agent a consultant ("Chat to a consultant").
  'consultant',
  'advisor',
  'adviser',
  'εκπροσωπ',
  'αντιπροσωπ',
  'υπαλληλ',
  'πρακτορ',
  'συνεργατ',
  'live chat',
  'chat dal vivo',
  'chat en vivo',
  'chat ao vivo',
  'chat en direct',
  'ζωντανη συνομιλ',
];

/** A word for a person who answers. French "en consultant" (by looking at: "Suivez votre colis
 *  en consultant le suivi") is a verb, not the consultant who answers. */
function hasPersonStem(norm: string): boolean {
  return hasStem(norm.replace(/(^| )en consultant/g, ''), PERSON_STEMS);
}

/** One person to reach, by a word for them ("a support agent", "someone", "una persona"):
 *  not a team or a service. */
export function namesOnePerson(name: string): boolean {
  const norm = normalise(name);
  return hasPersonStem(norm) || ONE_PERSON_WORDS.some((w) => holds(norm, w));
}
const ONE_PERSON_WORDS = [
  ...['person', 'someone', 'somebody', 'persona', 'pessoa', 'personne', 'quelqu un', 'qualcuno'],
  ...['jemand', 'jemandem', 'jemanden', 'καποιον', 'ανθρωπο'],
];

/** A specialist, only to talk to: "Chat with a specialist", "Mit einer Fachperson chatten"
 *  (inferred). A specialist alone is a shop's ("Spezialist für Handyhüllen"), a service sold
 *  ("Montage durch eine Fachkraft"), or its AI stylist ("KI-Stil-Spezialist"). */
function talksToSpecialist(norm: string): boolean {
  return (
    (hasStem(norm, SPECIALIST_STEMS) || STAFF_WORDS.some((w) => holds(norm, w))) &&
    hasStem(norm, SPEAK_STEMS) &&
    !hasStem(norm, BECOME_STEMS) &&
    !norm.split(' ').some((w) => STYLE_WORD.test(w)) &&
    !norm.split(' ').some((w) => MACHINE_WORDS.has(w))
  );
}
/** A case handler named as the shop's own ("Pasar mi caso a un gestor de Wish", "Einem
 *  Sachbearbeiter von Wish übergeben"); a handler alone is anyone's (a password manager, a
 *  courier's, PayPal's). Inferred. */
function handlesForWish(norm: string): boolean {
  return hasStem(norm, HANDLER_STEMS) && norm.split(' ').includes('wish');
}
const HANDLER_STEMS = [
  ...['case manager', 'case handler', 'sachbearbeiter', 'χειριστ', 'gestor', 'gestionnaire'],
  ...['incaricat'],
];
/** Becoming one ("Devenir collaborateur : contactez-nous", "Torne-se colaborador"): a job or
 *  partner offer, no one to talk to. Inferred. */
const BECOME_STEMS = [
  ...['become', 'join our team', 'devenir', 'deviens', 'devenez', 'diventa', 'conviert', 'hazte'],
  ...['torne se', 'torna te', 'seja um', 'seja uma', 'werde', 'werden sie', 'γινε', 'γινετε'],
];
const SPECIALIST_STEMS = ['specialist', 'especialist', 'spezialist', 'fachperson', 'fachkraft'];
/** A member of the staff ("Falar com um colaborador da Wish", "Parler à un collaborateur"), as
 *  whole words and only to talk to: a collaboration alone is a brand's or a creator's offer. */
const STAFF_WORDS = [
  ...['colaborador', 'colaboradora', 'colaboradores', 'colaboradoras'],
  ...['collaboratore', 'collaboratrice', 'collaboratori', 'collaborateur', 'collaborateurs'],
];
/** Talking, writing, asking (the start of the word, per language). */
const SPEAK_STEMS = [
  ...['talk', 'speak', 'chat', 'contact', 'write', 'ask', 'message', 'sprech', 'sprich', 'schreib'],
  ...['kontakt', 'frag', 'parla', 'parli', 'scriv', 'contatt', 'chied', 'parler', 'parlez', 'ecri'],
  ...['discut', 'habl', 'escrib', 'pregunt', 'fal', 'escrev', 'pergunt', 'convers', 'μιλ', 'συνομιλ'],
  ...['επικοινων', 'γραψ', 'ρωτ'],
];
/** A style (an AI stylist, "Stilberatung", "stile"), by its words' starts; not "still". */
const STYLE_WORD = /^(styl|stil(?!l)|estil|στιλ)/;
/** Reaching someone, as a whole word: "Reach a support specialist", "Joindre un spécialiste",
 *  "Einen Spezialisten erreichen" (inferred). Only as the name's own verb, beside the specialist
 *  and small words: "Joindre une photo pour le spécialiste" attaches a photo, "Call SpeedPost's
 *  delivery specialist" is the courier's. */
const REACH_VERBS = new Set([
  ...['reach', 'call', 'joindre', 'rejoindre', 'appeler', 'erreichen', 'anrufen', 'raggiungi'],
  ...['raggiungere', 'chiama', 'chiamare', 'llamar', 'llama', 'ligar', 'ligue', 'καλεστε'],
]);
const REACH_FILLERS = new Set([
  ...['a', 'an', 'the', 'our', 'un', 'une', 'uno', 'una', 'ein', 'eine', 'einen', 'einem'],
  ...['unseren', 'unsere', 'notre', 'nos', 'nostro', 'nostra', 'nuestro', 'nuestra', 'nosso'],
  ...['nossa', 'um', 'uma', 'o', 'al', 'le', 'il', 'lo', 'el', 'den', 'τον', 'εναν', 'wish', 'support'],
  ...['customer', 'kundenservice', 'supporto', 'soporte', 'suporte', 'service', 'servizio', 'servicio'],
]);
/** The last sentence of a name, normalised: "Still need help? Reach a specialist" → "reach a
 *  specialist". */
function lastClause(name: string): string {
  return normalise(
    name
      .split(/[?.!:;¿¡？]\s*/u)
      .filter((t) => /\p{L}/u.test(t))
      .pop() ?? '',
  );
}
function reachesSpecialist(norm: string): boolean {
  const w = norm.split(' ');
  const verbAt = REACH_VERBS.has(w[0]!) ? 0 : REACH_VERBS.has(w[w.length - 1]!) ? w.length - 1 : -1;
  if (verbAt < 0) return false;
  const rest = w.filter((_, i) => i !== verbAt);
  const experts = rest.filter((t) => SPECIALIST_STEMS.some((s) => t.startsWith(s)));
  return experts.length === 1 && rest.every((t) => experts.includes(t) || REACH_FILLERS.has(t));
}
const MACHINE_WORDS = new Set(['ai', 'ki', 'ia', 'bot', 'chatbot', 'τν']);

/** A short control name that means "talk to a person": an agent, a representative, a human,
 *  live chat, the support team... in any supported language. */
export function meansPerson(name: string): number {
  const score = personScore(name);
  if (score) return score;
  // A compound with the team ("Serviceteam", "Supportteam", "Kundendienstteam"): read apart,
  // as its hyphenated spelling is ("Service-Team").
  const apart = name.replace(/(\p{L}{4,})(team)\b/giu, '$1 $2');
  if (apart !== name) return meansPerson(apart);
  // An aside in brackets after the offer says where or when ("Conversar por escrito com a
  // equipa (aqui no chat)", "(Mo–Fr, 9–18 Uhr)"), not who: the offer is as short without it.
  // Whose person it is, the whole still says (an aside naming a carrier or a seller).
  const aside = /^(.*\S)\s*[(（][^()（）]*[)）]\s*$/u.exec(name.trim());
  const norm = normalise(name);
  if (!aside || namesOtherDesk(norm) || hasStem(norm, CARRIER_STEMS)) return 0;
  return personScore(aside[1]!);
}

function personScore(name: string): number {
  if (nameScore(name, 'contactAgent')) return 1;
  if (escalates(name)) return 0.8;
  // A question is the assistant's message, not a control ("Shall I pass you to a colleague?").
  if (/[?;？]\s*$/u.test(name)) return 0;
  // What the talk is about comes after the person and says nothing of them: "Chat to a Wish
  // agent about my account or a payment" is as short as "Chat to a Wish agent".
  const norm = withoutAboutClause(normalise(name));
  // The shop naming itself and one-letter words ("a", "y", "e") make no sentence of a call:
  // "Pasar mi caso a un gestor de Wish" is as short as "Talk to an agent".
  // Whose team the person is in ("… σε έναν άνθρωπο της ομάδας", "… of our team") says only
  // that they are the shop's: the offer is as short without it.
  const said = withoutTeamTail(norm)
    .split(' ')
    .filter((w) => w.length > 1 && w !== 'wish');
  if (!norm || said.length > 7 || QUESTION_START.test(norm)) return 0;
  // Whose person it is, the words before the about clause say: "Hablar con un agente de
  // Correos sobre tu pedido Wish" is the courier's agent, whatever the talk is about.
  if (namesOtherDesk(norm) || hasStem(norm, CARRIER_STEMS)) return 0;
  return holdsAny(norm, 'person') ||
    hasPersonStem(norm) ||
    talksToSpecialist(norm) ||
    (said.some((w) => REACH_VERBS.has(w)) && reachesSpecialist(lastClause(name))) ||
    handlesForWish(norm) ||
    personalService(norm) ||
    teamMember(norm) ||
    colleague(norm) ||
    supportTeam(norm) ||
    reachesCustomerService(norm)
    ? 0.8
    : 0;
}

/** A name without its closing "of the team" ("… of our team", "… της ομάδας μας", "… de
 *  l'équipe", "… aus unserem Team", "… unseres Teams"): a team word last (or before a
 *  possessive), after small words opened by "of" or "from". Otherwise the name as it is. */
export function withoutTeamTail(norm: string): string {
  const w = norm.split(' ');
  let end = w.length;
  if (end > 1 && TEAM_TAIL_OURS.has(w[end - 1]!)) end--;
  if (!TEAM_STEMS.some((s) => w[end - 1]!.startsWith(s))) return norm;
  let at = end - 1;
  while (at > 1 && TEAM_TAIL_WORDS.has(w[at - 1]!)) at--;
  return at < end - 1 && TEAM_TAIL_OF.has(w[at]!) ? w.slice(0, at).join(' ') : norm;
}
/** The words that open a "whose team" tail: of, from, a genitive article or possessive. */
const TEAM_TAIL_OF = new Set([
  ...['of', 'from', 'de', 'del', 'della', 'dal', 'dalla', 'da', 'do', 'dos', 'aus', 'von', 'vom'],
  ...['unseres', 'des', 'τησ', 'απο'],
]);
/** The small words inside it (articles, "our", the shop's name). */
const TEAM_TAIL_WORDS = new Set([
  ...TEAM_TAIL_OF,
  ...['the', 'our', 'l', 'la', 'notre', 'nostro', 'nostra', 'nuestro', 'nuestra', 'nosso', 'nossa'],
  ...['unserem', 'dem', 'την', 'wish'],
]);
/** A possessive after the team ("της ομάδας μας"). */
const TEAM_TAIL_OURS = new Set(['μασ', 'nostro', 'nostra']);

/** The words that open an "about …" clause (not "um", also Portuguese "a"). */
const ABOUT_CLAUSE = new Set([
  ...['about', 'regarding', 'concerning', 'sobre', 'acerca', 'propos', 'concernant', 'riguardo'],
  ...['circa', 'uber', 'bezuglich', 'wegen', 'σχετικα'],
]);
/** The words before an "about …" clause that comes after three words or more. */
export function withoutAboutClause(norm: string): string {
  const all = norm.split(' ');
  const at = all.findIndex((w, i) => i >= 3 && ABOUT_CLAUSE.has(w));
  return at > 0 ? all.slice(0, at).join(' ') : norm;
}

/** A person offer naming another business before any "about …" clause ("Chat with an Evri
 *  agent about your Wish parcel", "Talk to a Klarna agent"): a capitalised word inside a
 *  sentence otherwise in small letters, not Wish. Title Case names nothing this way. */
export function namesAnotherBrand(name: string): boolean {
  const raw = name.trim().split(/\s+/u);
  const at = raw.findIndex((w, i) => i >= 3 && ABOUT_CLAUSE.has(normalise(w)));
  const rest = (at > 0 ? raw.slice(1, at) : raw.slice(1)).filter((w) => /\p{L}{3}/u.test(w));
  const caps = rest.filter((w) => /^\p{Lu}/u.test(w));
  if (!caps.length || caps.length * 2 > rest.length) return false;
  return caps.some((w) => normalise(w) !== 'wish');
}

/** Service given in person: "Persönliche Beratung", "Atención personalizada", "Personal
 *  support" (inferred): one of the people, in the assistant. */
function personalService(norm: string): boolean {
  // The word for personal right beside the service's ("Personal info help" is a topic).
  const w = norm.split(' ');
  const is = (t: string | undefined, stems: readonly string[]) => !!t && stems.some((s) => t.startsWith(s));
  return w.some(
    (t, i) =>
      is(t, PERSONAL_STEMS) && (is(w[i + 1], PERSONAL_SERVICE_STEMS) || is(w[i - 1], PERSONAL_SERVICE_STEMS)),
  );
}
const PERSONAL_STEMS = ['personal', 'personnal', 'personlich', 'personaliz', 'personalis', 'προσωπικ'];
const PERSONAL_SERVICE_STEMS = [
  'berat',
  'betreu',
  'conseil',
  'assist',
  'atend',
  'atenc',
  'support',
  'help',
  'εξυπηρετ',
  'βοηθ',
];

/** A short control name that reaches the service's people: "Talk to customer care", "Falar
 *  com o atendimento", "Contact support" (in the account menu, the support entry). */
export function reachesService(name: string): boolean {
  if (/[?;？]\s*$/u.test(name)) return false;
  const norm = normalise(name);
  return (
    !!norm &&
    words(norm) <= 7 &&
    !QUESTION_START.test(norm) &&
    (reachesCustomerService(norm) || reachesUs(norm) || supportTeam(norm))
  );
}

/** Starting a new conversation or request ("+ Start a new conversation", "Iniciar una nueva
 *  conversación", "Neue Anfrage", "Nouvelle conversation", "Νέα συζήτηση"; inferred): a new
 *  one, said so, nothing else but small words. Who answers it, the caller asks of the
 *  assistant's words before it (a bot's own "New chat" restarts the bot). */
export function startsConversation(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 5 || /\d/.test(norm)) return false;
  const all = norm.split(' ');
  const noun = all.findIndex((w) => TALK_STEMS.some((s) => w.startsWith(s)) || REQUEST_NOUNS.has(w));
  return (
    noun >= 0 &&
    all.some((w) => NEW_WORDS.has(w)) &&
    all.every(
      (w, i) =>
        i === noun ||
        GO_FILLERS.has(w) ||
        NEW_WORDS.has(w) ||
        GO_STEMS.some((s) => w.startsWith(s)) ||
        w === 'wish',
    )
  );
}
const NEW_WORDS = new Set([
  ...['new', 'neu', 'neue', 'neuen', 'nouvelle', 'nouveau', 'nuova', 'nuovo', 'nueva', 'nuevo'],
  ...['nova', 'novo', 'νεα', 'νεο'],
]);

/** In the account menu, an entry that offers help from the shop's people without saying
 *  customer support (inferred, in each language): a question about help with a call to us
 *  after it ("Need help? Talk to us", "¿Necesitas ayuda? Contacta con nosotros: …") 0.8; the
 *  shop saying it helps ("Wir helfen dir weiter", "We're here to help", "On vous aide",
 *  "Πώς μπορούμε να σας βοηθήσουμε;") 0.7; the question alone ("Need help?", "Besoin
 *  d'aide ?") 0.6, as weak as a bare "Help". Never another desk's, a carrier's or articles'. */
export function offersPeoplesHelp(name: string): number {
  const text = name.trim();
  if (!text || text.length > 90 || namesOtherDesk(text) || hasStem(normalise(text), CARRIER_STEMS)) return 0;
  const parts = /^(.{3,60}?)[?;？]\s*(.*)$/su.exec(text);
  if (!parts) return shopHelps(normalise(text)) ? 0.7 : 0;
  const ask = normalise(parts[1]!.replace(/^[¿¡]/u, ''));
  const rest = parts[2]!.trim();
  const asks = asksIfHelpNeeded(ask);
  if (!rest) return shopHelps(ask) ? 0.7 : asks ? 0.6 : 0;
  if (!asks && !shopHelps(ask)) return 0;
  // The call up to its first stop: what follows a colon or a dot says what is there.
  const call = normalise(rest.split(/[:·•|–—(]/u)[0]!);
  return call &&
    words(call) <= 5 &&
    (reachesUs(call) || reachesCustomerService(call) || supportTeam(call) || holdsAny(call, 'person'))
    ? 0.8
    : 0;
}

/** "Need help?", "Brauchst du Hilfe?", "Besoin d'aide", "Hai bisogno di aiuto", "¿Necesitas
 *  ayuda?", "Precisa de ajuda", "Χρειάζεστε βοήθεια", "Any questions": help or questions, and
 *  nothing else but the words of needing it (not "Need help with sizing").  */
function asksIfHelpNeeded(norm: string): boolean {
  const all = norm.split(' ');
  return (
    !!norm &&
    all.length <= 6 &&
    all.some((w) => HELP_NOUNS.has(w)) &&
    all.every((w) => HELP_NOUNS.has(w) || NEED_WORDS.has(w))
  );
}
const HELP_NOUNS = new Set([
  ...['help', 'questions', 'question', 'hilfe', 'fragen', 'aide', 'assistance', 'questions'],
  ...['aiuto', 'domande', 'ayuda', 'preguntas', 'dudas', 'ajuda', 'duvidas', 'perguntas'],
  ...['βοηθεια', 'ερωτησεισ', 'αποριεσ'],
]);
const NEED_WORDS = new Set([
  ...['need', 'needs', 'still', 'some', 'more', 'any', 'do', 'you', 'got', 'have'],
  ...['brauchst', 'brauchen', 'benotigst', 'benotigen', 'du', 'sie', 'noch', 'hast', 'haben', 'weitere'],
  ...['besoin', 'd', 'de', 'des', 'encore', 'plus', 'avez', 'vous', 'as', 'tu', 'un', 'peu'],
  ...['hai', 'ha', 'avete', 'bisogno', 'di', 'serve', 'servono', 'ancora', 'altro', 'po'],
  ...['necesitas', 'necesita', 'necesitais', 'mas', 'todavia', 'aun', 'tienes', 'tiene', 'alguna'],
  ...['precisa', 'precisas', 'precisando', 'ainda', 'mais', 'tem', 'tens', 'alguma', 'esta'],
  ...['χρειαζεστε', 'χρειαζεσαι', 'ακομα', 'ακομη', 'λιγη', 'καποια', 'εχετε', 'εχεισ'],
]);

/** The shop saying it helps the shopper: "we" (or "our team", or a verb of "we") and a verb of
 *  helping, nothing else but small words ("We're here to help", "Wir helfen dir weiter", "On
 *  est là pour vous aider", "Ti aiutiamo noi", "Te ayudamos", "Estamos aqui para ajudar",
 *  "Σας βοηθάμε", "How can we help?"). */
function shopHelps(norm: string): boolean {
  const all = norm.split(' ');
  if (!norm || all.length > 8) return false;
  const helps = all.some((w) => HELP_VERB_STEMS.some((s) => w.startsWith(s)));
  const we =
    all.some((w) => WE_WORDS.has(w) || WE_VERBS.has(w)) ||
    /(?:^| )let us /.test(`${norm} `) ||
    (all.some((w) => TEAM_STEMS.some((s) => w.startsWith(s))) &&
      all.some((w) => OUR_WORDS.has(w) || w === 'wish'));
  return (
    helps &&
    we &&
    all.every(
      (w) =>
        HELP_VERB_STEMS.some((s) => w.startsWith(s)) ||
        WE_WORDS.has(w) ||
        WE_VERBS.has(w) ||
        OUR_WORDS.has(w) ||
        w === 'wish' ||
        TEAM_STEMS.some((s) => w.startsWith(s)) ||
        HELPS_FILLERS.has(w),
    )
  );
}
const HELP_VERB_STEMS = ['help', 'helf', 'hilft', 'aid', 'ayud', 'aiut', 'ajud', 'βοηθ'];
const WE_WORDS = new Set(['we', 'wir', 'nous', 'on', 'noi', 'nosotros', 'nosotras', 'nos', 'gente', 'εμεισ']);
/** Verbs said by "we" (Romance and Greek drop the pronoun): "estamos aquí", "possiamo". */
const WE_VERBS = new Set([
  ...['sommes', 'pouvons', 'siamo', 'possiamo', 'estamos', 'podemos', 'somos', 'ειμαστε', 'μπορουμε'],
  ...['konnen', 'sind', 'ayudamos', 'aiutiamo', 'ajudamos', 'aidons', 'βοηθαμε', 'βοηθουμε'],
]);
const HELPS_FILLERS = new Set([
  ...['you', 'u', 're', 'are', 'here', 'to', 'happy', 'glad', 'always', 'can', 'will', 'll', 'be'],
  ...['how', 'let', 'us', 'with', 'gladly', 'dir', 'dich', 'ihnen', 'sie', 'euch', 'weiter', 'gerne'],
  ...['gern', 'da', 'fur', 'wie', 'immer', 'vous', 'te', 't', 'toi', 'pour', 'est', 'la', 'ici'],
  ...['comment', 'volontiers', 'toujours', 'ti', 'vi', 'qui', 'per', 'come', 'volentieri', 'sempre'],
  ...['le', 'os', 'les', 'aqui', 'para', 'como', 'con', 'gusto', 'lhe', 'voce', 'a', 'o', 'σασ'],
  ...['σε', 'εδω', 'για', 'να', 'πωσ', 'παντα', 'ευχαριστωσ', 'μαζι', 'lo', 'que', 'em', 'que'],
]);

/** Opening a request to the service ("Submit a request", "Apri una richiesta", "Abrir um
 *  chamado", "Anfrage stellen"): a verb of opening and the noun, in the singular, nothing else
 *  but small words and the service's own ("di assistenza"). Not the shopper's list of them
 *  ("Le mie richieste (1)", "Open tickets 2": a count), nor a request of another kind
 *  ("Submit a return request"). Inferred in each language. */
export function opensSupportRequest(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 6 || /\d/.test(norm)) return false;
  const all = norm.split(' ');
  const verb = all.findIndex(
    (w) => OPEN_REQUEST_WORDS.has(w) || OPEN_REQUEST_STEMS.some((s) => w.startsWith(s)),
  );
  const noun = all.findIndex((w) => REQUEST_NOUNS.has(w));
  if (verb < 0 || noun < 0 || verb === noun) return false;
  // Nothing else but small joining words and the service's: "Submit an ad request", "Richiesta
  // creator" ask for something else.
  return all.every(
    (w, i) =>
      i === verb ||
      i === noun ||
      GO_FILLERS.has(w) ||
      REQUEST_JOINERS.has(w) ||
      w === 'wish' ||
      JOINING_WORDS.has(w) ||
      CUSTOMER_STEMS.some((s) => w.startsWith(s)) ||
      PEOPLE_SERVICE_STEMS.some((s) => w.startsWith(s)),
  );
}
/** Reporting an issue to the service ("Report an issue", "Anliegen melden", "Signaler un
 *  problème", "Segnala un problema", "Relatar um problema"): a verb of reporting and the issue,
 *  nothing else but small words and Wish's name. Not a report of something else ("Artikel
 *  melden", "Report a bug", "Report a problem with this item"), nor a list of issues.
 *  Inferred in each language. */
export function reportsIssue(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 6 || /\d/.test(norm)) return false;
  const all = norm.split(' ');
  const verb = all.findIndex((w) => REPORT_STEMS.some((s) => w.startsWith(s)));
  const noun = all.findIndex((w) => ISSUE_NOUNS.has(w));
  if (verb < 0 || noun < 0 || verb === noun) return false;
  return all.every(
    (w, i) => i === verb || i === noun || GO_FILLERS.has(w) || REQUEST_JOINERS.has(w) || w === 'wish',
  );
}
const REPORT_STEMS = [
  ...['report', 'meld', 'signal', 'segnal', 'reportar', 'informar', 'relat', 'comunic'],
  ...['αναφορ', 'αναφερ', 'δηλωσ'],
];
/** An issue, in the singular. */
const ISSUE_NOUNS = new Set([
  ...['issue', 'problem', 'concern', 'anliegen', 'probleme', 'souci', 'problema', 'incidencia'],
  ...['incidente', 'προβλημα', 'προβληματοσ'],
]);
const OPEN_REQUEST_STEMS = [
  ...['open', 'submit', 'create', 'raise', 'start', 'apri', 'invia', 'inoltra', 'offn', 'eroffn'],
  ...['erstell', 'einreich', 'ouvr', 'soumet', 'creer', 'envoy', 'abri', 'abra', 'crear', 'criar'],
  ...['ανοιγ', 'ανοιξ', 'υποβολ', 'υποβαλ', 'δημιουργ'],
];
/** Verbs whose stems would also start nouns ("creator", "envío", "depósito", "newsletter",
 *  "Sendung", "Stellenangebot"): whole words only. */
const OPEN_REQUEST_WORDS = new Set([
  ...['new', 'send', 'file', 'crea', 'nuova', 'nuovo', 'neu', 'neue', 'neuen', 'stellen'],
  ...['nouvelle', 'nouveau', 'deposer', 'envia', 'enviar', 'envie', 'nueva', 'nuevo', 'novo', 'nova'],
  ...['νεο', 'νεα'],
]);
/** "Of", "for" and the like between the request and the service ("demande d'assistance"). */
const REQUEST_JOINERS = new Set([
  ...['of', 'for', 'd', 'de', 'di', 'du', 'da', 'do', 'del', 'della', 'dell', 'pour', 'para', 'per'],
  ...['fur', 'zum', 'an', 'για', 'τησ', 'του'],
]);
/** A request or ticket, in the singular (an order, "pedido", is not one). */
const REQUEST_NOUNS = new Set([
  ...['request', 'ticket', 'richiesta', 'anfrage', 'supportanfrage', 'demande', 'requete'],
  ...['solicitud', 'chamado', 'solicitacao', 'αιτημα', 'αιτηματοσ'],
]);

/** The assistant's way out after its answers, a question and its call in one control: "Still
 *  need help? Contact us", "¿Aún necesitas ayuda? Contáctanos". The call alone ("Contact us") is
 *  a page's link as often as the assistant's, so it takes the question about help with it. */
function escalates(name: string): boolean {
  const parts = /^(.{3,60}?)[?;？]\s*([^?;？]{2,40})$/u.exec(name.trim());
  if (!parts) return false;
  const ask = normalise(parts[1]!);
  const call = normalise(parts[2]!);
  if (!ask || !call || words(ask) > 6 || words(call) > 5) return false;
  // "Need help with sizing? Ask us": a question to the shop's guide, not a way to its people.
  if (ASK_CALL.test(call)) return false;
  return (
    hasStem(ask, HELP_STEMS) &&
    !hasStem(ask, OTHER_DESK_STEMS) &&
    (reachesUs(call) || reachesCustomerService(call) || supportTeam(call) || holdsAny(call, 'person'))
  );
}

const ASK_CALL = /^(?:ask|pregunt|chied|domand|frag|demand|pergunt|ρωτ)/u;

/** "Talk to us", "Habla con nosotros", "Schreib uns", "Fale conosco", "Contattaci": a reach
 *  verb and "us", nothing else (in the account menu, the way to the support team). */
function reachesUs(norm: string): boolean {
  if (US_IN_VERB.has(norm)) return true;
  const all = norm.split(' ');
  const verb = all.findIndex(
    (w) =>
      REACH_STEMS.some((s) => w.startsWith(s)) ||
      CONTACT_STEMS.some((s) => w.startsWith(s)) ||
      CHAT_VERB_STEMS.some((s) => w.startsWith(s)),
  );
  if (verb < 0) return false;
  // Small words around ("to", "with", "con", "μαζί") say nothing.
  const rest = all.filter((w, i) => i !== verb && (US_WORDS.has(w) || w.length > 4));
  return rest.length === 1 && US_WORDS.has(rest[0]!);
}
const US_WORDS = new Set([
  'us',
  'nosotros',
  'nous',
  'uns',
  'noi',
  'conosco',
  'nos',
  'connosco',
  'gente',
  'μασ',
  // The shop naming itself: "Chat with Wish", "Fale com a Wish", "Schreib Wish" is "us".
  'wish',
]);
/** "Us" written into the verb (Spanish, Italian; inferred): one word that is the whole call. */
const US_IN_VERB = new Set([
  // The British "contact us" (inferred).
  'get in touch',
  'get in touch with us',
  'contactanos',
  'contactenos',
  'escribenos',
  'escribinos',
  'hablanos',
  'contattaci',
  'scrivici',
  'chiamaci',
]);

/** "Talk to customer care", "Chat with customer service", "Mit dem Kundenservice sprechen": a
 *  way to reach the service's people, said with a verb first (or last, in German). */
function reachesCustomerService(norm: string): boolean {
  // A verb of several words is one verb: "get in touch with", "reach out to".
  for (const phrase of REACH_PHRASES)
    if (norm.startsWith(`${phrase} `)) norm = `contact ${norm.slice(phrase.length + 1)}`;
  const all = norm.split(' ');
  const isVerb = (w: string | undefined) =>
    !!w &&
    (REACH_STEMS.some((s) => w.startsWith(s)) ||
      CONTACT_STEMS.some((s) => w.startsWith(s)) ||
      CHAT_VERB_STEMS.some((s) => w.startsWith(s)));
  const rest = isVerb(all[0]) ? all.slice(1) : isVerb(all[all.length - 1]) ? all.slice(0, -1) : null;
  if (!rest) return false;
  // The small words around ("to", "with", "il", "mit dem") say nothing.
  const kept = rest.filter((w) => w.length > 4 || SERVICE_STEMS.some((s) => w.startsWith(s)));
  if (!kept.length) return false;
  // "Get in touch with support", "Chat with support": the service's people, named by the
  // service alone (not "help" or "care": "Ask for help" is a search of the articles).
  return (
    meansCustomerSupport(kept.join(' ')) ||
    kept.every((w) => TEAM_SERVICE_STEMS.some((s) => w.startsWith(s)) && !BOT_WORD.test(w))
  );
}
/** The assistant itself (a bot), not its people: "Chat with Wish Assistant". */
const BOT_WORD = /^(?:assistant|assistent|asistente|assistente|βοηθ|bot|chatbot)/;
/** Verbs of several words for reaching someone, normalised (inferred). */
const REACH_PHRASES = [
  'get in touch with',
  'get in touch',
  'reach out to',
  'entrer en contact avec',
  'prendre contact avec',
  'mettersi in contatto con',
  'ponerse en contacto con',
  'ponte en contacto con',
  'entrar em contato com',
  'entre em contato com',
  'in kontakt treten mit',
  'ερθετε σε επαφη με',
  'ελα σε επαφη με',
];

/** Someone of the team, as whole words ("a member of our team"): not "member since 2019",
 *  not "join our team". */
const TEAM_MEMBER = [
  'team member',
  'member of our team',
  'member of the team',
  'membre de notre equipe',
  'membre de l equipe',
  'membro del nostro team',
  'membro del team',
  'teammitglied',
  'mitglied unseres teams',
  'miembro de nuestro equipo',
  'miembro del equipo',
  'membro da nossa equipe',
  'membro da equipe',
  'μελοσ τησ ομαδασ',
];
/** The people of a service: "il team di assistenza", "l'équipe support", "support team"
 *  (a service word that is not "help" or "care": "helpful", "careers"). */
const TEAM_STEMS = ['team', 'equipe', 'equipa' /* European Portuguese */, 'equipo', 'squadra', 'ομαδ'];
const TEAM_SERVICE_STEMS = [
  'support',
  'assist',
  'servic',
  'serviz',
  'soport',
  'suport',
  'apoio',
  'atend',
  'kundendienst',
  'soutien',
  'υποστηρ',
  'εξυπηρετ',
];
/** Informal words for a chat that also mean something else ("échanger" is to exchange an
 *  item, "platicar" to talk at all): a call only when "us" or the service is all that follows
 *  ("Échanger avec nous", "Charla con nosotros", "Plaudern Sie mit uns", "Chiacchiera con noi",
 *  "Bate-papo com a gente", "Κουβεντιάστε μαζί μας"; inferred), never beside a team's name
 *  ("Échanger un article avec l'équipe"). */
const CHAT_VERB_STEMS = ['echang', 'charl', 'platic', 'chiacchier', 'plauder', 'papo', 'κουβεντ'];
/** Reaching the team ("Contact our team", "Message our team"), in a control's name. */
/** Beside the contact words (CONTACT_STEMS, below). */
const REACH_STEMS = [
  'message',
  'write',
  'talk',
  'speak',
  'chat',
  'ask',
  'scriv',
  'parla',
  'schreib',
  'sprech',
  'ecri',
  'parler',
  'escrib',
  'habl',
  'escrev',
  'fal',
  // "Discuter avec le service client", "Conversar con atención al cliente" (inferred).
  'discut',
  'convers',
  'μιλ',
  'γραψ',
  // A message to the team, in each language: "Enviar mensagem para a equipe".
  'mensag',
  'mensaj',
  'messagg',
  'nachricht',
  'μηνυμ',
];
function supportTeam(norm: string): boolean {
  return (
    hasStem(norm, TEAM_STEMS) &&
    (hasStem(norm, TEAM_SERVICE_STEMS) ||
      hasStem(norm, CONTACT_STEMS) ||
      hasStem(norm, REACH_STEMS) ||
      (hasStem(norm, HAND_OVER_STEMS) && namesOurTeam(norm)))
  );
}
/** Handed over to Wish's own team, said so ("the Wish team", "our team"): "Forward to your
 *  team" or "al team del corriere" hand it to someone else's. */
function namesOurTeam(norm: string): boolean {
  return norm.split(' ').some((w) => w === 'wish' || OUR_WORDS.has(w));
}
/** Text that says it is the shop's own ("Wish", "our", "unserem", "nossa"...): a person of
 *  Wish's team, not a seller's or a partner's. */
export function saysOurs(text: string): boolean {
  return namesOurTeam(normalise(text));
}
const OUR_WORDS = new Set([
  ...['our', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'nostro', 'nostra'],
  ...['nostri', 'nostre', 'notre', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosso'],
  ...['nossa', 'nossos', 'nossas', 'μασ'],
]);
/** Handing the case over to the team: "Forward to the Wish team", "Encaminhar para a equipe",
 *  "An das Team weiterleiten" (inferred). */
const HAND_OVER_STEMS = [
  ...['forward', 'escalat', 'transfer', 'trasfer', 'inoltr', 'weiterleit', 'weitergeb', 'ubergeb'],
  ...['transmet', 'escalad', 'deriv', 'reenvi', 'escalar', 'encaminh', 'προωθ', 'διαβιβ'],
];
function teamMember(norm: string): boolean {
  return TEAM_MEMBER.some((phrase) => holds(norm, phrase));
}

/** A line giving so many minutes, hours or days ("Resposta em 24–48 h úteis", "Typically
 *  replies in 2 hours"): under a channel's title, the time its reply takes. People answer so; a
 *  bot or an FAQ answers at once. */
export function promisesReplyTime(text: string): boolean {
  return REPLY_TIME.test(normalise(text));
}
const REPLY_TIME_UNITS = [
  ...['h', 'hr', 'hrs', 'hours?', 'mins?', 'minutes?', 'days?', 'ωρ\\S*', 'λεπτ\\S*', 'ημερ\\S*'],
  ...['ore', 'minut\\S*', 'giorn\\S*', 'stunden?', 'tagen?', 'heures?', 'jours?', 'horas?', 'dias?'],
];
const REPLY_TIME = new RegExp(`(^| )\\d+ ?(${REPLY_TIME_UNITS.join('|')})( |$)`, 'u');

/** Text (the assistant's question) that mentions a person: the "Yes" after it means the agent. */
export function mentionsPerson(text: string): boolean {
  const norm = normalise(text.slice(-400));
  // Not "the support team" alone here: a survey after an answer thanks the team too. Being
  // put through to the team is a person, though.
  if (!norm) return false;
  if (
    holdsAny(norm, 'person') ||
    hasPersonStem(norm) ||
    talksToSpecialist(norm) ||
    teamMember(norm) ||
    colleague(norm)
  )
    return true;
  // Put through to the team: in the last sentence only, and said to the shopper ("connect
  // you", "vous mettre en relation"), not "our team transferred the refund".
  const last = normalise(
    text
      .split(/[.!?;:]\s/)
      .filter((t) => t.trim())
      .pop() ?? '',
  );
  return hasStem(last, TEAM_STEMS) && CONNECT_YOU.some((phrase) => holds(last, phrase));
}

/** The sentences of the last `max` characters of a text. An icon or an arrow after a question
 *  (a chip's own emoji) is no sentence. */
function sentencesOf(text: string, max: number): string[] {
  return text
    .slice(-max)
    .split(/(?<=[.!?;？])\s+/u)
    .map((t) => t.trim())
    .filter((t) => /\p{L}/u.test(t));
}

/** The question a Yes answers asks for a person: its last sentence names one (or the one
 *  before, when the last is as short as "Would you like that?"). Never a question whether an
 *  answer helped ("Was this helpful?"): its Yes ends the chat. */
export function asksForPerson(text: string): boolean {
  const sentences = sentencesOf(text, 400);
  if (endAsks(sentences)) return true;
  // The question itself, when a note follows it ("… un conseiller ? Il vous répondra par
  // e-mail sous 24 h."): the last of the final three sentences that asks.
  const asking = sentences
    .slice(-3)
    .reverse()
    .find((t) => /[?;？]$/u.test(t));
  // It must name the person itself ("Happy with it?" borrows no agent from the note before).
  if (!asking || hasStem(normalise(asking), HELPFUL_STEMS) || asksForReview(asking)) return false;
  if (mentionsPerson(asking) || offersTeamChat(asking)) return true;
  // "…to someone on our team. They reply within a day. Would you like to send them a
  // message?": an offer to write to "them", the person named just before.
  const at = sentences.lastIndexOf(asking);
  return offersToWriteThem(asking) && sentences.slice(Math.max(0, at - 2), at).some(mentionsPerson);
}

/** An offer to write or talk to someone named before, by a pronoun ("Would you like to send
 *  them a message?", "Möchten Sie ihnen schreiben?", "¿Quieres enviarles un mensaje?"): the
 *  offer's call is a verb of reaching, the pronoun (or a clitic on the verb), a message and
 *  small words, nothing more. "Envoyer les photos du colis", "send her a thank-you note" send
 *  something else. Inferred. */
function offersToWriteThem(question: string): boolean {
  const all = offersCall(question);
  if (!all || all.length > 6) return false;
  const verb = (w: string) => [...REACH_STEMS, ...CONTACT_STEMS, ...SEND_STEMS].some((s) => w.startsWith(s));
  const clitic = (w: string) => verb(w) && /(?:les|gli|lhes)$/.test(w);
  return (
    all.some(verb) &&
    all.some((w) => BACK_PRONOUNS.has(w) || clitic(w)) &&
    all.every(
      (w) =>
        verb(w) ||
        BACK_PRONOUNS.has(w) ||
        REACH_FILLERS.has(w) ||
        TEAM_CALL_JOINERS.has(w) ||
        OFFER_SMALL.has(w),
    )
  );
}
const SEND_STEMS = ['send', 'envoy', 'envi', 'invi', 'στειλ'];
/** How or where the message goes, which says nothing of what is sent (inferred). */
const OFFER_SMALL = new Set([
  ...['directly', 'quick', 'short', 'here', 'right', 'away', 'today', 'ici', 'directement', 'rapide'],
  ...['aqui', 'aca', 'directamente', 'diretamente', 'rapido', 'qui', 'direttamente', 'subito'],
  ...['hier', 'direkt', 'kurze', 'kurz', 'ενα', 'εδω', 'αμεσα', 'συντομο'],
]);
const BACK_PRONOUNS = new Set([
  ...['them', 'him', 'her', 'ihnen', 'ihm', 'leur', 'lui', 'les', 'gli', 'loro', 'lhes', 'lhe'],
  ...['τουσ', 'του', 'τησ'],
]);

/** A question asking the shopper to rate, review or give feedback on someone ("Would you like
 *  to leave feedback for our support team?", "Möchten Sie den Mitarbeiter bewerten?"): its Yes
 *  opens a survey, though it names the agent or the team. Review words inferred. */
function asksForReview(question: string): boolean {
  const norm = normalise(question);
  return asksForFeedback(question) || REVIEW_WORDS.some((w) => holds(norm, w));
}
const REVIEW_WORDS = [
  ...['review', 'a review', 'recensione', 'una recensione', 'rezension', 'avis', 'resena', 'opinion'],
  ...['opinione', 'opiniao', 'κριτικη', 'γνωμη'],
];

/** The question offers the shopper a talk with the team, and nothing else: "Would you like to
 *  chat with our team?", "Vuoi parlare con il nostro team di assistenza?", "Möchten Sie mit
 *  unserem Team chatten?". The team alone is no person (a survey asks about the team: "Would
 *  you like to rate your chat with our team?", "Did you chat with our team today?"), so only an
 *  offer ("would you like to", "möchten Sie") whose whole call is a reach verb, first or last,
 *  and the team or the service with small words (not a seller's, a courier's or a bot's team).
 *  Inferred, in every supported language. */
function offersTeamChat(question: string): boolean {
  const all = offersCall(question);
  if (!all) return false;
  const isVerb = (w: string | undefined) =>
    !!w && (REACH_STEMS.some((s) => w.startsWith(s)) || CONTACT_STEMS.some((s) => w.startsWith(s)));
  const others = isVerb(all[0]) ? all.slice(1) : isVerb(all[all.length - 1]) ? all.slice(0, -1) : null;
  if (!others || others.length > 7) return false;
  const team = (w: string) => TEAM_STEMS.some((s) => w.startsWith(s));
  const service = (w: string) => TEAM_SERVICE_STEMS.some((s) => w.startsWith(s)) && !BOT_WORD.test(w);
  return (
    others.some((w) => team(w) || service(w)) &&
    others.every(
      (w) => team(w) || service(w) || REACH_FILLERS.has(w) || OUR_WORDS.has(w) || TEAM_CALL_JOINERS.has(w),
    )
  );
}
/** The words an offer calls the shopper to ("Would you like to | send them a message"), after
 *  the offer and its "to", or undefined when the question offers nothing. */
function offersCall(question: string): string[] | undefined {
  const norm = normalise(question);
  for (const offer of OFFERS) {
    const at = ` ${norm} `.indexOf(` ${offer} `);
    if (at < 0) continue;
    const rest = norm.slice(at + offer.length).trim();
    if (!rest) return undefined;
    const all = rest.split(' ');
    if (OFFER_LINKS.has(all[0]!)) all.shift();
    return all;
  }
  return undefined;
}
/** Offering the shopper something, normalised (inferred). */
const OFFERS = [
  ...['would you like to', 'would you like me to', 'do you want to', 'would you prefer to', 'do you wish to'],
  ...['vuoi', 'vuole', 'vorresti', 'vorrebbe', 'desideri', 'desidera', 'preferisci', 'preferisce'],
  ...['mochtest du', 'mochten sie', 'willst du', 'wollen sie', 'mochtest du lieber', 'mochten sie lieber'],
  ...['voulez vous', 'veux tu', 'souhaitez vous', 'souhaites tu', 'voudriez vous', 'aimeriez vous'],
  ...['quieres', 'quiere', 'deseas', 'desea', 'te gustaria', 'le gustaria', 'prefieres', 'prefiere'],
  ...['quer', 'queres', 'deseja', 'desejas', 'gostaria de', 'gostarias de', 'prefere', 'preferes'],
  ...['θελετε να', 'θελεισ να', 'θα θελατε να', 'θα θελεσ να', 'επιθυμειτε να'],
];
/** The word joining the offer to its verb: "to", "de", "να". */
const OFFER_LINKS = new Set(['to', 'de', 'di', 'da', 'να']);
/** Small words of a call to the team: "with", "to the", "con il", "mit", "με την". */
const TEAM_CALL_JOINERS = new Set([
  ...['with', 'to', 'now', 'con', 'col', 'al', 'alla', 'allo', 'ai', 'di', 'del', 'della', 'ora', 'subito'],
  ...['mit', 'dem', 'der', 'jetzt', 'avec', 'l', 'd', 'du', 'des', 'la', 'maintenant', 'en', 'y'],
  ...['ahora', 'com', 'a', 'da', 'do', 'agora', 'με', 'την', 'τη', 'στην', 'στη', 'σε', 'τησ', 'μασ', 'τωρα'],
]);

/** The last sentence names a person (with the one before, when it is as short as "Would you
 *  like that?"), and is no question whether an answer helped. */
function endAsks(sentences: readonly string[]): boolean {
  const last = sentences[sentences.length - 1] ?? '';
  const norm = normalise(last);
  if (hasStem(norm, HELPFUL_STEMS)) return false;
  const tail = words(norm) <= 5 && sentences.length > 1 ? sentences.slice(-2).join(' ') : last;
  // A review of the person asked for is a survey, in the short line's sentence before too.
  return !asksForReview(tail) && mentionsPerson(tail);
}
/** Whether an answer helped or solved it, in every supported language (inferred). */
const HELPFUL_STEMS = [
  ...['helpful', 'helped', 'useful', 'solve', 'resolv', 'satisf', 'fixed', 'sorted', 'sort it out'],
  ...['did this help', 'did that help', 'did it help', 'did these help', 'did any of these help'],
  ...['answered', 'answer your question', 'utile', 'util', 'hilfreich', 'geholfen', 'gelost'],
  ...['beantwort', 'χρησιμ', 'βοηθησε', 'βοηθητικ', 'λυθηκε', 'λυσε', 'απαντησε', 'resuelto'],
  ...['solucionad', 'respondio', 'risolt', 'aiutat', 'ha risposto', 'resolu', 'repondu a'],
  ...['a t il aide', 'a t elle aide', 'vous a aide', 't a aide', 'ayudo', 'ajudou', 'respondeu'],
  // "Served" for helped: "¿Te sirvió esta respuesta?", "Isso te serviu?", "Ti è servito?".
  ...['sirvio', 'serviu', 'e servito', 'e servita', 'servido'],
];
/** Asked whether the shopper found what they looked for, the question's own start (not "If
 *  you didn't find what you were looking for, …", an offer): "Did you find what you were
 *  looking for?", "Βρήκατε αυτό που ψάχνατε;", "Hast du gefunden, was du gesucht hast?". */
const FOUND_IT =
  /^(?:did you find what|have you found what|avez vous trouve ce que|as tu trouve ce que|encontraste lo que|encontro lo que|hai trovato quello che|ha trovato quello che|hai trovato cio che|encontrou o que|encontraste o que|hast du gefunden was|haben sie gefunden was|βρηκατε αυτο που|βρηκεσ αυτο που)/;

/** A colleague, as whole words ("collegamento" is a link, not a person). */
const COLLEAGUE_WORDS = [
  'colleague',
  'colleagues',
  'collega',
  'colleghi',
  'colleghe',
  'collegue',
  'collegues',
  'kollege',
  'kollegen',
  'kollegin',
  'colega',
  'colegas',
  'companero',
  'companera',
  'companeros',
  'companheiro',
  'companheira',
  'συναδελφο',
  'συναδελφουσ',
  'συναδελφοι',
];
function colleague(norm: string): boolean {
  return COLLEAGUE_WORDS.some((w) => holds(norm, w));
}

/** Putting the shopper through, said to them: "connect you", "vous mettre en relation". */
const CONNECT_YOU = [
  'connect you',
  'transfer you',
  'put you through',
  'pass you',
  'vous mettre en relation',
  'te mettre en relation',
  'vous transferer',
  'ti collego',
  'la collego',
  'ti metto in contatto',
  'la metto in contatto',
  'ti passo',
  'sie verbinden',
  'dich verbinden',
  'sie weiterleiten',
  'dich weiterleiten',
  'te conecto',
  'le conecto',
  'conectarte',
  'conectarle',
  'te transfiero',
  'transferirte',
  'te encaminhar',
  'conectar voce',
  'te conectar',
  'σασ συνδεσω',
  'σε συνδεσω',
  'σασ μεταφερω',
  // With the pronoun after the verb, or "in touch" (inferred).
  'put you in touch',
  'get you in touch',
  'metterti in contatto',
  'metterla in contatto',
  'collegarti',
  'passarti',
  'vous mettre en contact',
  'te mettre en contact',
  'ponerte en contacto',
  'ponerle en contacto',
  'colocar voce em contato',
  'te colocar em contato',
  'te por em contato',
  'σε φερω σε επαφη',
  'σασ φερω σε επαφη',
];

/** Words that only soften a yes: "please", "thanks", "go ahead". */
const POLITE =
  /^(please|thanks|thank you|go ahead|gladly|per favore|grazie|prego|bitte|danke|gerne|s il vous plait|merci|volontiers|por favor|gracias|obrigad[oa]|παρακαλω|ευχαριστω|i do|i would|i would like that|i want to|quero|quiero|lo quiero|voglio|lo voglio|je veux|je voudrais|ich mochte|θελω|θα ηθελα)$/;
/** Words that turn a yes into a no ("Yes, but not now", "Sì, non ora"). */
const NEGATION = /(^| )(no|not|non|nein|nicht|pas|nao|οχι|δεν|μη)( |$)/;

/** A short answer that says no, it did not help: "No", "No 👎", "Nein, leider nicht", "Όχι";
 *  not a polite decline ("No, thanks" to an offer) nor a no to something else ("No, sorted!").
 *  Inferred. */
export function meansNotHelped(name: string): boolean {
  // A choice numbered in its own words ("2. No", a list of numbered links) says the same.
  const norm = normalise(name).replace(/^\d{1,2} (?=\p{L})/u, '');
  if (!norm || words(norm) > 5) return false;
  const [head, ...rest] = norm.split(' ');
  if (!head || !STRONG_NO.has(head)) return false;
  const tail = rest.join(' ');
  return !tail || NOT_HELPED_TAIL.test(tail);
}
const STRONG_NO = new Set(['no', 'non', 'nein', 'nao', 'οχι', 'nope']);
/** What may follow the no: "not really", "leider nicht", "still need help", "pas vraiment". */
const NOT_HELPED_TAIL =
  /^(not really|not yet|it didn t|it did not|still (need help|stuck)|i still need help|leider( nicht)?|nicht wirklich|noch nicht|pas vraiment|pas encore|toujours pas|non proprio|non ancora|purtroppo|no realmente|todavia no|aun no|ainda nao|nao mesmo|ακομα|δυστυχωσ)$/;

/** The assistant's question whether what it showed helped, answered, solved the problem ("Did
 *  any of these sort it out?", "War das hilfreich?", "Σας βοήθησε αυτό;"); not an offer of more
 *  help ("Can I help with anything else?"), whose no closes the chat. Inferred. */
export function asksIfHelped(text: string): boolean {
  const sentences = sentencesOf(text, 300);
  const last = sentences[sentences.length - 1];
  if (!last || !/[?;？]\s*$/u.test(last)) return false;
  // What a colon introduced (an article offered: "Hier ist ein Artikel dazu: <its title>")
  // is no part of the question after it, its title ending in no full stop.
  const norm = normalise(last.split(/[:：]\s+/u).pop()!);
  // German's participle in a compound too: "Hat dir das weitergeholfen?".
  return (
    (hasStem(norm, HELPFUL_STEMS) || GEHOLFEN.test(norm) || FOUND_IT.test(norm)) &&
    !MORE_HELP.test(norm) &&
    !RATES_CONTENT.test(norm)
  );
}
/** A rating of a page or an article ("Was this article helpful?"): its no is feedback, not
 *  the way on. */
const RATES_CONTENT =
  /(^| )(page|site|article|pagina|seite|artikel|articolo|articulo|artigo|σελιδα|αρθρο)( |$)/;
/** An offer of more: "anything else", "something more" (its no ends the conversation). */
const MORE_HELP =
  /(anything|something) else|altro|noch etwas|sonst noch|autre chose|algo mas|mais alguma|κατι αλλο/;

/** A short answer that means yes: one of the family's wordings, or a yes word followed only by
 *  polite words ("Sì, per favore", "Oui, volontiers", "Yes thanks"). */
export function meansYes(name: string): number {
  const score = nameScore(name, 'yes');
  if (score) return score;
  const norm = normalise(name);
  if (!norm || words(norm) > 5 || NEGATION.test(norm)) return 0;
  // Only a plain yes takes polite words: "OK, thanks" closes a conversation as often.
  const [head, ...rest] = norm.split(' ');
  if (!head || !STRONG_YES.has(head)) return 0;
  // A yes said twice over is a yes: "Sí, dale", "Ja, gerne", "Oui, d'accord", "Sim, pode ser"
  // (the second a whole yes of its own, never a word of another answer).
  if (!rest.length || POLITE.test(rest.join(' ')) || family('yes').has(rest.join(' '))) return 0.9;
  // Or it names what the question offered: "Ναι, σύνδεση", "Yes, connect me", "Sì, parla con
  // un operatore" (a yes counts only after a question about a person), never to another
  // channel: "Yes, chat on WhatsApp" leaves Wish's support.
  if (rest.some((w) => THIRD_PARTY_CHANNELS.has(w))) return 0;
  const writes =
    rest.some((w) => YES_WRITE_STEMS.some((stem) => w.startsWith(stem))) &&
    (hasStem(rest.join(' '), MESSAGE_STEMS) || hasPersonStem(rest.join(' ')));
  return writes ||
    rest.some((w) => YES_ACTION_STEMS.some((stem) => w.startsWith(stem))) ||
    hasPersonStem(rest.join(' '))
    ? 0.85
    : 0;
}

/** Connecting or talking, the offer a yes takes up, in every supported language (inferred). */
const YES_ACTION_STEMS = [
  'connect',
  'transfer',
  'talk',
  'chat',
  'speak',
  'συνδ',
  'συνομιλ',
  'μιλ',
  'collega',
  'connett',
  'parla',
  'passa',
  'verbind',
  'sprech',
  'weiterleit',
  'connecte',
  'relation',
  'parler',
  'conect',
  'habla',
  'falar',
];
/** Writing, a yes to it only with a message or a person beside ("Oui, écrire un message"), never
 *  "Yes, write a review". */
const YES_WRITE_STEMS = ['write', 'ecri', 'escrib', 'escrev', 'scriv', 'schreib', 'γραψ'];
const MESSAGE_STEMS = ['messag', 'mensag', 'mensaj', 'messagg', 'nachricht', 'μηνυμ'];
/** One message, in the singular (the plural is an inbox: "Customer service messages"). */
const MESSAGE_WORDS = new Set(['message', 'nachricht', 'messaggio', 'mensaje', 'mensagem', 'μηνυμα']);
/** Sending it (inferred), whole words: as stems they would start shipping ("envío",
 *  "αποστολές"). */
const SEND_WORDS = new Set([
  ...['send', 'senden', 'sende', 'schicken', 'envoyer', 'envoyez', 'enviar', 'envie', 'envia'],
  ...['inviare', 'invia', 'invii', 'στειλε', 'στειλτε', 'στειλετε'],
]);
/** "To" the service, where the small-word rule misses it ("προς την", "στην"). */
const TO_WORDS = new Set(['προσ', 'στην', 'στον', 'στο']);

/** Chat apps and social networks a yes may lead to instead of Wish's agents. */
/** Words naming another app's channel ("… on WhatsApp", "via Messenger"): not Wish's own. */
export function namesOtherApp(text: string): boolean {
  return normalise(text)
    .split(' ')
    .some((w) => THIRD_PARTY_CHANNELS.has(w) && !PLAIN_WORD_CHANNELS.has(w));
}
/** Channels whose names are everyday words ("join the line", "text you by SMS"): said on a card,
 *  no sure sign of another app. */
const PLAIN_WORD_CHANNELS = new Set(['line', 'sms']);
const THIRD_PARTY_CHANNELS = new Set([
  'whatsapp',
  'messenger',
  'facebook',
  'instagram',
  'telegram',
  'viber',
  'wechat',
  'line',
  'sms',
  'twitter',
  'tiktok',
]);

const STRONG_YES = new Set(['yes', 'si', 'oui', 'ja', 'sim', 'ναι']);

/** A text whose first word is a plain yes (a cheap test before reading a control whole). */
export function startsLikeYes(text: string): boolean {
  const first = normalise(text.slice(0, 12)).split(' ')[0] ?? '';
  return STRONG_YES.has(first) || first === 'ok' || first === 'okay' || family('yes').has(first);
}

/** A name that means the shopper's account: "Account", "Account menu for Maria", "Profile",
 *  "Maria's account". Creating an account or signing in is not it. */
export function meansAccount(name: string): number {
  // Whose account it is says nothing of what the control is: "Menú de la cuenta de Carmen
  // Ruiz" is "menú de la cuenta" (one to three capitalised words after "of"/"for"). Read so,
  // it means the account less surely: "Account for Sellers" is a capitalised desk, not a name.
  const owner = OWNER_CLAUSE.exec(name.trim());
  if (owner && owner.index > 0) return Math.min(0.8, accountScore(name.trim().slice(0, owner.index), name));
  return accountScore(name, name);
}

function accountScore(label: string, whole: string): number {
  const norm = normalise(label);
  if (!norm || words(norm) > 6) return 0;
  if (nameScore(whole, 'signIn') || holdsAny(norm, 'signIn') || holdsAny(norm, 'register')) return 0;
  if (family('account').has(norm) || SELF_ALONE.has(norm)) return 1;
  // "Open account menu", "Kontomenü öffnen": the verb a control says of itself adds nothing.
  const bare = withoutOpenVerb(norm);
  if (bare !== norm && family('account').has(bare)) return 1;
  if (startsWithAny(norm, 'account')) return 0.8;
  for (const phrase of family('account')) if (norm.endsWith(' ' + phrase) && phrase.length > 3) return 0.8;
  // "Ο λογαριασμός σας", "Il tuo account": the word for account inside a short name.
  for (const phrase of family('account'))
    if (phrase.length > 4 && holds(norm, phrase) && words(norm) <= 4) return 0.6;
  return 0;
}

/** Verbs a control says of itself, first or last ("Open account menu", "Profilmenü anzeigen",
 *  "Afficher le menu du compte"), normalised (inferred, in each language). */
const OPEN_VERBS = new Set([
  ...['open', 'show', 'toggle', 'expand', 'view'],
  ...['offnen', 'offne', 'anzeigen', 'zeigen', 'ausklappen'],
  ...['ouvrir', 'ouvre', 'afficher', 'affiche'],
  ...['abrir', 'abre', 'mostrar', 'muestra', 'mostra', 'ver'],
  ...['apri', 'aprire', 'visualizza'],
  ...['ανοιγμα', 'ανοιξε', 'ανοιξτε', 'εμφανιση'],
]);

function withoutOpenVerb(norm: string): string {
  const parts = norm.split(' ');
  if (parts.length < 2) return norm;
  if (OPEN_VERBS.has(parts[0]!)) return parts.slice(1).join(' ');
  if (OPEN_VERBS.has(parts[parts.length - 1]!)) return parts.slice(0, -1).join(' ');
  return norm;
}

/** "You" (or "Me") as a control's whole name, the shopper's own area: "Você ▾", "Vous", "Du"
 *  (inferred). Only alone: "Para você", "Just for you" are a feed's picks. */
const SELF_ALONE = new Set(['you', 'voce', 'tu', 'usted', 'vous', 'toi', 'moi', 'du', 'εσυ', 'εσεισ']);

/** A label (an aria-label, a title, a picture's alt: not words on show) that names a person's
 *  account: "Menú de la cuenta de Lucía García" on an avatar. Their first and last name make
 *  it the shopper's; words on show ("Account for Business Buyers") never do. */
export function labelsPersonsAccount(label: string): boolean {
  const owner = OWNER_CLAUSE.exec(label.trim());
  if (!owner || owner.index === 0) return false;
  const whose = owner[0].trim().split(/\s+/).slice(1).join(' ');
  return (
    accountScore(label.trim().slice(0, owner.index), label) === 1 &&
    looksLikePersonName(whose) &&
    !/\bwish\b/i.test(whose)
  );
}

const OWNER_CLAUSE =
  /\s(?:for|of|de|di|del|von|für|pour|do|da|dos|das|του|της)(?:\s\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** "Hi, Maria" → "maria": the name after a greeting, or undefined. */
export function greetedName(text: string): string | undefined {
  const norm = normalise(text);
  if (!norm || words(norm) > 5) return undefined;
  const greeting = startsWithAny(norm, 'greeting');
  if (!greeting) return undefined;
  const rest = norm.slice(greeting.length).trim();
  // "Hola, identifícate", "Hello, sign in": a greeting to no one yet, asking to sign in.
  if (signInWords(rest)) return undefined;
  return rest && words(rest) <= 3 && !/\d/.test(rest) ? rest : undefined;
}

/** A text that begins by asking to sign in or register (normalised); glued to what follows
 *  too, as two lines drawn in spans run together ("identificatecuenta y pedidos"). */
function signInWords(norm: string): boolean {
  for (const key of ['signIn', 'register'] as const)
    for (const phrase of family(key))
      if (norm === phrase || norm.startsWith(phrase + ' ') || (phrase.length >= 6 && norm.startsWith(phrase)))
        return true;
  return false;
}

/** A passage that asks the shopper to sign in ("… Sign in to see your basket …"). */
export function asksToSignIn(text: string): boolean {
  return holdsAny(normalise(text.slice(0, 400)), 'signIn');
}

/** A greeting to no one yet that asks to sign in ("Hola, identifícate · Cuenta y pedidos ▾",
 *  "Hello, sign in"): a signed-out page's way to sign in, drawn where the account will be. */
export function greetsToSignIn(text: string): boolean {
  const norm = normalise(text);
  if (!norm || words(norm) > 8) return false;
  const greeting = startsWithAny(norm, 'greeting');
  return !!greeting && signInWords(norm.slice(greeting.length).trim());
}

/** The words around the name in each "sign in as …" wording, normalised: [before, after]. */
let signInAsParts: readonly (readonly [string, string])[] | undefined;

/** Signing in as someone already known ("Continue as Olivia o.bennett@…", "Als Reto
 *  fortfahren"): a one-tap sign-in, drawn where the account will be, with the shopper's name or
 *  initials beside it. Not "Continue as guest", which goes on signed out. */
export function signsInAs(text: string): boolean {
  const norm = normalise(text);
  if (!norm || words(norm) > 12) return false;
  signInAsParts ??= wordsFor('signInAs').map((phrase) => {
    const [before = '', after = ''] = phrase.split('…').map(normalise);
    return [before, after] as const;
  });
  for (const [before, after] of signInAsParts) {
    if (!before || !norm.startsWith(before + ' ')) continue;
    // The e-mail may follow the words after the name ("Als Reto fortfahren reto@…").
    const end = after ? norm.indexOf(' ' + after, before.length) : norm.length;
    if (end < 0) continue;
    const who = norm.slice(before.length, end).trim();
    // A role is said first ("as a seller", "als Verkäufer"): a name that sounds like one
    // ("Stephen Merchant", an e-mail "j.marchand@…" after the name) is still a person.
    const first = who.split(' ').find((w) => !ROLE_ARTICLES.has(w));
    if (who && words(who) <= 8 && !who.split(' ').some((w) => NO_ONE_KNOWN.has(w)) && !ROLES.has(first ?? ''))
      return true;
  }
  return false;
}

/** Who a "sign in as …" names when it is no one the page knows: a guest or a visitor (going on
 *  signed out), or another user or account ("Sign in as a different user", offered beside a
 *  signed-in shopper's name). Normalised words, each language (inferred). */
const NO_ONE_KNOWN = new Set([
  ...['guest', 'visitor', 'invite', 'invitee', 'visiteur', 'invitado', 'invitada', 'visitante', 'convidado'],
  ...['convidada', 'gast', 'besucher', 'ospite', 'visitatore', 'επισκεπτησ', 'επισκεπτη'],
  ...['user', 'utilisateur', 'usuario', 'utilizador', 'benutzer', 'nutzer', 'utente', 'χρηστησ', 'χρηστη'],
  ...['account', 'compte', 'cuenta', 'conta', 'konto', 'λογαριασμο'],
  ...['another', 'other', 'different', 'autre', 'otro', 'otra', 'outro', 'outra', 'anderer', 'anderen'],
  ...['altro', 'altra', 'diverso', 'αλλο', 'αλλοσ', 'διαφορετικο'],
]);
/** Small words before a role said after "as" ("as a seller", "come un venditore"). */
const ROLE_ARTICLES = new Set([
  'a',
  'an',
  'un',
  'une',
  'una',
  'uno',
  'um',
  'uma',
  'ein',
  'eine',
  'ενασ',
  'μια',
  'ενα',
]);
/** A role, not a person: the sellers' own sign-in ("Als Verkäufer anmelden", "Sign in as a
 *  seller", "Accedi come venditore", "Entrar como parceiro"), a partner's or a shop's, is
 *  another site's door. Normalised, each language (inferred). */
const ROLES = new Set([
  ...['seller', 'merchant', 'vendor', 'partner', 'business', 'supplier', 'affiliate', 'creator', 'admin'],
  ...['shop', 'store', 'partenaire', 'parceiro', 'parceira', 'socio', 'loja', 'tienda', 'negozio'],
  ...['boutique', 'magasin', 'geschaft', 'shopbetreiber'],
  ...['verkaufer', 'handler', 'handlerin', 'verkauferin', 'lieferant', 'unternehmen', 'haendler'],
  ...['vendeur', 'vendeuse', 'marchand', 'commercant', 'fournisseur', 'entreprise', 'professionnel'],
  ...['vendedor', 'vendedora', 'comerciante', 'proveedor', 'empresa', 'fornecedor', 'lojista'],
  ...['venditore', 'venditrice', 'commerciante', 'fornitore', 'azienda', 'esercente'],
  ...['πωλητησ', 'πωλητρια', 'εμποροσ', 'εμπορο', 'προμηθευτησ', 'επιχειρηση', 'συνεργατησ'],
]);

/** Whether a greeted name (greetedName) is the shopper's: a part of their name, or their first
 *  name shortened ("jess" for Jessica, 3 letters at least). */
export function greetsShopper(greeted: string, shopper: string): boolean {
  const parts = normalise(shopper)
    .split(' ')
    .filter((w) => w.length > 1);
  const first = parts[0] ?? '';
  return greeted.split(' ').some((w) => parts.includes(w) || (w.length >= 3 && first.startsWith(w)));
}

/** Whether a name shows the shopper's name (the whole first name, as a word). */
export function showsName(text: string, shopper: string): boolean {
  const first = normalise(shopper).split(' ')[0];
  const norm = normalise(text);
  if (!first || first.length < 2 || !norm || words(norm) > 5) return false;
  if (holds(norm, first)) return true;
  // The name cut short by the page, with an ellipsis: "Luca…" for Lucas (3 letters at least).
  const cut = /^(\S{3,})(?:…|\.\.\.)$/u.exec(text.trim());
  return !!cut && first.startsWith(normalise(cut[1]!));
}

/** A control's name without the shopper's own first and last names (normalised), so that what
 *  is left says what the control is ("Notifications for Maria" → "notifications for"). */
export function withoutShopperName(text: string, shopper: string): string {
  const own = new Set(
    normalise(shopper)
      .split(' ')
      .filter((w) => w.length > 1),
  );
  return normalise(text)
    .split(' ')
    .filter((w) => !own.has(w))
    .join(' ');
}

/** Whether the letters are the shopper's initials ("JM" for James Miller, "J" alone too). */
export function initialsOf(text: string, shopper: string): boolean {
  const parts = shopper.trim().split(/\s+/u).filter(Boolean);
  if (!parts.length) return false;
  const first = parts[0]![0]!;
  const last = parts.length > 1 ? parts[parts.length - 1]![0]! : '';
  const shown = text.trim().toLocaleUpperCase();
  return shown === (first + last).toLocaleUpperCase() || (!!last && shown === first.toLocaleUpperCase());
}

/** The shopper's own sign-in, masked as sites show it ("021 ••• 4417", "e•••••@gmail.com",
 *  "+30 69•• •••812"): something shown before the mask and after it, so a card's bare
 *  "•••• 2291" is not one. Nothing else beside it but a caret. */
export function looksLikeMaskedLogin(text: string): boolean {
  const raw = text
    .replace(/[▾▼⌄˅⏷›»]/gu, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
  if (raw.length < 6 || raw.length > 40) return false;
  // A phone's first digits (a country or area code), the mask, its last digits; or an
  // e-mail's first letters, the mask, the rest of its address. A tracking number shows
  // more of itself on each side.
  const phone = /^(?:\+?[\d ()-]{1,8})[•●*∙·][ •●*∙·]*[\d ]{1,8}$/u;
  const mail = /^[\p{L}\p{N}._+-]{1,12}[•●*∙·]{2,}[\p{L}\p{N}._-]*@[\p{L}\p{N}.-]+\.[\p{L}]{2,}$/u;
  if (mail.test(raw)) return true;
  return (
    phone.test(raw) &&
    digits(raw.split(/[•●*∙·]/u)[0]!) <= 6 &&
    digits(raw.replace(/^[^•●*∙·]*[•●*∙·][ •●*∙·]*/u, '')) <= 6
  );
}
const digits = (s: string): number => (s.match(/\d/g) ?? []).length;

/** One or two capital letters, as an avatar draws the shopper's initials. */
export function looksLikeInitials(text: string): boolean {
  return /^\p{Lu}{1,2}$/u.test(text.trim());
}

/** Every family of words: a text that is one of them is a label, not somebody's name. */
const ALL_FAMILIES: readonly WordKey[] = ['account', 'signIn', 'register', ...MENU_ENTRY_WORDS, 'myAccount'];

/** Two or three capitalised words, as a top bar shows the shopper's name ("Sofia Ricci",
 *  "Jean-Luc M."): a hint, never proof (a country picker looks the same), so the caller
 *  weighs it with other signs. */
export function looksLikePersonName(text: string, oneWord = false): boolean {
  const raw = text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
  if (raw.length < 3 || raw.length > 32) return false;
  const tokens = raw.split(' ');
  if (tokens.length < (oneWord ? 1 : 2) || tokens.length > 3) return false;
  // Each a capital and small letters, or an initial ("M.") or a cut-off end ("Ric…").
  if (!tokens.every((t) => /^\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*[.…]?$/u.test(t))) return false;
  if (!tokens.some((t) => /^\p{Lu}\p{Ll}{2,}/u.test(t))) return false;
  return bestNameScore(raw, ALL_FAMILIES) === 0 && !meansOtherControl(raw);
}

/** A given name and a family name's initial ("João S.", "Γιώργος Ν."): the way a site shows
 *  a signed-in person, never a language, a country or a currency. */
export function looksLikeNameWithInitial(text: string): boolean {
  const raw = text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
  return (
    /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)? \p{Lu}\.$/u.test(raw) &&
    // A street or a shop cut short ("Rua S.", "Loja K.") is a place, no given name.
    !PLACE_OR_SHOP_WORDS.has(normalise(raw.split(' ')[0]!)) &&
    looksLikePersonName(raw)
  );
}
/** Words that open a street's or a shop's name, never a given name (normalised). */
const PLACE_OR_SHOP_WORDS = new Set([
  ...['rua', 'loja', 'calle', 'via', 'viale', 'strasse', 'rue', 'avenida', 'avenue', 'street', 'road'],
  ...['shop', 'store', 'tienda', 'negozio', 'boutique', 'laden', 'καταστημα', 'οδοσ', 'straße'],
  ...['travessa', 'largo', 'praca', 'plaza', 'piazza', 'platz', 'weg', 'allee', 'corso', 'λεωφοροσ'],
]);

/** A label that says delivery, an address or a shop ("Endereço de entrega", "Deliver to",
 *  "Lieferadresse", "Tienda"): what it labels is a place, not the shopper's account. */
export function labelsPlaceOrShop(label: string): boolean {
  const norm = normalise(label);
  return !!norm && words(norm) <= 8 && hasStem(norm, PLACE_LABEL_STEMS);
}
const PLACE_LABEL_STEMS = [
  ...['deliver', 'ship', 'address', 'entreg', 'envio', 'envia', 'endereco', 'direccion', 'consegn'],
  ...['spedi', 'indirizz', 'livr', 'adresse', 'liefer', 'versand', 'παραδοσ', 'αποστολ', 'διευθυνσ'],
  ...['shop', 'store', 'tienda', 'loja', 'negozio', 'boutique', 'magasin', 'laden', 'καταστημ'],
];

/** Who is served ("customer", "client") and how ("support", "service", "care"), as stems in
 *  every supported language: a short name holding one of each means customer support,
 *  however it is worded ("Serviço de apoio ao cliente", "Atendimento ao cliente"). */
const CUSTOMER_STEMS = ['customer', 'client', 'kunden', 'πελατ', 'consumidor', 'consommat'];
/** The people's service, not help's ("help", "ayuda", "aide": a help centre is articles). */
const PEOPLE_SERVICE_STEMS = [
  'support',
  'service',
  'servic',
  'serviz',
  'care',
  'assist',
  'apoio',
  'suport',
  'soport',
  'atend',
  'atenc',
  'dienst',
  'betreuung',
  // Canadian French "Soutien à la clientèle" (inferred).
  'soutien',
  'υποστηρ',
  'εξυπηρετ',
];
const SERVICE_STEMS = [...PEOPLE_SERVICE_STEMS, 'help', 'aiuto', 'ayuda', 'ajuda', 'aide', 'hilfe', 'βοηθ'];
const CHAT_STEMS = ['chat', 'συνομιλ'];
/** German compounds carry both in one word ("Kundendienst", "Kundenbetreuung"). */
const CUSTOMER_COMPOUND = /(?:^| )kunden(?:service|dienst|support|betreuung|hilfe|center)\b/;
/** Words that join the two without naming anything else. */
const JOINING_WORDS = new Set([
  'and',
  'your',
  'our',
  'und',
  'pour',
  'votre',
  'para',
  'seu',
  'sua',
  'tuo',
  'dein',
  'σασ',
  'των',
  'στουσ',
  'και',
  'για',
]);
/** A centre of articles is not the people who answer. */
const CENTRE_STEMS = ['center', 'centre', 'centro', 'central', 'κεντρο', 'zentrum', 'faq'];

export function meansCustomerSupport(name: string): boolean {
  const norm = normalise(name);
  // (Seven words: "Enviar un mensaje a Atención al cliente".)
  if (!norm || words(norm) > 7 || QUESTION_START.test(norm) || hasStem(norm, CENTRE_STEMS)) return false;
  // A request or a message to them is a way to them too ("Anfrage an den Kundenservice",
  // "Message customer service"); a rating or a product of theirs is not.
  // One request or message, sent or written: never the service's messages (an inbox).
  const toThem = (w: string) =>
    REQUEST_NOUNS.has(w) ||
    MESSAGE_WORDS.has(w) ||
    YES_WRITE_STEMS.some((s) => w.startsWith(s)) ||
    SEND_WORDS.has(w) ||
    OPEN_REQUEST_WORDS.has(w) ||
    REQUEST_JOINERS.has(w) ||
    TO_WORDS.has(w);
  if (CUSTOMER_COMPOUND.test(norm))
    return (
      words(norm) <= 2 ||
      norm
        .split(' ')
        .every((w) => CUSTOMER_COMPOUND.test(w) || w.length <= 3 || JOINING_WORDS.has(w) || toThem(w))
    );
  // "Support chat", "Chat di assistenza": a chat with the service is its people too.
  const who = hasStem(norm, CUSTOMER_STEMS) || hasStem(norm, CHAT_STEMS);
  if (!who || !hasStem(norm, SERVICE_STEMS)) return false;
  // Nothing else but small joining words: "Customer Support Headset" is a product.
  return norm.split(' ').every(
    (w) =>
      w.length <= 3 ||
      JOINING_WORDS.has(w) ||
      toThem(w) ||
      // The shop's own name says whose service it is ("Atendimento Wish · chat").
      w === 'wish' ||
      CUSTOMER_STEMS.some((s) => w.startsWith(s)) ||
      CHAT_STEMS.some((s) => w.startsWith(s)) ||
      CONTACT_STEMS.some((s) => w.startsWith(s)) ||
      SERVICE_STEMS.some((s) => w.startsWith(s)),
  );
}

/** A centre of the service, not of help ("Support Center", "Centro de soporte", "Κέντρο
 *  υποστήριξης"): on many sites the articles, so it names the people only where the menu
 *  names its articles apart (the caller checks for an FAQ entry beside it). "Help Center" is
 *  the articles whatever is beside it. */
export function namesServiceCentre(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 5 || !hasStem(norm, CENTRE_ONLY)) return false;
  const all = norm.split(' ');
  if (!all.some((w) => PEOPLE_SERVICE_STEMS.some((s) => w.startsWith(s)))) return false;
  // Nothing else: "Centro de soporte para vendedores" is the sellers'.
  return all.every(
    (w) =>
      w.length <= 3 ||
      JOINING_WORDS.has(w) ||
      CENTRE_ONLY.some((s) => w.startsWith(s)) ||
      CUSTOMER_STEMS.some((s) => w.startsWith(s)) ||
      PEOPLE_SERVICE_STEMS.some((s) => w.startsWith(s)),
  );
}
const CENTRE_ONLY = ['center', 'centre', 'centro', 'central', 'κεντρο', 'zentrum'];
/** The service's own name alone, a count beside it at most: "Support", "Atendimento 3",
 *  "Assistenza", "Υποστήριξη" (inferred). Said in the account menu, it is the support entry;
 *  anywhere else it says too little. */
export function namesServiceAlone(name: string): boolean {
  // A badge's count may run into the word ("Atendimento3": two spans, no space between).
  const norm = normalise(name)
    .replace(/(\p{L})\d{1,3}$/u, '$1')
    .split(' ')
    .filter((w) => w && !/^\d+\+?$/.test(w))
    .join(' ')
    // Whose service, said before or after it: "Wish Support", "Atendimento Wish".
    .replace(/^wish (?=\p{L})|(?<=\p{L}) wish$/u, '');
  return SERVICE_ALONE.has(norm);
}
const SERVICE_ALONE = new Set([
  'support',
  'customer care',
  'atendimento',
  'suporte',
  'soporte',
  'assistenza',
  'assistance',
  'kundendienst',
  'kundenservice',
  'kundensupport',
  'υποστηριξη',
  'εξυπηρετηση',
]);

/** A card paid with (or given as a present: see withoutGiftCards), per language. */
const CARD_STEMS = ['card', 'carta', 'carte', 'karte', 'tarjeta', 'cartao', 'cartoe', 'καρτ'];
/** Word stems that say what a topic of the assistant is about, in every supported language
 *  (accents and case removed). A short choice holding one is about that topic. Inferred from
 *  how shopping sites word their help topics; Wish's own labels are confirmed for none. */
const TOPIC_STEMS = {
  payment: [
    'payment',
    'billing',
    'charge',
    'refund',
    'πληρωμ',
    'χρεωσ',
    'επιστροφη χρηματ',
    'pagament',
    'addebit',
    'fattur',
    'rimbors',
    'zahlung',
    'abrechnung',
    'abbuchung',
    'ruckerstatt',
    'erstattung',
    'paiement',
    'factur',
    'prelevement',
    'rembourse',
    'pago',
    'cobro',
    'reembols',
    'cobranc',
    'fatura',
    'estorno',
    // Paying and the card it failed on ("My card was declined", "Não consigo pagar", "Fehler
    // beim Bezahlen", "Δεν μπορώ να πληρώσω"). Not "pay" alone: French "pays" is a country.
    ...['checkout', ...CARD_STEMS],
    // The verb to pay, not "paid" ("Bezahlt, aber nicht erhalten", "Πλήρωσα αλλά…" went through).
    ...['pagar', 'payer', 'bezahlen', 'πληρωσω', 'πληρωνω', 'paypal'],
  ],
  account: [
    'account',
    'profile',
    'login',
    'password',
    'λογαριασμ',
    'προφιλ',
    'κωδικ',
    'profilo',
    'konto',
    'profil',
    'passwort',
    'compte',
    'cuenta',
    'perfil',
    'contrasena',
    'conta',
    'senha',
  ],
  order: [
    'order',
    'deliver',
    'shipping',
    'shipment',
    'package',
    'parcel',
    'arriv',
    'track',
    'item',
    'παραγγελ',
    'αποστολ',
    'παραδοσ',
    'δεμα',
    'προιον',
    'ordin',
    'spedizion',
    'consegn',
    'pacco',
    'articol',
    'arrivat',
    'bestell',
    'liefer',
    'versand',
    'paket',
    'artikel',
    'angekommen',
    'commande',
    'livraison',
    'colis',
    'article',
    'recu',
    'pedido',
    'envio',
    'entrega',
    'paquete',
    'articulo',
    'llegado',
    'encomenda',
    'pacote',
    'chegou',
  ],
} as const;
/** "Contact us", "Contattaci": a way to support, not a topic (and `conta` is Portuguese for account). */
const CONTACT_STEMS = ['contact', 'contatt', 'kontakt', 'contacter', 'contactar', 'contato', 'επικοινων'];
/** Cancelling an item is a choice of the assistant that leads away from an agent. */
const CANCEL_STEMS = ['cancel', 'ακυρωσ', 'annull', 'storn', 'annul', 'cancelar'];
/** Whole words for "other" (as prefixes they would catch "αλλαγή", a change). */
const ELSE_WORDS = [
  'other',
  'else',
  'αλλο',
  'αλλα',
  'altro',
  'altri',
  'altre',
  'anderes',
  'andere',
  'anderem',
  'anderen',
  'anderer',
  'autres',
  'altra',
  'otras',
  'outras',
  'αλλη',
  'αλλεσ',
  'αλλου',
  'autre',
  'otro',
  'otra',
  'outro',
  'outra',
  'otros',
  'outros',
];
/** What a shopper pays with or ships to, per language (inferred): "card", "method", "address". */
const INSTRUMENT_STEMS = [
  ...['card', 'method', 'address', 'καρτ', 'τροπο', 'διευθυνσ', 'carta', 'carte', 'metod', 'indirizz'],
  ...['kart', 'zahlungsart', 'zahlungsmethod', 'adress', 'moyen', 'method', 'tarjeta', 'direcc'],
  ...['forma de pag', 'cartao', 'endereco', 'meio de pag', 'medio de pag'],
];
const NEGATIONS = [
  'not',
  'isn t',
  'doesn t',
  'non',
  'nicht',
  'kein',
  'keine',
  'pas',
  'no',
  'nao',
  'δεν',
  'ουτε',
];
const NOT_LISTED = [
  'list',
  'here',
  'shown',
  'appear',
  'λιστ',
  'εδω',
  'εμφανιζ',
  'υπαρχ',
  'elenc',
  'qui',
  'compar',
  'present',
  'liste',
  'hier',
  'aufgef',
  'dabei',
  'ici',
  'figur',
  'appara',
  'lista',
  'aqui',
  'aparec',
  'esta',
  'consta',
];
const ELSE_STEMS = [
  // Another matter, said in English with "another"/"different" (not "another card", "a
  // different item": an instrument, a wrong item).
  // Not "another question/topic": "Ask another question", "Select another topic" restart the bot.
  ...['another issue', 'another problem', 'another matter', 'different issue', 'different problem'],
  ...['keins davon', 'keiner davon', 'keines davon'],
  'none of',
  'nothing here',
  'nichts davon',
  'nichts trifft',
  'nada disso',
  'nada de esto',
  'nada de lo anterior',
  'niente di questo',
  'nulla di questo',
  'rien de cela',
  'rien de tout',
  'something different',
  'τιποτα',
  'κανεν',
  'καμια',
  'nessun',
  'sonstig',
  'keine',
  'aucun',
  'ninguna',
  'ninguno',
  'nenhum',
  'not listed',
  'isn t listed',
  'not here',
  'isn t here',
  'not on the list',
  'δεν εμφανιζεται',
  'δεν υπαρχει',
  'δεν ειναι εδω',
  'non e elencat',
  'non compare',
  'non e qui',
  'nicht dabei',
  'nicht aufgefuhrt',
  'nicht gelistet',
  'n apparait pas',
  'ne figure pas',
  'pas dans la liste',
  'no aparece',
  'no esta en la lista',
  'no esta aqui',
  'nao aparece',
  'nao esta na lista',
];

export type TopicKind = keyof typeof TOPIC_STEMS;

function hasStem(norm: string, stems: readonly string[]): boolean {
  const padded = ` ${norm}`;
  return stems.some((stem) => padded.includes(` ${stem}`));
}

/** A help article named so ("Voir l'article d'aide": "article" is also an item in French and
 *  Italian): something to read, no topic. Inferred, per language. */
const HELP_ARTICLE = [
  ...['help article', 'help articles', 'article d aide', 'articles d aide', 'article d assistance'],
  ...['articulo de ayuda', 'articulos de ayuda', 'articolo di aiuto', 'articolo della guida'],
  ...['artigo de ajuda', 'artigos de ajuda', 'hilfeartikel', 'hilfe artikel', 'αρθρο βοηθειασ'],
];

/** A control that keeps a copy of the talk itself: mails, downloads, prints or saves the chat
 *  ("Email this chat", "Αποστολή συνομιλίας με email", "Chat-Verlauf per E-Mail senden").
 *  No topic, however its verb reads ("Αποστολή" is also shipping). Stems inferred. */
export function copiesTheChat(norm: string): boolean {
  return (hasStem(norm, TALK_STEMS) || hasStem(norm, TRANSCRIPT_STEMS)) && hasStem(norm, COPY_STEMS);
}
const TRANSCRIPT_STEMS = ['transcri', 'trascri', 'verlauf', 'unterhaltung', 'konversation'];
const COPY_STEMS = [
  ...['email', 'e mail', 'mail', 'download', 'print', 'save', 'copy'],
  ...['herunterlad', 'drucken', 'speicher', 'telecharg', 'imprim', 'enregistr', 'copie'],
  ...['descarg', 'guardar', 'baixar', 'salvar', 'scaric', 'stampa', 'salva', 'copia'],
  ...['ληψη', 'εκτυπ', 'αποθηκ', 'αντιγραφ'],
];

/** What a short choice of the assistant is about, or undefined. */
export function topicOf(name: string): TopicKind | undefined {
  const norm = normalise(name);
  if (
    !norm ||
    words(norm) > 7 ||
    QUESTION_START.test(norm) ||
    hasStem(norm, CANCEL_STEMS) ||
    hasStem(norm, CONTACT_STEMS) ||
    copiesTheChat(norm) ||
    sendsWritten(name, norm) ||
    HELP_ARTICLE.some((p) => holds(norm, p))
  )
    return undefined;
  for (const kind of ['payment', 'account', 'order'] as const) {
    // A gift card is a voucher ("Wish Cash, vouchers & gift cards"), not the card paid with.
    const said = kind === 'payment' ? withoutGiftCards(norm) : norm;
    if (hasStem(said, TOPIC_STEMS[kind]))
      return saysNotAbout(said, TOPIC_STEMS[kind]) || hasStem(said, OLDER_STEMS) || asksForMore(said)
        ? undefined
        : kind;
  }
  return undefined;
}

/** The words without the cards given as presents ("gift cards", "carte cadeau", "tarjeta de
 *  regalo", "cartão-presente", "κάρτες δώρου"): a card word with a word for a gift beside it
 *  (or after "de", "di"). */
function withoutGiftCards(norm: string): string {
  const all = norm.split(' ');
  const is = (w: string | undefined, stems: readonly string[]) => !!w && stems.some((s) => w.startsWith(s));
  const gift = (i: number) =>
    is(all[i - 1], GIFT_STEMS) ||
    is(all[i + 1], GIFT_STEMS) ||
    (GIFT_LINKS.has(all[i + 1] ?? '') && is(all[i + 2], GIFT_STEMS));
  return all.filter((w, i) => !(is(w, CARD_STEMS) && gift(i))).join(' ');
}
const GIFT_STEMS = ['gift', 'cadeau', 'regalo', 'presente', 'geschenk', 'δωρ'];
const GIFT_LINKS = new Set(['de', 'di', 'do', 'da']);

/** Sending what the shopper wrote ("Αποστολή ερώτησης", "Envoi du message", "Envío de la
 *  consulta"): the word for a parcel's dispatch also means sending a message, which is the
 *  box's Send, never a topic. A sending word with a written thing beside it (inferred). */
function sendsWritten(name: string, norm: string): boolean {
  // A title and its line ("Envío · Consultas sobre tu paquete"): the title alone says it.
  if (/[·•|:/–—()]/u.test(name)) return false;
  const all = norm.split(' ');
  const is = (w: string | undefined, stems: readonly string[]) => !!w && stems.some((st) => w.startsWith(st));
  // The action heads the name, what is sent right after it ("Αποστολή ερώτησης", "Envoi du
  // message", "Send your question"); or a German verb ends it, what is sent right before it
  // ("Nachricht senden"). A question about a parcel sent ("Question sur un colis envoyé") is
  // still about the parcel.
  const object = (from: number, step: number) => {
    for (let i = from, d = 0; i >= 0 && i < all.length && d < 3; i += step, d++) {
      if (is(all[i], WRITTEN_STEMS)) return true;
      if (!SENDING_LINKS.has(all[i]!)) return false;
    }
    return false;
  };
  if (is(all[0], SENDING_STEMS) && object(1, 1)) return true;
  return all.length > 1 && SENDING_LAST.has(all[all.length - 1]!) && object(all.length - 2, -1);
}
/** Small words between a sending and its object ("du", "your", "της"). */
const SENDING_LINKS = new Set([
  'the',
  'your',
  'a',
  'my',
  'of',
  'du',
  'de',
  'des',
  'la',
  'le',
  'votre',
  'del',
  'tu',
  'su',
  'da',
  'do',
  'della',
  'il',
  'tua',
  'sua',
  'deine',
  'ihre',
  'die',
  'der',
  'eine',
  'τησ',
  'του',
  'σασ',
]);
const SENDING_STEMS = [
  ...['send', 'submit', 'αποστολ', 'στειλ', 'υποβολ', 'envio', 'envoi', 'envoy', 'enviar', 'invia', 'invio'],
  ...['senden', 'absend', 'verschick', 'schick', 'abschick'],
];
/** German puts the verb last ("Nachricht senden", "Frage abschicken"). */
const SENDING_LAST = new Set(['senden', 'absenden', 'schicken', 'abschicken', 'verschicken', 'ubermitteln']);
const WRITTEN_STEMS = [
  ...['message', 'question', 'request', 'comment', 'feedback', 'reply', 'answer', 'email', 'photo'],
  ...['μηνυμ', 'ερωτησ', 'αιτημ', 'σχολι', 'απαντησ', 'φωτογραφ'],
  ...['mensaj', 'mensag', 'messagg', 'nachricht', 'frage', 'anfrage', 'demande', 'pregunta', 'pergunt'],
  ...['domand', 'richiest', 'solicitud', 'solicitac', 'consulta', 'comentari', 'comentar'],
  ...['kommentar', 'antwort', 'respuesta', 'resposta', 'risposta', 'reponse', 'foto'],
];

/** "See more articles", "Ver más artículos", "Mehr anzeigen": more of a list, not a problem. */
const MORE_WORDS = new Set(['more', 'mas', 'piu', 'mehr', 'mais', 'περισσοτερα', 'περισσοτερεσ']);
function asksForMore(norm: string): boolean {
  const all = norm.split(' ');
  // French "plus" is more, unless a "ne" makes it "no longer" ("Je n'ai plus de nouvelles").
  return (
    all.some((w) => MORE_WORDS.has(w)) || (all.includes('plus') && !all.includes('n') && !all.includes('ne'))
  );
}

/** "Show older orders", "Ver pedidos anteriores": more of a list, not a problem to pick. */
const OLDER_STEMS = [
  'older',
  'earlier',
  'previous',
  'anterior',
  'altere',
  'aeltere',
  'ancien',
  'precedent',
  'passat',
  'παλαιοτερ',
  'προηγουμεν',
];

/** "It's not about an order", "Ce n'est pas une commande", "Δεν αφορά παραγγελία": a no, then
 *  a word of "about" or an article (a verb "to be" may stand between) right before the
 *  topic's own word. A no before a verb or a bare "de" ("non è arrivato", "Pas de colis",
 *  "Not received my order") still says the topic. */
function saysNotAbout(norm: string, stems: readonly string[]): boolean {
  const all = norm.split(' ');
  for (let i = 0; i < all.length; i++) {
    if (!NEGATION_WORDS.has(all[i]!)) continue;
    let j = i + 1;
    let about = false;
    for (; j < all.length && j <= i + 4; j++) {
      const w = all[j]!;
      if (ABOUT_WORDS.has(w) || ARTICLES.has(w)) about = true;
      else if (!TO_BE.has(w)) break;
    }
    const next = all[j];
    if (about && next && stems.some((s) => next.startsWith(s))) return true;
  }
  return false;
}
/** A no's first word ("isn" of "isn t"). */
const NEGATION_WORDS = new Set([...NEGATIONS.map((w) => w.split(' ')[0]!), 'οχι']);
/** "About", in each language (normalised: no accents, no apostrophes). */
const ABOUT_WORDS = new Set([
  ...['about', 'regarding', 'related', 'concerning', 'um', 'betrifft', 'sobre', 'relacionado'],
  ...['concerne', 'lie', 'riguarda', 'relativo', 'refere', 'αφορα', 'σχετικα'],
]);
const ARTICLES = new Set([
  ...['an', 'a', 'my', 'eine', 'einen', 'ein', 'meine', 'mein', 'un', 'una', 'mi', 'une', 'mon'],
  ...['ma', 'uno', 'il', 'uma', 'meu', 'minha', 'μια', 'ενα'],
]);
/** "Is" (and the "t" of "isn t"), "to", "with": may stand between the no and the rest. */
const TO_BE = new Set(['t', 'is', 'ist', 'es', 'est', 'e', 'ειναι', 'se', 'to', 'with', 'for', 'με', 'για']);

/** Send, said with whom it goes to: Wish or its people ("Invia a Wish", "Send to our team",
 *  "An das Wish-Team senden", "Enviar para o suporte"). Another recipient (the seller, a
 *  friend, the assistant itself) says it is no message to Wish. */
export function meansSendToWish(name: string): boolean {
  const norm = normalise(name);
  for (const phrase of family('send')) {
    // The verb first, or last (German: "An Wish senden").
    const rest = norm.startsWith(`${phrase} `)
      ? norm.slice(phrase.length + 1)
      : norm.endsWith(` ${phrase}`)
        ? norm.slice(0, -phrase.length - 1)
        : '';
    const said = rest.split(' ').filter(Boolean);
    if (!said.length || said.length > 5) continue;
    if (said.every((w) => SEND_TO_FILLERS.has(w) || wishsPeople(w)) && said.some(wishsPeople)) return true;
  }
  return false;
}
function wishsPeople(word: string): boolean {
  if (word === 'wish') return true;
  if (BOT_WORD.test(word)) return false;
  return [...TEAM_STEMS, ...TEAM_SERVICE_STEMS, ...PERSON_STEMS].some((s) => word.startsWith(s));
}
/** "to", "the", "our" between the verb and whom it goes to, in each supported language. */
const SEND_TO_FILLERS = new Set([
  ...['to', 'the', 'our', 'a', 'al', 'all', 'alla', 'allo', 'ai', 'il', 'la', 'lo', 'di', 'del'],
  ...['nostro', 'nostra', 'el', 'nuestro', 'nuestra', 'de', 'para', 'ao', 'o', 'da', 'do', 'nossa'],
  ...['nosso', 'au', 'aux', 'l', 'le', 'notre', 'an', 'das', 'den', 'dem', 'die', 'unser', 'unsere'],
  ...['unseren', 'zu', 'zum', 'στη', 'στην', 'στο', 'στον', 'την', 'τον', 'το', 'τησ', 'του', 'μασ'],
]);

/** A control that only says "write" ("Écrire", "Schreiben", "Write"): alone it says nothing of
 *  where (a review, a seller), so only a card's title naming where it writes makes it a way on
 *  ("Laisser un message à un conseiller" over "Écrire"). */
export function meansBareWrite(name: string): boolean {
  const all = normalise(name).split(' ').filter(Boolean);
  return (
    all.length >= 1 &&
    all.length <= 2 &&
    all.some((w) => YES_WRITE_STEMS.some((s) => w.startsWith(s))) &&
    all.every((w) => NOW_WORDS.has(w) || YES_WRITE_STEMS.some((s) => w.startsWith(s)))
  );
}

/** A control that only says "go" ("Select", "Auswählen", "Iniciar conversa", "Start chat",
 *  "Ouvrir"): what it goes to is said beside it, by its card's title. */
export function meansGenericGo(name: string): boolean {
  if (/[?;？]/u.test(name)) return false;
  const norm = normalise(name);
  // Four words at most: "Hier im Chat schreiben", "Start a new chat".
  if (!norm || words(norm) > 4) return false;
  const all = norm.split(' ');
  // Writing goes on only into a chat ("Hier im Chat schreiben", "Escribir por el chat"): "Write
  // a review" or a bare "Schreiben" says nothing of where.
  const writes =
    all.some((w) => TALK_STEMS.some((s) => w.startsWith(s))) &&
    all.some((w) => YES_WRITE_STEMS.some((s) => w.startsWith(s)));
  return (
    (writes || all.some((w) => GO_STEMS.some((s) => w.startsWith(s)))) &&
    all.every(
      (w) =>
        GO_FILLERS.has(w) ||
        NOW_WORDS.has(w) ||
        [...GO_STEMS, ...TALK_STEMS].some((s) => w.startsWith(s)) ||
        (writes && YES_WRITE_STEMS.some((s) => w.startsWith(s))),
    )
  );
}
/** Articles and prepositions that may stand beside the "go" ("Start a chat", "Weiter zum Chat",
 *  "Continuar no chat"); any other short word names a place ("Open FAQ", "Open in app"), and a
 *  possessive names the shopper's own ("Meine Chats öffnen" opens their history). */
const GO_FILLERS = new Set([
  ...['a', 'an', 'the', 'to', 'new', 'der', 'den', 'das', 'die', 'ein', 'eine', 'einen', 'zum', 'zur'],
  ...['neue', 'neuen', 'il', 'la', 'lo', 'l', 'un', 'una', 'uno', 'in', 'nuova', 'nuovo', 'le', 'les'],
  ...['une', 'au', 'nouvelle', 'nouveau', 'el', 'los', 'las', 'al', 'nueva', 'nuevo', 'o', 'um', 'uma'],
  ...['ao', 'no', 'na', 'nova', 'novo', 'τη', 'την', 'το', 'στη', 'στην', 'στο', 'μια', 'ενα', 'νεα'],
  // "in the" / "by": "Weiter im Chat", "Continuer dans le chat", "Seguir por el chat".
  ...['im', 'ins', 'dans', 'en', 'nel', 'nella', 'por', 'em'],
]);
/** Choosing, starting, opening, going on, per language (inferred). */
const GO_STEMS = [
  ...['select', 'choose', 'pick', 'start', 'begin', 'open', 'continue'],
  ...['auswahl', 'wahl', 'beginn', 'offn', 'weiter'],
  ...['selezion', 'scegli', 'inizi', 'avvi', 'apri', 'continua'],
  ...['selectionn', 'choisi', 'commenc', 'demarr', 'ouvri', 'continuer'],
  ...['seleccion', 'elegi', 'elig', 'empez', 'comenz', 'inici', 'abri', 'continu'],
  ...['selecion', 'escolh', 'comec', 'abrir'],
  ...['επιλ', 'ξεκιν', 'εναρξ', 'ανοιξ', 'ανοιγ', 'συνεχ'],
];

/** A card's words (its title and line, not its button) that say a person of Wish's answers
 *  there: "Toujours besoin d'aide ? Une personne de notre équipe vous répond", "Still stuck?
 *  Someone from our team will look into this". Never a card that names another desk (a seller,
 *  the community, a help centre), a carrier, another app, or asks for feedback ("Rate your
 *  agent"). */
export function cardOffersPerson(text: string): boolean {
  const norm = normalise(text);
  if (!norm || namesOtherDesk(text) || hasStem(norm, CARRIER_STEMS) || asksForFeedback(text)) return false;
  // Our team answering in another app ("Unser Team antwortet dir auf WhatsApp") leaves Wish's
  // support, as a yes to it does.
  if (namesOtherApp(norm)) return false;
  return mentionsPerson(text) || teamAnswers(norm);
}
/** The team answering the shopper, said on a channel's card ("Unser Team antwortet dir in
 *  dieser Unterhaltung", "Our team replies here", "Nuestro equipo te responde"): people answer
 *  so, a bot answers at once. Only on a card beside a way in (a survey thanks the team too);
 *  whose team it is, the caller asks. Never a bot's or an assistant's "team". Inferred. */
function teamAnswers(norm: string): boolean {
  const all = norm.split(' ');
  return (
    all.some((w) => TEAM_STEMS.some((s) => w.startsWith(s))) &&
    all.some((w) => TEAM_ANSWER_STEMS.some((s) => w.startsWith(s))) &&
    !all.some((w) => BOT_WORD.test(w))
  );
}
const TEAM_ANSWER_STEMS = [
  ...['repl', 'respond', 'answer', 'antwort', 'repond', 'repons', 'rispond', 'rispost', 'respuest'],
  ...['respost', 'απαντ'],
];
/** A carrier and its staff (inferred, per language): a courier's chat is not Wish's. */
// Never 'post' alone: it opens after-sales ("Assistenza post-vendita", "Soporte postventa",
// "Post-sale support"), the order's own help; the post is named with its service or office.
const CARRIER_STEMS = [
  ...['courier', 'carrier', 'parcel service', 'delivery partner', 'driver', 'post office', 'postman'],
  ...['postal service', 'postal work', 'deutsche post', 'postbot', 'postamt', 'postnl', 'poste italian'],
  ...['kurier', 'zusteller', 'paketdienst', 'spediteur', 'fahrer', 'corrier', 'vettore', 'postin'],
  ...['transporteur', 'livreur', 'la poste', 'transportist', 'mensajer', 'paqueter', 'correos'],
  ...['repartidor', 'transportador', 'correio', 'entregador', 'κουριερ', 'μεταφορικ', 'ταχυδρομ'],
];
/** What is started: a chat, a conversation (nothing of who answers it). */
const TALK_STEMS = ['chat', 'convers', 'gesprach', 'discus', 'συνομιλ', 'συζητ'];
const NOW_WORDS = new Set([
  'now',
  'jetzt',
  'ora',
  'maintenant',
  'ahora',
  'agora',
  'τωρα',
  'here',
  'hier',
  'aqui',
  'qui',
  'ici',
]);

/** The conjunction "αλλά" (but): accented on its end, or unaccented right after a comma. */
const GREEK_BUT = /(^|[\s,;])(?:αλλά|(?<=,\s*)αλλα)(?![\p{L}\p{M}])/giu;

/** A short choice that means "something else", "other", "none of these". */
export function meansElse(name: string): number {
  if (nameScore(name, 'somethingElse')) return 1;
  // Greek's "but" (αλλά) is "others" (άλλα) once its accent is gone: "Την παρέλαβα, αλλά κάτι
  // δεν πάει καλά" ("I got it, but something is wrong") is an answer, no "other".
  const norm = normalise(name.replace(GREEK_BUT, '$1'));
  if (!norm || words(norm) > 9 || QUESTION_START.test(norm)) return 0;
  // The community's forum is another desk ("No answer found – ask the Community").
  if (hasStem(norm, COMMUNITY_STEMS)) return 0;
  if (hasStem(norm, ELSE_STEMS) || saysDifferentMatter(norm)) return 0.8;
  // "Other" said of a topic's thing ("Autre moyen de paiement", "Other payment method") is a
  // narrower choice than "Other request": it ranks below one naming nothing, still taken alone.
  // "Réessayer avec une autre carte", "Usar otra tarjeta": paying with another card, address or
  // way to pay is a change the shopper makes, not a matter the list lacks (English says
  // "another"). Named alone ("Otro método de pago") it is a narrower other, as above.
  const instrument = ELSE_WORDS.flatMap((w) =>
    INSTRUMENT_STEMS.filter((i) => ` ${norm}`.includes(` ${w} ${i}`)).map((i) => `${w} ${i}`),
  );
  if (instrument.length) return instrument.some((p) => norm.startsWith(p)) ? 0.7 : 0;
  if (ELSE_WORDS.some((w) => holds(norm, w))) return topicOf(name) ? 0.7 : 0.8;
  // "My problem is not in the list / not here / does not appear", in any language.
  const negated = NEGATIONS.some((w) => holds(norm, w));
  if (negated && hasStem(norm, NOT_LISTED)) return 0.8;
  // "I can't find my topic", "Não encontrei meu assunto", "Ich finde mein Thema nicht": none
  // of the choices fits. Never a question ("Didn't find an answer? Ask the community").
  const cannot = negated || CANNOT.some((w) => holds(norm, w));
  if (saysItDidNotHelp(name, norm)) return 0.8;
  // "That's not quite it", "Ce n'est pas tout à fait ça", "Não é bem isso": what was offered
  // is not the shopper's matter. Only "that is not (quite) that", with no verb of its own: a
  // complaint or a refusal also ends in "that" ("No pedí eso", "No, don't cancel it") and is
  // an answer, not "something else".
  if (words(norm) <= 8 && !/[?？]/u.test(name) && !hasStem(norm, NEED_STEMS) && deniesThatsIt(norm))
    return 0.8;
  // "I can't find what I'm looking for", "Δεν βρίσκω αυτό που ψάχνω": no choice here fits.
  if (cannot && LOOKING_FOR.some((w) => holds(norm, w))) return 0.8;
  return cannot &&
    words(norm) <= 6 &&
    !/[?？]/u.test(name) &&
    hasStem(norm, FIND_STEMS) &&
    (hasStem(norm, SOUGHT_STEMS) || SOUGHT_WORDS.some((w) => holds(norm, w)))
    ? 0.8
    : 0;
}
/** "That didn't help me", "Das hilft mir nicht weiter", "Isso não me ajudou": the answers
 *  given were not it. Said with the verb: "Not helpful" rates an article, in a survey. */
export function saysItDidNotHelp(name: string, norm = normalise(name)): boolean {
  return (
    words(norm) <= 6 &&
    !/[?？]/u.test(name) &&
    (NEGATIONS.some((w) => holds(norm, w)) || CANNOT.some((w) => holds(norm, w))) &&
    (hasStem(norm, HELPED_STEMS) || GEHOLFEN.test(norm)) &&
    // "No, I don't need help", "Non ho bisogno di aiuto": declining help ends the chat.
    !hasStem(norm, NEED_STEMS) &&
    !hasStem(norm, RATING_STEMS)
  );
}
/** A rating's good end: "👍 Útil", "Helpful", "Yes", "Ja, hat geholfen" (inferred). Beside
 *  it, a "didn't help" rates the answer too: a survey's, asked or not. */
export function praises(name: string): boolean {
  if (/👍|\u{1F44D}/u.test(name)) return true;
  const norm = normalise(name);
  if (!norm || words(norm) > 4 || NEGATION.test(norm)) return false;
  return meansYes(name) > 0 || hasStem(norm, RATING_STEMS) || saysHelped(norm);
}
/** A rating's middle point, or a point drawn as a face: "😐 Más o menos", "So-so", "Geht so",
 *  "Em parte", "🙁" (inferred). Beside a good end and a "didn't help", one more point of the
 *  same rating (👍 / 😐 / 👎), not a choice of another kind. */
export function ratesMiddle(name: string): boolean {
  const norm = normalise(name);
  if (words(norm) > 4) return false;
  if (RATING_MIDDLES.some((p) => holds(norm, p))) return true;
  // A face and a word or two, none offering someone or something else ("🙋 Ask a person").
  return FACE.test(name.trim()) && words(norm) <= 3 && !meansPerson(name) && !meansElse(name);
}
/** Faces, whatever their mood: smileys and frowns (U+1F600–1F644), thinking and unsure faces
 *  (U+1F910–1F92F, 1FAE0–1FAE8), ☹ and ☺. Never a hand or a person. */
const FACE = /^(?:[\u{1F600}-\u{1F644}\u{1F910}-\u{1F92F}\u{1FAE0}-\u{1FAE8}\u2639\u263A])/u;
const RATING_MIDDLES = [
  ...['so so', 'more or less', 'somewhat', 'partly', 'partially', 'kind of', 'neutral', 'geht so'],
  ...['teilweise', 'einigermaßen', 'mittelmaßig', 'bof', 'moyen', 'moyennement', 'en partie'],
  ...['neutre', 'mas o menos', 'en parte', 'regular', 'neutro', 'mais ou menos', 'em parte'],
  ...['cosi cosi', 'piu o meno', 'in parte', 'ετσι κι ετσι', 'εν μερει', 'μετρια', 'ουδετερο'],
];
/** Helping said as a verb, the answer's doing ("hat geholfen", "Ajudou", "Me ayudó", "Cela m'a
 *  aidé", "That helps"), never help as a thing, a place or a call for it ("Centro de ayuda",
 *  "Get help", "Hilfe-Center", "Κέντρο βοήθειας"): a help centre beside a "didn't help" is
 *  another way on, no rating's good end (normalised; inferred). */
function saysHelped(norm: string): boolean {
  if (hasStem(norm, HELPED_VERB_STEMS) || GEHOLFEN.test(norm)) return true;
  // A word both the noun and the verb ("help", "aide", "ayuda", "ajuda") is the verb only
  // after who it helped or what did: "Esto me ayuda", "Ça m'a aidé", "It did help".
  const all = norm.split(' ');
  return all.some((w, i) => i > 0 && HELP_NOUN_OR_VERB.has(w) && HELPED_WHO.has(all[i - 1]!));
}
/** Forms of helping only a verb takes: "helped", "hilft", "aiutato", "ayudó", "ajudou",
 *  "βοήθησε", "βοηθάει" (word starts; never the nouns "help", "Hilfe", "aiuto", "ayuda",
 *  "ajuda", "aide", "βοήθεια"). */
const HELPED_VERB_STEMS = [
  ...['helped', 'helps', 'hilft', 'geholf', 'aiutat', 'aiutano', 'ayudo', 'ayudad', 'ayudaron'],
  ...['ajudou', 'ajudad', 'ajudaram', 'aidee', 'βοηθησε', 'βοηθησαν', 'βοηθαει', 'βοηθουν'],
];
/** German's participle inside a compound: "weitergeholfen", "ausgeholfen" (the "ge" before the
 *  stem, a prefix before that; "geholf" is found inside no other word). */
const GEHOLFEN = /geholf/;
/** Also the imperative ("Aiutami", "Help me"): the verb only after who or what. */
const HELP_NOUN_OR_VERB = new Set(['help', 'aide', 'ayuda', 'ajuda', 'aiuta']);
const HELPED_WHO = new Set([
  ...['it', 'that', 'this', 'did', 'does', 'me', 'm', 'te', 't', 'a', 'ca', 'cela', 'ceci'],
  ...['vous', 'nous', 'esto', 'eso', 'isso', 'isto', 'nos', 'mi', 'ti', 'ci', 'questo'],
]);
/** "That is not (quite) it" (normalised): an optional "no", a copula denied, only words of
 *  degree, then "that"; German's "Das ist es nicht (ganz)" ends on its denial. Any other word
 *  is a verb or a thing of its own ("Das ist es nicht, was ich bestellt habe"). */
function deniesThatsIt(norm: string): boolean {
  if (/^(?:nein )?das ist es nicht(?: ganz| genau| wirklich| so ganz)?$/u.test(norm)) return true;
  const all = norm.split(' ');
  if (!NOT_IT_ENDS.has(all.pop()!)) return false;
  const rest = ` ${all.join(' ')} `;
  const copula = THAT_IS_NOT.find((c) => rest.startsWith(` ${c} `) || rest.startsWith(` no ${c} `));
  if (!copula) return false;
  const after = rest.slice(rest.indexOf(` ${copula} `) + copula.length + 2).trim();
  return !after || after.split(' ').every((w) => DEGREE_WORDS.has(w));
}
/** A copula denied, said of what was offered (normalised: "that s not", "ce n est pas"). */
const THAT_IS_NOT = [
  ...['that s not', 'that is not', 'that isn t', 'it s not', 'it is not', 'it isn t', 'this is not'],
  ...['this isn t', 'ce n est pas', 'c est pas', 'ce n etait pas', 'no es', 'eso no es', 'nao e'],
  ...['isso nao e', 'non e', 'questo non e', 'δεν ειναι', 'αυτο δεν ειναι'],
];
/** Words of degree between the denial and "that": "quite", "bem", "tout à fait", "ακριβώς". */
const DEGREE_WORDS = new Set([
  ...['quite', 'exactly', 'really', 'just', 'bem', 'exatamente', 'bien', 'exactamente', 'del', 'todo'],
  ...['proprio', 'esattamente', 'davvero', 'tout', 'a', 'fait', 'vraiment', 'exactement', 'ακριβωσ'],
]);
/** "That" closing a sentence that denies it ("not quite it", "pas ça", "non è questo"). */
const NOT_IT_ENDS = new Set([
  'it',
  'that',
  'ca',
  'cela',
  'isso',
  'isto',
  'eso',
  'esto',
  'questo',
  'quello',
  'αυτο',
]);
/** Needing (inferred): "need", "bisogno", "necesito", "preciso", "brauche", "besoin", "χρειάζομαι". */
const NEED_STEMS = ['need', 'bisogn', 'necesit', 'precis', 'brauch', 'benotig', 'besoin', 'χρειαζ'];
/** Helping, as a verb: "help", "hilft", "geholfen", "aiutato", "aidé", "ayudó", "ajudou",
 *  "βοήθησε". */
const HELPED_STEMS = ['help', 'hilf', 'geholf', 'aiut', 'aide', 'ayud', 'ajud', 'βοηθ'];
/** Helpful, as a survey rates an answer: "helpful", "hilfreich", "utile", "útil", "χρήσιμο". */
const RATING_STEMS = ['helpful', 'hilfreich', 'utile', 'util', 'χρησιμ'];
/** English noes NEGATIONS leaves out (normalised: "can t"). */
const CANNOT = ['can t', 'cannot', 'couldn t', 'didn t', 'don t'];
/** Finding, per language (inferred): "find", "trovo", "trouve", "encuentro", "encontrei",
 *  "gefunden", "βρίσκω". */
const FIND_STEMS = ['find', 'found', 'gefund', 'trov', 'trouv', 'encuentr', 'encontr', 'βρισκ', 'βρηκ'];
/** What a shopper looks for among the choices: their topic, their problem, an answer (not an
 *  order or a product: "I can't find my order" is about an order). */
const SOUGHT_STEMS = [
  'topic',
  'subject',
  'issue',
  'problem',
  'answer',
  'argoment',
  'rispost',
  'thema',
  'anliegen',
  'antwort',
  'sujet',
  'reponse',
  'tema',
  'asunto',
  'respuest',
  'assunto',
  'respost',
  'θεμα',
  'απαντησ',
  'προβλημ',
];
/** The shopper's case, as whole words ("Non trovo il mio caso", "Je ne trouve pas mon cas"):
 *  as stems, "cas" and "fall" would be cash and "falls". */
const SOUGHT_WORDS = [
  ...['case', 'caso', 'cas', 'fall', 'situation', 'situazione', 'situacion', 'situacao'],
  'περιπτωση',
];
/** What the shopper is looking for or needs (not what they ordered: "can't find my order" is
 *  the order's topic). */
const LOOKING_FOR = [
  ...[
    'what i m looking for',
    'what i am looking for',
    'what i need',
    'αυτο που ψαχνω',
    'αυτο που χρειαζομαι',
  ],
  ...['quello che cerco', 'cio che cerco', 'quello che mi serve', 'was ich suche', 'was ich brauche'],
  ...['ce que je cherche', 'ce dont j ai besoin', 'lo que busco', 'lo que estoy buscando', 'lo que necesito'],
  ...['o que procuro', 'o que estou procurando', 'o que eu procuro', 'o que preciso'],
];

/** "A different problem", "Ho un problema diverso", "Διαφορετικό θέμα": a word of "different"
 *  right beside a word of a matter (problem, question, request). Alone, "different" is a
 *  parcel's own topic ("Item is different", "Recibí algo diferente"). */
function saysDifferentMatter(norm: string): boolean {
  const all = norm.split(' ');
  return all.some(
    (w, i) =>
      DIFFERENT_STEMS.some((s) => w.startsWith(s)) &&
      // A word that is the adverb as well ("Frage anders formulieren", "Διατυπώστε … διαφορετικά")
      // says "different" only after "is" ("Meine Situation ist anders").
      (!ADVERB_TOO.has(w) || TO_BE_WORDS.has(all[i - 1] ?? '')) &&
      // The adjective, not the adverb ("Ask your question differently", "riformula diversamente").
      !/(?:ly|mente|ωσ)$/u.test(w) &&
      // Right beside it, or with a verb "to be" between ("Ma demande est différente"), a
      // possessive after the noun too ("Η περίπτωσή μου είναι διαφορετική").
      [
        all[i - 1],
        all[i + 1],
        ...(TO_BE_WORDS.has(all[i - 1] ?? '')
          ? [all[i - 2], OWNED_AFTER.has(all[i - 2] ?? '') ? all[i - 3] : undefined]
          : []),
      ].some((n) => n !== undefined && MATTER_WORDS.has(n)),
  );
}
const ADVERB_TOO = new Set(['anders', 'διαφορετικα']);
/** A possessive said after its noun ("η περίπτωσή μου"). */
const OWNED_AFTER = new Set(['μου', 'μασ', 'σασ']);
const TO_BE_WORDS = new Set(['is', 'est', 'e', 'ist', 'es', 'είναι', 'ειναι', 'sind', 'sono', 'son', 'sao']);
const DIFFERENT_STEMS = [
  ...['different', 'διαφορετικ', 'divers', 'diferent', 'verschieden', 'anders'],
  // "Mi caso es distinto", "Un problème distinct" (es, it, pt, fr).
  ...['distint', 'distinct'],
];
const MATTER_WORDS = new Set([
  ...['issue', 'issues', 'problem', 'problems', 'question', 'questions', 'request', 'matter', 'topic'],
  ...['προβλημα', 'θεμα', 'θεματα', 'ερωτηση', 'αιτημα', 'ζητημα'],
  ...['problema', 'problemi', 'domanda', 'richiesta', 'questione', 'frage', 'anliegen', 'thema'],
  ...['probleme', 'problemes', 'souci', 'demande', 'sujet', 'question', 'problemas', 'pregunta'],
  ...['consulta', 'asunto', 'cuestion', 'tema', 'pergunta', 'assunto', 'questao', 'duvida'],
  // One's case ("Mi caso es distinto", "Mon cas est différent", "Mein Fall ist anders").
  // Not English "case": "Shop a different case" sells a phone's.
  ...['caso', 'cas', 'fall', 'υποθεση'],
  // One's situation ("Ma situation est différente", u161).
  ...['situation', 'situazione', 'situacion', 'situacao', 'περιπτωση'],
]);

/** A parcel that has not come: "My item hasn't arrived", "Where is my order?". */
const ARRIVAL_PHRASES = [
  'not arrived',
  'hasn t arrived',
  'didn t arrive',
  'never arrived',
  'not received',
  'where is my',
  'where s my',
  'wheres my',
  'missing',
  'δεν εφτασε',
  'δεν εχει φτασει',
  'δεν παρεληφθη',
  'δεν ηρθε',
  'που ειναι',
  'non e arrivat',
  'non ho ricevuto',
  'dov e',
  'nicht angekommen',
  'nicht erhalten',
  'wo ist',
  'pas recu',
  'pas arrive',
  'ou est',
  'jamais recu',
  'no ha llegado',
  'no llego',
  'no he recibido',
  'donde esta',
  'nao chegou',
  'nao recebi',
  'onde esta',
  // Asking after it: "Still waiting for my order", "Wo bleibt meine Bestellung?", "Cadê meu
  // pedido?", "Où en est ma commande ?", "Che fine ha fatto il mio ordine?".
  ...['still waiting', 'wo bleibt', 'cade meu', 'cade minha', 'cade o', 'cade a', 'ou en est'],
  ...['che fine ha fatto', 'que paso con', 'que ha pasado con', 'o que aconteceu com'],
];

/** Where a parcel is: its delivery's status, its tracking (inferred, per language). The choice
 *  for a parcel that has not come when none says so outright. */
const TRACKING_PHRASES = [
  'delivery status',
  'shipping status',
  'track my order',
  'track my package',
  'track my parcel',
  'track my shipment',
  'track package',
  'track order',
  'order tracking',
  'package tracking',
  'κατασταση αποστολησ',
  'κατασταση παραδοσησ',
  'παρακολουθηση δεματοσ',
  'παρακολουθηση παραγγελιασ',
  'stato della consegna',
  'stato della spedizione',
  'traccia il pacco',
  'traccia il mio',
  'tracciamento',
  'lieferstatus',
  'versandstatus',
  'sendungsverfolgung',
  'sendung verfolgen',
  'paket verfolgen',
  'statut de livraison',
  'statut de la livraison',
  'suivi de colis',
  'suivi de commande',
  'suivre mon colis',
  'suivre ma commande',
  'estado del envio',
  'estado de la entrega',
  'seguimiento del pedido',
  'seguimiento de envio',
  'rastrear pedido',
  'rastrear paquete',
  'status da entrega',
  'rastreamento',
  'rastrear encomenda',
];

export function meansTracking(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 5 || name.trim().endsWith('?') || QUESTION_START.test(norm)) return false;
  if (hasStem(norm, CANCEL_STEMS)) return false;
  return TRACKING_PHRASES.some((p) => norm === p || norm.startsWith(p + ' ') || holds(norm, p));
}

/** A choice of the assistant about a parcel that has not come. */
export function meansArrival(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 8 || hasStem(norm, CANCEL_STEMS)) return false;
  // A refund or a return that has not come back is no parcel that has not come; nor a code, a
  // reply, a request or money asked after ("I didn't receive my verification code", "Où en est
  // ma demande ?", "Wo bleibt mein Geld?").
  if (
    hasStem(norm, REFUND_STEMS) ||
    hasStem(norm, NOT_A_PARCEL) ||
    hasStem(norm, RETURN_STEMS) ||
    holds(norm, 'reso') ||
    holds(norm, 'resi')
  )
    return false;
  return (
    ARRIVAL_PHRASES.some(
      (p) => holds(norm, p) || norm.startsWith(p + ' ') || ` ${norm} `.includes(` ${p}`),
    ) ||
    // "Order not delivered", "Commande non livrée": a no, then a verb of arriving; among the
    // assistant's topics "not yet" too ("Je ne l'ai pas encore reçue" is the complaint).
    saysNotArrived(norm, true)
  );
}

/** What else a shopper waits for or did not receive (inferred, per language): a code or an
 *  email, a reply, a request's outcome, money. */
const NOT_A_PARCEL = [
  ...['code', 'codigo', 'codice', 'κωδικ', 'otp', 'sms', 'email', 'mail', 'password', 'link'],
  ...['verification', 'confirmation', 'bestatigung', 'conferma', 'confirmac', 'επιβεβαιωσ'],
  ...['reply', 'answer', 'response', 'risposta', 'antwort', 'reponse', 'respuesta', 'resposta'],
  ...['απαντησ', 'request', 'demande', 'richiesta', 'anfrage', 'solicitud', 'solicitac', 'αιτημα'],
  ...['ticket', 'money', 'geld', 'dinheiro', 'dinero', 'argent', 'soldi', 'χρηματ', 'credit'],
];
/** Money given back ("Refunds", "Rimborsi e resi"): a payment topic, though not the one for a
 *  payment that failed or a charge that is wrong. */
const REFUND_STEMS = [
  'refund',
  'επιστροφη χρηματ',
  'rimbors',
  'ruckerstatt',
  'erstattung',
  'rembourse',
  'reembols',
  'estorno',
];
/** A return of an item, per language (inferred): "return", "reso", "devolución", "Rücksendung". */
const RETURN_STEMS = ['return', 'devoluc', 'devolv', 'retour', 'rucksend', 'επιστροφ'];
const CHARGE_STEMS = TOPIC_STEMS.payment.filter((s) => !REFUND_STEMS.includes(s));
const FAILED_PAYMENT: ReadonlySet<ProblemId> = new Set(['payment-declined', 'incorrect-charge']);
/** Problems about a parcel: a topic about one that has not come fits them. */
export const PARCEL_PROBLEMS: ReadonlySet<ProblemId> = new Set(['never-delivered', 'no-updates', 'late']);

/** A payment that did not go through, per language (inferred): "declined", "refusé", "abgelehnt". */
const DECLINED_STEMS = [
  ...['declin', 'refus', 'reject', 'fail', 'didn t go through', 'abgelehnt', 'fehlgeschlag'],
  ...['rechaz', 'rifiut', 'respint', 'non riuscit', 'recusad', 'nao aprovad', 'απορριφ', 'αποτυχ'],
  ...['echou', 'ne passe pas', 'non passa', 'no pasa', 'nao passa', 'geht nicht durch'],
];
/** A charge that is wrong: twice, or too much (inferred, per language). */
const WRONG_CHARGE_STEMS = [
  ...['twice', 'double', 'overcharg', 'wrong amount', 'duplicat', 'doppel', 'zweimal', 'zu viel'],
  ...['doppi', 'due volte', 'doble', 'dos veces', 'duplicad', 'deux fois', 'trop paye', 'trop preleve'],
  ...['a mais', 'διπλ', 'λαθοσ ποσο'],
];

/** An item unlike its listing, per language (inferred; each phrase starts a word). */
const NOT_AS_DESCRIBED_PHRASES = [
  ...['not as described', 'different from', 'doesn t match', 'looks different', 'not like the'],
  ...['diverso dall', 'diverso da', 'non conforme', 'non corrisponde', 'ne correspond pas'],
  ...['different de', 'pas conforme', 'distinto a', 'diferente a', 'no coincide', 'no se parece'],
  ...['nicht wie beschrieben', 'anders als', 'weicht ab', 'nao corresponde', 'diferente do'],
  ...['diferente da', 'δεν αντιστοιχ', 'διαφορετικο απο', 'διαφορετικο απ'],
];
/** Another item than the one ordered, per language (inferred; each phrase starts a word). */
const WRONG_ITEM_PHRASES = [
  ...['wrong item', 'wrong product', 'wrong size', 'not what i ordered', 'different item'],
  ...['articolo sbagliato', 'prodotto sbagliato', 'falscher artikel', 'falsches produkt'],
  ...['mauvais article', 'mauvais produit', 'producto equivocado', 'producto incorrecto'],
  ...['articulo equivocado', 'distinto al que', 'diferente al que', 'produto errado', 'item errado'],
  ...['diferente do que pedi', 'λαθοσ προιον', 'λαθοσ αντικειμεν', 'αλλο προιον'],
];
/** An item bought, per language: "item", "product", "article", "προϊόν". */
/** "What I received", as a thing ("A problem with what I received", "Problema con lo que
 *  recibí"): the item, not its parcel (inferred). */
const RECEIVED_THING =
  /(?:^| )(?:what i (?:received|got)|lo que (?:recibi|me llego)|o que (?:recebi|chegou)|ce que j ai recu|quello che ho ricevuto|cio che ho ricevuto|was ich (?:erhalten|bekommen) habe|αυτο που παρελαβα)(?: |$)/;
/** Changing an order's item (its size, its colour, before it ships) is a thing the shopper
 *  does, like cancelling: "Change item", "Modifier l'article" (inferred). Not an exchange
 *  ("umtauschen", "troca", "cambio"), the remedy for a wrong or faulty item: that is an item
 *  problem's topic. */
const CHANGE_STEMS = ['change', 'modif'];
const ITEM_STEMS = [
  ...['item', 'product', 'articl', 'articol', 'prodott', 'artikel', 'produkt', 'produit'],
  ...['producto', 'articulo', 'produto', 'προιον', 'αντικειμεν', 'pieza', 'pezz'],
];

/** A question's words without the asking ones before them ("Why was my payment declined?" →
 *  "my payment declined"), for what it is about. */
function questionTopic(norm: string): string {
  let rest = norm;
  for (let i = 0; i < 3 && QUESTION_START.test(rest); i++) rest = rest.replace(/^\S+ ?/u, '');
  return rest;
}

/** What a topic is about, asked as a question or not ("Why was I charged?": a payment). */
export function topicOfAsked(name: string): TopicKind | undefined {
  return asksAsTopic(name) ? topicOf(questionTopic(normalise(name))) : topicOf(name);
}

/** The choice is asked as a question ("Where's my stuff?", "¿Por qué se rechazó mi pago?"). */
export function asksAsTopic(name: string): boolean {
  return /[?？]\s*$/u.test(name) || QUESTION_START.test(normalise(name));
}

/** How well one of the assistant's topics fits the shopper's problem: 4 names the problem
 *  itself ("Why was my payment declined?"), 3 says its kind ("Paiement refusé", "Mi pedido no
 *  llegó"), 2 is near (refunds for a failed payment, a parcel's tracking), 1 is the guide's way
 *  for any problem (its "My Account": each list leads to an agent), 0 neither or a problem no
 *  topic is sorted by. Two topics can both sound right ("Refunds" and "Payments" for a declined
 *  card); only the fitter leads to the right answers. A topic asked as a question is weighed by
 *  what it asks about. */
export function topicFit(name: string, problem: ProblemId): number {
  const norm = asksAsTopic(name) ? questionTopic(normalise(name)) : normalise(name);
  const kind = topicOf(norm);
  if (FAILED_PAYMENT.has(problem) || problem === 'refund-missing') {
    if (kind === 'account') return 1;
    const named = hasStem(norm, problem === 'payment-declined' ? DECLINED_STEMS : WRONG_CHARGE_STEMS);
    if (kind !== 'payment')
      return named && problem !== 'refund-missing' && hasStem(norm, CHARGED_WORDS) ? 4 : 0;
    const charge = hasStem(norm, CHARGE_STEMS);
    const refund = hasStem(norm, REFUND_STEMS);
    // A refund refused is no payment refused: only a charge's failure names the problem.
    if (named && problem !== 'refund-missing' && charge && !refund) return 4;
    return (problem === 'refund-missing' ? refund : charge) ? 3 : 2;
  }
  if (problem === 'not-as-described' || problem === 'wrong-item') {
    const said = (phrases: readonly string[]) => phrases.some((p) => ` ${norm}`.includes(` ${p}`));
    const unlike = said(NOT_AS_DESCRIBED_PHRASES);
    const wrong = said(WRONG_ITEM_PHRASES);
    if (problem === 'not-as-described' ? unlike : wrong) return 4;
    if (unlike || wrong) return 3;
    // An item received with a problem ("Problème avec un article reçu"), not its parcel's
    // arrival, its refund or its cancelling.
    if (
      (hasStem(norm, ITEM_STEMS) || RECEIVED_THING.test(norm)) &&
      !meansArrival(name) &&
      !hasStem(norm, REFUND_STEMS) &&
      !hasStem(norm, CANCEL_STEMS) &&
      !hasStem(norm, CHANGE_STEMS)
    )
      return 2;
    return kind === 'account' ? 1 : 0;
  }
  if (PARCEL_PROBLEMS.has(problem)) {
    if (meansArrival(name)) return 3;
    if (meansTracking(name)) return 2;
    return kind === 'account' ? 1 : 0;
  }
  return 0;
}
/** Charged, as a verb ("Why was I charged twice?": no payment noun), per language (inferred). */
const CHARGED_WORDS = [
  'charged',
  'billed',
  'abgebucht',
  'belastet',
  'addebitat',
  'cobrad',
  'cobrou',
  'debite',
  'preleve',
  'χρεωθ',
];

const HELP_STEMS = [
  'help',
  'support',
  'contact',
  'βοηθει',
  'υποστηριξ',
  'επικοινων',
  'aiut',
  'assistenz',
  'support',
  'contatt',
  'hilfe',
  'kontakt',
  'aide',
  'assistance',
  'contacter',
  'ayuda',
  'soporte',
  'contactar',
  'ajuda',
  'suporte',
  'contato',
  'contatar',
];
/** A name that offers help of any kind, the help centre and the FAQ too ("Help", "Hilfe-Center",
 *  "Centre d'aide", "Centro de ayuda"): beside it, "Report a problem" is the site's feedback. */
export function offersHelp(name: string): boolean {
  const norm = normalise(name);
  return (
    !!norm && words(norm) <= 6 && (hasStem(norm, HELP_STEMS) || hasStem(norm, ['faq', 'centro de ayuda']))
  );
}

/** A problem with it, as whole words: "Problem with order", "Hai un problema?", "Un souci ?". */
const PROBLEM_WORDS = [
  'issue',
  'issues',
  'problem',
  'problems',
  'problema',
  'problemi',
  'problemas',
  'probleme',
  'problemes',
  'souci',
  'προβλημα',
];
/** ... but not with a listing or a review, and not one solved. */
const NOT_THE_ORDER =
  /(^| )(listing|review|solved|resolved|risolto|resolu|resuelto|resolvido|gelost|geloest|λυθηκε)( |$)/;

/** A short control that asks for help or support ("Get help", "Λήψη βοήθειας"): on an order's
 *  card, that is the order's own way to support. */
export function meansHelp(name: string): boolean {
  const norm = normalise(name);
  return (
    !!norm &&
    // An elided article is no word of its own ("Obtenir de l'aide pour cette commande").
    norm.split(' ').filter((w) => w.length > 1).length <= 6 &&
    !QUESTION_START.test(norm) &&
    (hasStem(norm, HELP_STEMS) ||
      (PROBLEM_WORDS.some((w) => holds(norm, w)) && !NOT_THE_ORDER.test(norm)) ||
      saysNotArrived(norm) ||
      opensCase(norm)) &&
    // Not the help center, not the seller, not the carrier ("Signaler un problème au
    // transporteur"): Wish's own support is the way.
    !hasStem(norm, OTHER_DESK_STEMS) &&
    !hasStem(norm, CARRIER_STEMS)
  );
}

/** "Open a ticket", "Abrir una incidencia", "Ouvrir un dossier", "Apri una segnalazione",
 *  "Fall eröffnen", "Abrir um chamado", "Άνοιγμα αιτήματος" (inferred): a verb of opening
 *  and a case to the shop's people, nothing else but small words. A dispute is not one (it is
 *  PayPal's or the card's). */
function opensCase(norm: string): boolean {
  const all = norm.split(' ');
  const verb = all.findIndex((w) => OPEN_CASE_STEMS.some((s) => w.startsWith(s)));
  const rest = all.filter((w, i) => i !== verb && w.length > 3);
  return verb >= 0 && rest.length === 1 && CASE_WORDS.has(rest[0]!);
}
const OPEN_CASE_STEMS = [
  ...['open', 'file', 'raise', 'abrir', 'abra', 'ouvr', 'apri', 'eroffne', 'offne', 'ανοιγ', 'ανοιξ'],
];
const CASE_WORDS = new Set([
  ...['ticket', 'case', 'incidencia', 'caso', 'incident', 'dossier', 'segnalazione', 'pratica'],
  ...['fall', 'vorgang', 'chamado', 'ocorrencia', 'αιτηματοσ', 'αιτημα', 'υποθεση', 'υποθεσησ'],
]);

/** A card's button that states the order's problem ("Mon colis n'est pas arrivé", "I haven't
 *  received my order", "Il pacco non è mai arrivato"): a no, then within a few words a verb of
 *  arriving, receiving or delivering. On the order's card, its way to help (a state-specific
 *  button in place of a generic "Get help"). Inferred, in every supported language. */
function saysNotArrived(norm: string, yetToo = false): boolean {
  const all = norm.split(' ');
  // On an order's card, "Not delivered yet", "Pas encore livré" is a status (a list's filter),
  // not a complaint.
  if (!yetToo && all.some((w) => NOT_YET.has(w))) return false;
  for (let i = 0; i < all.length; i++) {
    if (!ARRIVAL_NEGATIONS.has(all[i]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < all.length; j++)
      if (ARRIVAL_STEMS.some((stem) => all[j]!.startsWith(stem))) return true;
  }
  return false;
}
const NOT_YET = new Set(['yet', 'encore', 'ancora', 'noch', 'todavia', 'aun', 'ainda', 'ακομα', 'ακομη']);
const ARRIVAL_NEGATIONS = new Set([
  ...['not', 'never', 't', 'non', 'mai', 'nicht', 'nie', 'kein', 'keine', 'pas', 'jamais'],
  ...['no', 'nunca', 'nao', 'δεν', 'ποτε'],
]);
const ARRIVAL_STEMS = [
  ...['arriv', 'receiv', 'deliver', 'come', 'llega', 'llego', 'recib', 'entreg', 'cheg', 'receb'],
  ...['ricev', 'consegn', 'angekommen', 'erhalten', 'bekommen', 'geliefert', 'eingetroffen'],
  ...['recu', 'livre', 'parvenu', 'ηρθε', 'εφτασε', 'εχει φτασει', 'παρελαβ', 'ελαβ', 'παραδοθ'],
  // Greek's perfect drops the past's augment: "Δεν την έχω παραλάβει", "Δεν το έχω λάβει".
  ...['παραλαβ', 'λαβ'],
];

/** Shoppers answering shoppers (a community, a forum): never Wish's agents. */
const COMMUNITY_STEMS = [
  'communit',
  'comunid',
  'comunit',
  'communaut',
  'gemeinschaft',
  'κοινοτ',
  'forum',
  'foro',
];

/** The help center's and the sellers' desks, in every supported language: not Wish's support. */
const OTHER_DESK_STEMS = [
  'faq',
  'center',
  'centre',
  'κεντρο',
  'centro',
  'zentrum',
  'seller',
  'merchant',
  'store',
  'shop',
  'πωλητ',
  'venditor',
  'verkaufer',
  'handler',
  'vendeur',
  'vendedor',
  'loja',
  'tienda',
  'negozio',
];

/** Text that names the help center or the sellers' side ("Customer Support / Wish for
 *  Merchants"): whatever its title says, not the way to Wish's agents. */
export function namesOtherDesk(text: string): boolean {
  const norm = normalise(text);
  return hasStem(norm, OTHER_DESK_STEMS) || hasStem(norm, COMMUNITY_STEMS);
}

/** The top bar's other controls with a popup: notifications, cart, messages, language and
 *  currency pickers. None of them is the account trigger. */
const NOT_ACCOUNT_STEMS = [
  'notif',
  'ειδοποι',
  'benachricht',
  'mitteilung',
  'avvis',
  'notifica',
  'basket',
  'καλαθ',
  'warenkorb',
  'carrello',
  'panier',
  'carrito',
  'carrinho',
  'cesta',
  'language',
  'γλωσσ',
  'sprache',
  'lingua',
  'langue',
  'idioma',
  'currency',
  'νομισμ',
  'wahrung',
  'valuta',
  'devise',
  'moneda',
  'moeda',
  'message',
  'inbox',
  'μηνυμ',
  'nachricht',
  'messagg',
  'mensaje',
  'mensage',
  'search',
  'αναζητ',
  'suche',
  'cerca',
  'recherche',
  'buscar',
  'pesquis',
  'wishlist',
  'favorit',
  'αγαπημεν',
];

/** A name of another top-bar control (notifications, cart, language...), never the account. */
export function meansOtherControl(name: string): boolean {
  const norm = normalise(name);
  return (
    !!norm &&
    words(norm) <= 6 &&
    // "Cart" whole: a stem would take the shopper's own "Carter" or "Cartwright" for it.
    (hasStem(norm, NOT_ACCOUNT_STEMS) || /(^| )carts?( |$)/.test(norm))
  );
}

/** Closing, dismissing or going back, in every supported language: never Send. */
const DISMISS_WORDS = new Set([
  'x',
  'close',
  'dismiss',
  'cancel',
  'back',
  'end',
  'exit',
  'minimise',
  'minimize',
  'hide',
  'κλεισιμο',
  'κλεισε',
  'ακυρο',
  'ακυρωση',
  'πισω',
  'chiudi',
  'annulla',
  'indietro',
  'esci',
  'schliessen',
  'schließen',
  'abbrechen',
  'zuruck',
  'beenden',
  'fermer',
  'annuler',
  'retour',
  'quitter',
  'cerrar',
  'cancelar',
  'volver',
  'salir',
  'fechar',
  'voltar',
  'sair',
  'encerrar',
]);
/** "×", "Close", "Close chat", "Κλείσιμο ×", "End chat": a dismiss word first, in a short name. */
export function meansDismiss(name: string): boolean {
  const trimmed = name.trim();
  if (/^[×✕✖]/u.test(trimmed)) return true;
  const norm = normalise(name);
  return !!norm && words(norm) <= 3 && DISMISS_WORDS.has(norm.split(' ')[0]!);
}

/** A control that adds a file to the message ("📎 Attach screenshot", "Datei anhängen",
 *  "Joindre un fichier", "Adjuntar foto", "Επισύναψη"): it sends nothing, however alone it
 *  stands beside the box. By the paperclip, or a short name holding an attaching verb
 *  (stems inferred per language). */
export function meansAttach(name: string): boolean {
  if (/^\W*📎/u.test(name.trim())) return true;
  const norm = normalise(name);
  if (!norm || words(norm) > 4) return false;
  // The verb opens the name, or closes it in German ("Datei anhängen").
  return norm.split(' ').some((w) => ATTACH_STEMS.some((stem) => w.startsWith(stem)));
}
const ATTACH_STEMS = [
  ...['attach', 'upload', 'anhang', 'hochlad', 'joindre', 'televers', 'allega'],
  ...['carica', 'adjunt', 'anex', 'επισυναψ', 'επισυναπτ', 'ανεβασ'],
];

/** A notice that a conversation is over ("Chat ended", "Η συνομιλία έκλεισε · 14 Μαρ",
 *  "Conversa encerrada por inatividade", "Chat beendet"): the choices above it, an old talk
 *  kept in the log, are past. A short sentence naming a talk and saying, in a past form, that
 *  it ended: a warning that it will end, how to end it, or when the service is closed says
 *  nothing about a talk above (stems inferred). */
export function saysChatEnded(text: string): boolean {
  const raw = text.trim();
  const all = normalise(raw);
  if (!all || words(all) > 10 || /[?？;]\s*$/u.test(raw)) return false;
  // Each sentence alone: "Chat ended. You can start a new one" still says it ended.
  return raw.split(SENTENCE_BREAK).some((part) => {
    const norm = normalise(part);
    if (!norm) return false;
    const ws = norm.split(' ');
    return (
      (hasStem(norm, TALK_STEMS) || hasStem(norm, SESSION_STEMS)) &&
      (ws.some((w) => ENDED_WORDS.has(w)) || hasStem(norm, ENDED_GREEK) || ENDED_PHRASES.test(norm)) &&
      !ws.some((w) => NOT_PAST.has(w)) &&
      !NOT_PAST_PHRASES.test(norm) &&
      !servesHours(norm)
    );
  });
}
// A comma too: "Esta conversa foi encerrada, mas você pode iniciar uma nova" ends the talk
// whatever the next clause may do.
const SENTENCE_BREAK = /[.!。,;]\s+|[·•|—–\n]/u;
const SESSION_STEMS = ['session', 'sesion', 'sessao', 'sitzung', 'unterhaltung'];
/** Past participles and past forms of ending, closing, expiring, whole words: an infinitive
 *  ("terminer", "finalizar", "encerrar") or an imperative ("fermez") is no end. */
const ENDED_WORDS = new Set([
  ...['ended', 'closed', 'expired', 'finished', 'terminated', 'concluded'],
  ...['beendet', 'geschlossen', 'abgelaufen', 'abgeschlossen', 'ausgelaufen'],
  ...['terminee', 'terminees', 'termine', 'termines', 'fermee', 'fermees', 'cloturee', 'cloture'],
  ...['expiree', 'achevee', 'finie'],
  ...['finalizada', 'finalizado', 'finalizo', 'cerrada', 'cerrado', 'cerro', 'terminada'],
  ...['terminado', 'concluida', 'concluido', 'concluyo', 'expirada', 'expirado', 'expiro'],
  ...['caducada', 'caducado', 'caduco', 'encerrada', 'encerrado', 'encerrou', 'finalizou'],
  ...['fechada', 'fechado', 'fechou', 'terminou', 'concluiu', 'expirou'],
  ...['chiusa', 'chiuso', 'terminata', 'terminato', 'conclusa', 'concluso', 'scaduta', 'scaduto'],
  ...['finita', 'finito'],
]);
/** Greek past forms: aorist "έκλεισε", "έληξε", passive "τερματίστηκε", "ολοκληρώθηκε". */
const ENDED_GREEK = ['εκλεισ', 'εληξ', 'τερματιστηκ', 'ολοκληρωθηκ', 'κλειστηκ'];
/** Forms that need their auxiliary: "timed out", "is over", "est fermé", Greek perfect "έχει
 *  κλείσει" (alone, "κλείσει" is also the future's and the subjunctive's). */
const ENDED_PHRASES =
  /(?:^| )(?:timed out|(?:is|was|now) over|(?:est|ete) ferme|(?:εχει|εχουν|ειχε) (?:κλεισει|ληξει|τερματιστει|ολοκληρωθει))(?: |$)/u;
/** Words of a future, a modal, an infinitive or a condition: the talk is not said to BE over
 *  ("will be closed", "será encerrada", "wird beendet", "θα κλείσει", "you can end"). Not "si"
 *  or "se": Italian and Spanish reflexives ("si è chiusa", "se ha cerrado") say it ended. */
const NOT_PAST = new Set([
  ...['will', 'll', 'shall', 'would', 'can', 'cannot', 'could', 'may', 'might', 'must'],
  ...['should', 'be', 'if', 'once', 'unless', 'soon', 'going'],
  ...['sera', 'seront', 'serait', 'va', 'vont', 'peut', 'pouvez', 'peux', 'pourra', 'pourrez'],
  ...['pourrait', 'doit', 'devez', 'etre', 'lorsque', 'quand', 'bientot'],
  ...['seran', 'seria', 'van', 'puede', 'puedes', 'pueden', 'podra', 'podras', 'debe', 'ser'],
  ...['cuando', 'pronto', 'serao', 'vai', 'vao', 'pode', 'podem', 'podera', 'deve', 'quando'],
  ...['breve', 'sara', 'saranno', 'sarebbe', 'verra', 'verranno', 'puo', 'puoi', 'potra'],
  ...['potete', 'essere', 'presto', 'wird', 'werden', 'kann', 'kannst', 'konnen', 'konnte'],
  ...['soll', 'sollte', 'muss', 'wenn', 'falls', 'sobald', 'bald'],
  ...['θα', 'να', 'αν', 'εαν', 'μπορειτε', 'μπορει', 'οταν', 'συντομα'],
]);
/** A present that tells the future ("se termine dans 5 minutes", "expires in 10 minutes"). */
const NOT_PAST_PHRASES = /(?:^| )(?:se termine|se ferme|(?:in|dans|en|em|tra|fra|innerhalb|σε) \d)(?: |$)/u;
/** Opening hours, not a talk's end ("Live chat is closed on public holidays", "Chat
 *  geschlossen am Wochenende", "Il chat è chiuso la domenica"): a holiday, a weekend, hours,
 *  a recurrence, "at the moment", or a weekday with no date beside it. */
function servesHours(norm: string): boolean {
  if (hasStem(norm, HOURS_STEMS) || HOURS_PHRASES.test(norm)) return true;
  // "Closed on Sundays", "sonntags geschlossen", "cerrado los domingos" are hours; "Chat ended
  // on Monday", "Conversation closed Tuesday" a past talk's end: a weekday said as a habit.
  if (/\d/.test(norm) || !norm.split(' ').some((w) => CLOSED_WORDS.has(w))) return false;
  const ws = norm.split(' ');
  return ws.some((w, i) =>
    WEEKDAY_STEMS.some(
      (d) =>
        !d.includes(' ') &&
        w.startsWith(d) &&
        ((/^[a-z]+$/.test(d) && w.length > d.length && w.endsWith('s')) ||
          HABIT_ARTICLES.has(ws[i - 1] ?? '')),
    ),
  );
}
/** Articles saying a weekday as a habit: "los lunes", "le dimanche", "la domenica", "aos
 *  domingos", "τις Κυριακές". */
const HABIT_ARTICLES = new Set([
  'los',
  'las',
  'le',
  'il',
  'la',
  'aos',
  'as',
  'nos',
  'τισ',
  'τα',
  'την',
  'τη',
]);
/** Ended words that also tell opening hours ("closed", "geschlossen", "cerrado", "κλειστ…"). */
const CLOSED_WORDS = new Set([
  ...['closed', 'geschlossen', 'fermee', 'ferme', 'cerrada', 'cerrado', 'fechada', 'fechado'],
  ...['chiusa', 'chiuso', 'κλειστο', 'κλειστη'],
]);
const HOURS_STEMS = [
  ...['holiday', 'weekend', 'opening', 'daily', 'every', 'overnight', 'outside'],
  ...['currently', 'temporar', 'feiertag', 'wochenende', 'offnungszeit', 'geschaftszeit'],
  ...['taglich', 'jeden', 'nachts', 'ausserhalb', 'derzeit', 'momentan', 'zurzeit'],
  ...['vorubergehend', 'ferie', 'feriad', 'festiv', 'horaire', 'horario', 'orari', 'actuellement'],
  ...['actualmente', 'attualmente', 'ogni', 'fuori', 'fuera', 'αργι', 'σαββατοκυριακ', 'ωραριο'],
  ...['καθε', 'εκτοσ', 'προσωριν', 'temporair', 'temporan'],
];
const HOURS_PHRASES =
  /(?:^| )(?:(?:business|office|support|service) hours|fin(?:es)? de semana|fim de semana|fine settimana|at the moment|right now|at night|tous les|toutes les|en dehors|la nuit|en ce moment|todos los|todas las|todos os|todas as|por la noche|a noite|no momento|neste momento|al momento|di notte|προσ το παρον|αυτη τη στιγμη|ωρεσ λειτουργιασ)(?: |$)/u;
const WEEKDAY_STEMS = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
  ...['segunda feira', 'terca feira', 'quarta feira', 'quinta feira', 'sexta feira'],
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'domenica'],
  ...['δευτερα', 'τριτη', 'τεταρτη', 'πεμπτη', 'παρασκευη', 'σαββατ', 'κυριακ'],
];

/** A control going back ("← Voltar ao pedido", "Back to topics", "Zurück zur Bestellung"): a
 *  way out of the talk, never one of its choices, whatever it goes back to. */
export function meansBack(name: string): boolean {
  // Arrows only: « opens a quotation in French, Spanish, Italian, Portuguese and Greek.
  if (/^\s*[←‹⟵◀⬅]/u.test(name)) return true;
  const norm = normalise(name);
  if (!norm || words(norm) > 5) return false;
  // A parcel or an item going back to its sender or seller ("Retour à l'expéditeur", "Zurück an
  // den Absender") is a shipment's or a return's topic, not a way out.
  if (hasStem(norm, RETURNED_TO)) return false;
  // French "Retour" is also a product's return ("Retour d'un article"): back only as "retour à".
  return BACK_WORDS.has(norm.split(' ')[0]!) || /^retour (?:a|au|aux) /.test(norm);
}
const RETURNED_TO = [
  ...['sender', 'seller', 'merchant', 'expediteur', 'envoyeur', 'vendeur', 'marchand'],
  ...['absender', 'verkaufer', 'handler', 'mittente', 'venditore', 'remitente', 'vendedor'],
  ...['remetente', 'αποστολε', 'πωλητ'],
];
// Not Greek "Επιστροφή" nor French "Retour" alone: a return of an item, a refund, too.
const BACK_WORDS = new Set(['back', 'πισω', 'indietro', 'torna', 'zuruck', 'volver', 'voltar']);

/** Text that asks the shopper to rate or review their experience (a survey after a chat): a box
 *  under it is for feedback, never the message to the agent. Stems and whole words per
 *  language, inferred. Not "comment" alone: French "Comment pouvons-nous vous aider ?" asks
 *  for the message itself. */
export function asksForFeedback(text: string): boolean {
  const norm = normalise(text.slice(0, 400));
  if (!norm) return false;
  if (hasStem(norm, FEEDBACK_STEMS) || FEEDBACK_WORDS.some((w) => holds(norm, w))) return true;
  // The page itself judged ("Was this page helpful?", "Cette page vous a-t-elle aidé ?",
  // "Kommentar zu dieser Seite"): a box there is about the page, never the message.
  // Asked of the page, or a comment on it: "Please stay on this page, an agent will help you"
  // judges nothing.
  for (const sentence of text.slice(0, 400).split(/(?<=[.!?;？])\s+/u)) {
    const said = normalise(sentence);
    if (!THIS_PAGE.some((p) => holds(said, p))) continue;
    const w = said.split(' ');
    if (w.some((x) => PAGE_COMMENT_STEMS.some((s) => x.startsWith(s)))) return true;
    if (/[?？;\u037e]/u.test(sentence) && w.some(judgesPage)) return true;
  }
  // The experience asked of the chat itself ("¿Qué tal tu experiencia con el asistente?"), not
  // of the order ("Describe tu experiencia con el pedido").
  return (
    hasStem(norm, EXPERIENCE_STEMS) &&
    (hasStem(norm, CHAT_ITSELF_STEMS) || norm.split(' ').some((w) => US_WORDS.has(w))) &&
    !hasStem(norm, ORDER_NOUN_STEMS)
  );
}
const FEEDBACK_STEMS = [
  ...['feedback', 'survey', 'improve', 'mejorar', 'mejoremos', 'migliora', 'verbesser', 'amelior'],
  ...['melhora', 'βελτιω', 'rating', 'valorac', 'valutazion', 'valutare', 'bewert', 'evalua'],
  ...['evalue', 'avalia', 'βαθμολογ', 'encuesta', 'sondaggio', 'umfrage', 'enquete'],
  ...['pesquisa de satisf', 'satisfaction', 'satisfaccion', 'soddisfazione', 'zufriedenheit'],
  ...['satisfacao', 'ικανοποιηση'],
];
const FEEDBACK_WORDS = ['rate'];
/** "This page", or a comment's "on/about the page", in each language (inferred): a comment on
 *  it, or a verdict asked of it, is about the page ("Il tuo commento sulla pagina"). Not "the
 *  page" alone: "Keep the page open while we reply" is said beside the message box itself. */
const THIS_PAGE = [
  ...['this page', 'cette page', 'questa pagina', 'diese seite', 'dieser seite', 'esta pagina'],
  ...['essa pagina', 'αυτη η σελιδα', 'αυτη τη σελιδα', 'αυτην τη σελιδα'],
  ...['on the page', 'about the page', 'sulla pagina', 'sur la page', 'zur seite'],
  ...['sobre la pagina', 'sobre a pagina', 'για τη σελιδα', 'για την σελιδα'],
];
/** A word judging it: helpful, helped, a comment on it (inferred). */
function judgesPage(w: string): boolean {
  return PAGE_VERDICT_WORDS.has(w) || PAGE_VERDICT_STEMS.some((s) => w.startsWith(s));
}
const PAGE_VERDICT_WORDS = new Set(['help', 'util', 'utile', 'utiles', 'uteis', 'aide']);
const PAGE_VERDICT_STEMS = ['helpful', 'helped', 'hilfreich', 'geholfen', 'ayud', 'ajud', 'χρησιμ', 'βοηθ'];
const PAGE_COMMENT_STEMS = ['comment', 'comentar', 'kommentar', 'σχολι'];
const EXPERIENCE_STEMS = ['experience', 'experiencia', 'esperienza', 'erfahrung', 'εμπειρια'];
const CHAT_ITSELF_STEMS = [
  ...['chat', 'assistant', 'assistent', 'asistente', 'conversation', 'conversa', 'conversaz'],
  ...['gesprach', 'συνομιλ', 'βοηθ'],
];

/** A heading of a part of an order's page that is about something else than the order: the
 *  product's questions and reviews, recommendations, or the purchase's other orders and items
 *  ("Otros artículos de esta compra"). A "Get help" in such a part is not the order's. Inferred
 *  wordings per language. */
export function headsOtherThanOrder(heading: string): boolean {
  const norm = normalise(heading.slice(0, 200));
  if (!norm || words(norm) > 12) return false;
  const all = norm.split(' ');
  // "Other items/orders of this purchase", "Weitere Artikel", "Άλλα προϊόντα": the other word
  // right before a plural noun ("Other questions about your order?", "Other order actions",
  // "Weitere Bestelloptionen" ask about this one).
  if (all.some((w, i) => (ELSE_WORDS.includes(w) || w === 'weitere') && PURCHASE_PARTS.has(all[i + 1] ?? '')))
    return true;
  // "Also in this purchase", "Auch in dieser Bestellung", "Também nesta compra": what else the
  // purchase holds, said first, a few words and no question.
  if (ALSO_WORDS.has(all[0] ?? '') && all.length <= 6 && !/[?;？]/u.test(heading)) {
    if (all.slice(1).some((w) => PURCHASE_NOUNS.has(w))) return true;
  }
  // A part that names the order is about it ("Ask a question about this order").
  if (hasStem(norm, ORDER_NOUN_STEMS)) return false;
  if (PRODUCT_PART_PHRASES.some((p) => holds(norm, p))) return true;
  // Reviews and ratings, in the plural (a status "under review" is not them).
  if (all.some((w) => REVIEWS.has(w) || REVIEW_COMPOUNDS.some((c) => w.startsWith(c)))) return true;
  // Recommendations or similar things: of products, or for the shopper.
  return (
    hasStem(norm, RECOMMEND_STEMS) && (hasStem(norm, PRODUCT_NOUN_STEMS) || all.some((w) => FOR_YOU.has(w)))
  );
}
const ORDER_NOUN_STEMS = ['order', 'ordin', 'bestell', 'commande', 'pedido', 'encomenda', 'παραγγελ'];
/** "Also", heading what else a purchase holds, per language (inferred). */
const ALSO_WORDS = new Set([
  ...['also', 'auch', 'ebenfalls', 'anche', 'aussi', 'egalement', 'tambien', 'tambem', 'επισησ'],
]);
/** A purchase or an order, in the singular (inferred). */
const PURCHASE_NOUNS = new Set([
  ...['purchase', 'order', 'bestellung', 'kauf', 'einkauf', 'ordine', 'acquisto', 'commande', 'achat'],
  ...['compra', 'pedido', 'encomenda', 'αγορα', 'παραγγελια'],
]);
const PRODUCT_NOUN_STEMS = [
  'product',
  'item',
  'prodott',
  'articol',
  'produkt',
  'artikel',
  'produit',
  'article',
];
PRODUCT_NOUN_STEMS.push('producto', 'articulo', 'produto', 'itens', 'προιον', 'ειδη');
const FOR_YOU = new Set(['you', 'ti', 'te', 'dich', 'vous', 'voce', 'σασ', 'σου']);
const PURCHASE_PARTS = new Set([
  ...['items', 'orders', 'products', 'articoli', 'ordini', 'prodotti', 'artikel', 'bestellungen'],
  ...['produkte', 'articles', 'commandes', 'produits', 'pedidos', 'articulos', 'productos'],
  ...['encomendas', 'produtos', 'itens', 'artigos', 'παραγγελιεσ', 'προιοντα', 'ειδη'],
]);
const REVIEWS = new Set([
  ...['reviews', 'ratings', 'opiniones', 'valoraciones', 'resenas', 'recensioni', 'bewertungen'],
  ...['rezensionen', 'avis', 'avaliacoes', 'κριτικεσ', 'αξιολογησεισ'],
]);
const REVIEW_COMPOUNDS = ['kundenbewert', 'produktbewert', 'kundenrezension', 'kundenfragen'];
const RECOMMEND_STEMS = ['recommend', 'recomend', 'raccomand', 'consigliat', 'empfehl', 'recommand'];
RECOMMEND_STEMS.push('similar', 'simili', 'similaire', 'semelhante', 'παρομοι', 'προτεινομεν');
const PRODUCT_PART_PHRASES = [
  'q a',
  'questions and answers',
  'questions answers',
  'preguntas y respuestas',
  'domande e risposte',
  'fragen und antworten',
  'fragen antworten',
  'questions et reponses',
  'questions reponses',
  'perguntas e respostas',
  'ερωτησεισ και απαντησεισ',
  'ask a question',
  'hacer una pregunta',
  'haz una pregunta',
  'fai una domanda',
  'frage stellen',
  'poser une question',
  'fazer uma pergunta',
  'faca uma pergunta',
  'κανε μια ερωτηση',
  'you may also like',
  'potrebbe piacerti',
  'te puede gustar',
  'pourrait vous plaire',
  'voce tambem pode gostar',
  'ahnliche artikel',
  'aehnliche artikel',
  'related products',
  'related items',
  'productos relacionados',
  'prodotti correlati',
  'produits associes',
  'produtos relacionados',
  'verwandte produkte',
  'σχετικα προιοντα',
];

/** A name of Wish's own assistant ("Asistente de Wish", "Wish Assistant", "Βοηθός Wish", a
 *  virtual assistant): in the account menu, the way to the assistant, as "Customer Support"
 *  is. Not a bare "Chat" (a seller's messages). Inferred, as a brand and an assistant's word. */
export function namesWishAssistant(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 4) return false;
  if (VIRTUAL_ASSISTANT.some((phrase) => norm === phrase)) return true;
  // The brand and the assistant's word, nothing else but small words ("Asistente de Wish").
  const all = norm.split(' ');
  const assistant = all.filter((w) => ASSISTANT_STEMS.some((stem) => w.startsWith(stem)));
  return (
    all.includes('wish') &&
    assistant.length === 1 &&
    all.every((w) => w === 'wish' || assistant.includes(w) || BRAND_JOINERS.has(w))
  );
}
const ASSISTANT_STEMS = ['assistant', 'assistent', 'asistente', 'βοηθ'];
/** Whose chat a panel's label names: Wish's ("Assistente Wish", "Wish Chat"), another party's
 *  ("PagaDopo assistente", "Klarna Chat": an assistant or a chat, without Wish), or nobody's
 *  (no assistant or chat word: "Sidebar", "Articoli"). The caller believes "another's" only
 *  where a panel beside it names Wish. */
export function chatOwner(label: string): 'wish' | 'other' | undefined {
  const norm = normalise(label.slice(0, 80));
  if (!norm || words(norm) > 5) return undefined;
  const all = norm.split(' ');
  if (!all.some((w) => ASSISTANT_STEMS.some((stem) => w.startsWith(stem)) || CHAT_PANEL_WORDS.has(w)))
    return undefined;
  return all.includes('wish') ? 'wish' : 'other';
}
const CHAT_PANEL_WORDS = new Set(['chat', 'chatbot', 'bot', 'livechat', 'συνομιλια']);

const BRAND_JOINERS = new Set([
  'de',
  'da',
  'di',
  'del',
  'do',
  'of',
  'the',
  'your',
  'votre',
  'l',
  'o',
  'ο',
  'του',
]);
const VIRTUAL_ASSISTANT = [
  'virtual assistant',
  'asistente virtual',
  'assistente virtuale',
  'assistant virtuel',
  'assistente virtual',
  'virtueller assistent',
  'ψηφιακοσ βοηθοσ',
  'εικονικοσ βοηθοσ',
];

/** A box's name that addresses the assistant itself ("Question pour l'assistant", "Ask the
 *  assistant", "Frag den Assistenten"): a question typed to the bot, not the message an agent
 *  reads. Not the service ("Scrivi all'assistenza", "Assistance"): the assistant's own word. */
export function addressesAssistant(name: string): boolean {
  const norm = normalise(name);
  if (!norm || words(norm) > 8) return false;
  // A person of the support team may be called so ("Scrivi alla tua assistente", "Mensagem
  // para o assistente de suporte"): not after "your", and not beside the team or service.
  const all = norm.split(' ');
  const others = all.filter((w) => !BOT_WORDS.has(w)).join(' ');
  if (hasStem(others, PEOPLE_SERVICE_STEMS) || hasStem(others, TEAM_STEMS) || hasStem(others, CUSTOMER_STEMS))
    return false;
  return all.some((w, i) => BOT_WORDS.has(w) && !POSSESSIVES.has(all[i - 1] ?? ''));
}
const BOT_WORDS = new Set([
  ...['assistant', 'assistent', 'assistenten', 'asistente', 'assistente', 'bot', 'chatbot'],
  ...['βοηθο', 'βοηθοσ', 'βοηθου'],
]);
const POSSESSIVES = new Set([
  ...['your', 'tua', 'tuo', 'sua', 'suo', 'seu', 'tu', 'dein', 'deine', 'deinem', 'deinen'],
  ...['ihr', 'ihre', 'ihrem', 'votre', 'ton', 'ta', 'σου', 'σασ', 'vostro', 'vostra'],
]);

/** "Signed in as <address>" (an account with no name set shows its e-mail): the account. Read
 *  from the start of the text, its lines run together too ("Signed in asj.ellis@…"). Inferred
 *  wordings per language. */
export function saysSignedInAs(text: string): boolean {
  const norm = normalise(text.slice(0, 80));
  return SIGNED_IN_AS.some((phrase) => norm.startsWith(phrase));
}
const SIGNED_IN_AS = [
  'signed in as',
  'logged in as',
  'συνδεδεμενοσ ωσ',
  'συνδεδεμενη ωσ',
  'accesso effettuato come',
  'connesso come',
  'angemeldet als',
  'eingeloggt als',
  'connecte en tant que',
  'connectee en tant que',
  'conectado como',
  'conectada como',
  'sesion iniciada como',
  'sessao iniciada como',
];

/** A box that answers an earlier request by its number ("Antwort auf Anfrage #47790", "Reply
 *  to request #1234", "Répondre à la demande n° 5521"): that conversation's reply, not the
 *  message of the chat the shopper is in. Inferred, in every supported language. */
export function repliesToEarlierRequest(name: string): boolean {
  if (!/(?:#|\bn[°ºo.]\s?|\bnr\.?\s?|\bno\.\s?|\bαρ\.?\s?)\s*\d{3,}/iu.test(name)) return false;
  return hasStem(normalise(name), REPLY_STEMS);
}
const REPLY_STEMS = [
  ...['reply', 'respond', 'answer', 'antwort', 'beantwort', 'repond', 'repons', 'rispond'],
  ...['rispost', 'respuesta', 'responder', 'resposta', 'απαντ'],
];

/** A field's words asking for one datum, not a message: a search, an e-mail, a phone, an order's
 *  number (inferred, in every supported language). */
export function namesDatum(name: string): boolean {
  const norm = normalise(name);
  return !!norm && hasStem(norm, DATUM_STEMS);
}
const DATUM_STEMS = [
  ...['search', 'buscar', 'busca', 'cerca', 'such', 'durchsuch', 'recherch', 'pesquis', 'αναζητ'],
  ...['mail', 'phone', 'telefon', 'telefono', 'telephone', 'τηλεφων'],
  ...['order number', 'order id', 'numero de pedido', 'numero d ordine', 'bestellnummer'],
  ...['numero de commande', 'numero da encomenda', 'numero do pedido', 'αριθμοσ παραγγελιασ'],
];

/** A label saying what follows is paid for ("Sponsored · SafeShip", "Anzeige", "Patrocinado"):
 *  its card is an advertiser's, never a step of Wish's path. Inferred, per language. */
export function labelsSponsored(text: string): boolean {
  const first = normalise(text.split(/[·•|–—:]/u)[0] ?? '');
  return SPONSORED_LABELS.has(first);
}
const SPONSORED_LABELS = new Set([
  ...['sponsored', 'ad', 'advertisement', 'promoted', 'anzeige', 'gesponsert', 'werbung'],
  ...['sponsorizzato', 'pubblicita', 'sponsorise', 'sponsorisee', 'publicite', 'patrocinado'],
  ...['publicidad', 'anuncio', 'publicidade', 'χορηγουμενο', 'διαφημιση'],
]);
