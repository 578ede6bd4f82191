// Puts text into Wish's React-controlled message field so that Wish's own code sees it,
// the way a shopper typing would: focus, select, insertText (fires `input`, keeps undo).
// Where the browser refuses, set the value and send the events a user would cause.

export type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function fieldText(field: Field): string {
  return 'value' in field && typeof field.value === 'string' ? field.value : (field.textContent ?? '');
}

export function isEditable(field: Field): boolean {
  if ('readOnly' in field && (field as HTMLTextAreaElement).readOnly) return false;
  if ((field as HTMLTextAreaElement).disabled) return false;
  return 'value' in field || field.isContentEditable;
}

export function fillField(field: Field, text: string): boolean {
  if (!isEditable(field)) return false;
  const doc = field.ownerDocument;
  field.focus();
  if ('select' in field && typeof field.select === 'function') field.select();
  else {
    const range = doc.createRange();
    range.selectNodeContents(field);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  let ok = false;
  try {
    // Deprecated but still the one way to type into a React field from a content script.
    ok = doc.execCommand('insertText', false, text) && fieldText(field) === text;
  } catch {
    ok = false;
  }
  if (!ok) {
    if ('value' in field) {
      const proto = Object.getPrototypeOf(field) as object;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setter) setter.call(field, text);
      else (field as HTMLTextAreaElement).value = text;
    } else field.textContent = text;
    const view = doc.defaultView ?? window;
    field.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    field.dispatchEvent(new view.Event('change', { bubbles: true }));
  }
  return fieldText(field) === text;
}
