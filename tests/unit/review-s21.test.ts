// Fresh-eyes review of the s21 changes (1ebd7ed..6969590): realistic Wish-like inputs on which a
// new rule makes the guide worse than before, or is wrong in some language. Each test states
// what a correct guide does, so it fails on the reviewed code. Where a test says "At 1ebd7ed:
// …" it was run with src at 1ebd7ed (before the rules): those pass there and are regressions.
import { describe, expect, it } from 'vitest';
import { assistantAt, chip, engineStarter } from '../helpers/guide-page';

const start = engineStarter();

describe('an offer to send the bot something, after a sentence naming the agent who will read it', () => {
  // 6969590 (offersToWriteThem): a reaching or sending verb plus one of "les", "gli", "του",
  // "της" within six words of "Voulez-vous / Vuoi / Θέλετε να" counts as writing to "them", the
  // person named before. But "les" (fr) and "gli" (it) are also the plural article, and "του" /
  // "της" (el) the genitive article: "envoyer les photos du colis", "inviare gli screenshot",
  // "στείλετε φωτογραφίες του προϊόντος". A damaged-item flow asks for photos right after
  // saying an agent will review the claim; its "Yes" opens an upload, not a person. A correct
  // guide marks nothing here (no person is offered yet). At 1ebd7ed: nothing marked
  // (regression: a wrong highlight now). (LIKELY: asking for photos of a damaged parcel, with
  // "an agent will review it", is the standard damaged-item script.)
  it.each([
    [
      'fr',
      'Assistant Wish',
      'Je suis désolé que votre article soit arrivé endommagé. Un conseiller examinera votre demande sous 24 h. Voulez-vous envoyer les photos du colis maintenant ?',
      'Oui',
      'Non',
    ],
    [
      'it',
      'Assistente Wish',
      "Mi dispiace che l'articolo sia arrivato danneggiato. Un operatore controllerà la tua richiesta entro 24 ore. Vuoi inviare gli screenshot dell'ordine adesso?",
      'Sì',
      'No',
    ],
    [
      'el',
      'Βοηθός Wish',
      'Λυπούμαστε που το προϊόν έφτασε κατεστραμμένο. Ένας εκπρόσωπος θα ελέγξει το αίτημά σας μέσα σε 24 ώρες. Θέλετε να στείλετε φωτογραφίες του προϊόντος τώρα;',
      'Ναι',
      'Όχι',
    ],
    [
      'el',
      'Βοηθός Wish',
      'Ένας εκπρόσωπος της ομάδας μας θα χρειαστεί τα στοιχεία της αγοράς. Θέλετε να στείλετε τώρα τον αριθμό της παραγγελίας;',
      'Ναι',
      'Όχι',
    ],
  ])('%s: "%s" asks for a file, its Yes is no person', async (_lang, label, text, yes, no) => {
    const { got } = await assistantAt(
      start,
      label,
      `<div>${text}</div><div>${chip('yes', yes)}${chip('no', no)}</div>`,
      'contact-agent',
    );
    expect(got).toEqual([]);
  });
});

describe('a thank-you note to the agent who helped last time', () => {
  // 6969590 (offersToWriteThem): "send her a thank-you note" is a sending verb and a pronoun
  // after a sentence naming the agent, so its Yes is taken for a person. A recap of the last
  // chat ("Ana from our support team helped you …") with a kudos offer is a survey: its Yes
  // opens a note form. A correct guide marks nothing here. At 1ebd7ed: nothing marked
  // (regression). (POSSIBLE: kudos prompts are common after a solved chat; the guide meets one
  // when the shopper reopens the assistant.)
  it('en: "Would you like to send her a thank-you note?" is no offer of a person', async () => {
    const { got } = await assistantAt(
      start,
      'Wish Assistant',
      `<div>Welcome back, Maria! Ana from our support team helped you with your last order. Would you like to send her a thank-you note?</div><div>${chip('yes', 'Yes')}${chip('no', 'No thanks')}</div>`,
      'contact-agent',
    );
    expect(got).toEqual([]);
  });
});
