import { describe, expect, it } from 'vitest';
import { formatMoney, parseDate, parseDateRange, parseMoney, parseStatus } from '../../src/wish/parse';
import { labelScore, normalise } from '../../src/wish/text';

describe('parseDate', () => {
  it.each([
    ['Mar 4, 2024', 'en', '2024-03-04'],
    ['March 4 2024', 'en', '2024-03-04'],
    ['Ordered on March 4th, 2024', 'en', '2024-03-04'],
    ['2024-03-04', undefined, '2024-03-04'],
    ['4 Μαρ 2024', 'el', '2024-03-04'],
    ['4 Μαρτίου 2024', 'el', '2024-03-04'],
    ['15 ΙΑΝΟΥΑΡΙΟΥ 2024', 'el', '2024-01-15'],
    ['4 marzo 2024', 'it', '2024-03-04'],
    ['04/03/2024', 'el', '2024-03-04'],
    ['04.03.2024', 'it', '2024-03-04'],
    ['04/03/2024', 'en-US', '2024-04-03'],
    ['25/12/2023', 'en', '2023-12-25'],
    ['12/25/2023', 'en', '2023-12-25'],
    ['4. März 2024', 'de', '2024-03-04'],
    ['4. Mär. 2024', 'de', '2024-03-04'],
    ['15.01.2024', 'de', '2024-01-15'],
    ['04.03.2024', 'de', '2024-03-04'],
    ['1er mars 2024', 'fr', '2024-03-01'],
    ['4 févr. 2024', 'fr', '2024-02-04'],
    ['12 décembre 2023', 'fr', '2023-12-12'],
    ['4 de marzo de 2024', 'es', '2024-03-04'],
    ['4 ene 2024', 'es', '2024-01-04'],
    ['4 de março de 2024', 'pt', '2024-03-04'],
    ['4 de out. de 2024', 'pt-BR', '2024-10-04'],
    ['04/03/2024', 'pt-BR', '2024-03-04'],
    ['4 dic 2024', 'it', '2024-12-04'],
    ['4 Μαΐου 2024', 'el', '2024-05-04'],
    ['4 mars 2024', undefined, '2024-03-04'], // no locale: the month's name still tells
  ])('%j (%s) is %s', (text, lang, iso) => expect(parseDate(text, lang)).toBe(iso));

  it.each([
    ['04/03/2024', 'en'], // day or month first? English cannot tell
    ['Feb 30, 2024', 'en'],
    ['sometime last spring', 'en'],
    ['', 'en'],
    ['Mar 4', 'en'], // no year
  ])('leaves %j (%s) unparsed', (text, lang) => expect(parseDate(text, lang)).toBeUndefined());

  it('reads ranges, carrying the year back', () => {
    expect(parseDateRange('Mar 20 - Apr 2, 2024', 'en')).toEqual({ from: '2024-03-20', to: '2024-04-02' });
    expect(parseDateRange('20 Μαρ - 2 Απρ 2024', 'el')).toEqual({ from: '2024-03-20', to: '2024-04-02' });
    expect(parseDateRange('Dec 20 - Jan 5, 2025', 'en')).toEqual({ from: '2024-12-20', to: '2025-01-05' });
    expect(parseDateRange('soon', 'en')).toEqual({});
    expect(parseDateRange('20. März - 2. Apr. 2024', 'de')).toEqual({ from: '2024-03-20', to: '2024-04-02' });
    expect(parseDateRange('20 - 25 mars 2024', 'fr')).toEqual({ from: '2024-03-20', to: '2024-03-25' });
    expect(parseDateRange('del 20 de marzo al 2 de abril de 2024', 'es')).toEqual({
      from: '2024-03-20',
      to: '2024-04-02',
    });
    expect(parseDateRange('20 de mar. - 2 de abr. de 2024', 'pt')).toEqual({
      from: '2024-03-20',
      to: '2024-04-02',
    });
    expect(parseDateRange('20 dic 2024 - 5 gen 2025', 'it')).toEqual({
      from: '2024-12-20',
      to: '2025-01-05',
    });
    expect(parseDateRange('2024-03-20 - 2024-04-02')).toEqual({ from: '2024-03-20', to: '2024-04-02' });
  });
});

describe('parseMoney', () => {
  it.each([
    ['$112.40', 11240, 'USD'],
    ['US$1,234.50', 123450, 'USD'],
    ['€12,99', 1299, 'EUR'],
    ['12,99 €', 1299, 'EUR'],
    ['1.234,56 €', 123456, 'EUR'],
    ['12.99\u00a0€', 1299, 'EUR'],
    ['£5', 500, 'GBP'],
    ['CA$7.5', 750, 'CAD'],
    ['R$ 12,99', 1299, 'BRL'],
    ['¥1,200', 1200, 'JPY'],
    ['Total: $0.99', 99, 'USD'],
    ['R$ 1.234,56', 123456, 'BRL'],
    ['12,99 EUR', 1299, 'EUR'],
    ['CHF 7.50', 750, 'CHF'],
    ['Total (2 items): €12,99', 1299, 'EUR'], // the number beside the sign, not the count
    ['Gesamtbetrag: 1.234,56\u00a0€', 123456, 'EUR'],
  ])('%j is %i %s', (text, minor, currency) => expect(parseMoney(text)).toEqual({ minor, currency }));

  it.each(['a lot', '12.99', '', '$'])('leaves %j unparsed', (text) =>
    expect(parseMoney(text)).toBeUndefined(),
  );

  it('formats back', () => {
    expect(formatMoney({ minor: 11240, currency: 'USD' })).toBe('$112.40');
    expect(formatMoney({ minor: 1299, currency: 'EUR' }, 'el')).toMatch(/12,99\s€/);
    expect(formatMoney({ minor: 1, currency: 'XXXX' })).toBe('0.01 XXXX');
  });
});

describe('parseStatus and text', () => {
  it.each([
    ['Shipped', 'SHIPPED'],
    ['Status: In transit', 'SHIPPED'],
    ['Απεστάλη', 'SHIPPED'],
    ['Σε καθυστέρηση', 'DELAYING'],
    ['Refunded', 'REFUNDED'],
    ['Payment declined', 'DECLINED'],
    ['Consegnato', 'DELIVERED'],
    ['Versandt', 'SHIPPED'],
    ['Zugestellt', 'DELIVERED'],
    ['Expédiée', 'SHIPPED'],
    ['Livrée', 'DELIVERED'],
    ['Remboursé', 'REFUNDED'],
    ['En tránsito', 'SHIPPED'],
    ['Entregado', 'DELIVERED'],
    ['Cancelado', 'CANCELLED'],
    ['Em trânsito', 'SHIPPED'],
    ['Entregue', 'DELIVERED'],
    ['Em análise', 'REQUIRE_REVIEW'],
    ['Storniert', 'CANCELLED'],
  ])('%j is %s', (text, state) => expect(parseStatus(text)).toBe(state));
  it('knows nothing of other words', () => expect(parseStatus('Blue')).toBeUndefined());

  it('normalises case, accents, punctuation and whitespace', () => {
    expect(normalise('  ΕΠΙΚΟΙΝΩΝΉΣΤΕ   με τον αντιπρόσωπο! ')).toBe(
      normalise('Επικοινωνήστε με τον αντιπρόσωπο'),
    );
    expect(normalise('Contact\nSupport  Agent…')).toBe('contact support agent');
    expect(labelScore('Customer Support ›', ['Customer Support'])).toBe(1); // the arrow is punctuation
    expect(labelScore('Customer Support 2', ['Customer Support'])).toBe(0.6);
    expect(labelScore('customer support', ['Customer Support'])).toBe(1);
    expect(labelScore('Customer Support is great and here is a long sentence', ['Customer Support'])).toBe(0);
  });
});
