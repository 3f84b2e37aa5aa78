import { describe, expect, it } from 'vitest';
import { buildVerslag, splitLines, VERSLAG_TITLE, type VerslagBlock, type VerslagInput } from '@/lib/domain/verslag';

const input = (over: Partial<VerslagInput> = {}, gesprek: Partial<VerslagInput['gesprek']> = {}): VerslagInput => ({
  gemeenteNaam: 'Den Helder',
  huishouden: { naam: 'Huishouden Jansen', adresregels: ['Zuidstraat 12', '1781 AB Den Helder'] },
  aanhef: ['Anna Jansen', 'Piet Jansen'],
  gesprek: {
    datum: new Date('2026-11-20T00:00:00Z'),
    plaats: 'bij u thuis',
    deelnemers: ['Anna Jansen', 'Piet Jansen', 'Sanne Wijkcoach (wijkcoach)'],
    clientondersteuningAangeboden: true,
    clientondersteunerNaam: null,
    samenvatting: 'We spraken over geld, het huis en de kinderen.',
    afspraken: '- Anna belt de schuldhulp\n* Piet vraagt zijn broer om hulp bij de tuin\n\n',
    vervolg: 'Over twee weken komen we terug.',
    ...gesprek,
  },
  leefgebieden: [
    { label: 'Financiën', situatie: 'Er zijn schulden.', gaatGoed: null, zorgen: 'Rekeningen stapelen op.', eigenKracht: null, wens: 'Rust in het hoofd.' },
    { label: 'Huisvesting', situatie: null, gaatGoed: null, zorgen: null, eigenKracht: null, wens: null },
  ],
  mantelzorg: [{ naam: 'Kees', relatie: 'broer', ondersteuningsbehoefte: 'Even op adem komen' }],
  netwerk: [{ naam: 'Buurvrouw Els', relatie: 'buurvrouw', bijdrage: 'Haalt de kinderen van school' }, { naam: 'Oom', relatie: 'oom', bijdrage: null }],
  medewerker: { naam: 'Sanne Wijkcoach', telefoon: '0223 123456', email: 'sanne@example.test' },
  reactieDagen: 14,
  ...over,
});

const textOf = (blocks: VerslagBlock[]) =>
  blocks
    .map((b) => (b.type === 'heading' || b.type === 'paragraph' ? b.text : b.type === 'bullets' ? b.items.join('\n') : b.rows.map((r) => r.join(': ')).join('\n')))
    .join('\n');

describe('splitLines', () => {
  it('makes one item per line and drops list marks and empty lines', () => {
    expect(splitLines('- een\n* twee\n\n•  drie  \r\nvier')).toEqual(['een', 'twee', 'drie', 'vier']);
    expect(splitLines(null)).toEqual([]);
  });
});

describe('buildVerslag', () => {
  it('addresses the adults at the household address, in the u-form', () => {
    const verslag = buildVerslag(input());
    expect(verslag.title).toBe(VERSLAG_TITLE);
    expect(verslag.addressee).toEqual(['Anna Jansen en Piet Jansen', 'Zuidstraat 12', '1781 AB Den Helder']);
    const text = textOf(verslag.blocks);
    expect(text).toContain('Huishouden: Huishouden Jansen');
    expect(text).toContain('Beste Anna Jansen en Piet Jansen,');
    expect(text).toContain('Op 20 november 2026 hebben wij met u gesproken.');
    expect(text).toContain('Plaats: bij u thuis');
    expect(text).not.toMatch(/\bje\b|\bjij\b|\bjouw\b/i);
  });

  it('tells what was discussed per leefgebied, skipping empty ones', () => {
    const text = textOf(buildVerslag(input()).blocks);
    expect(text).toContain('Financiën');
    expect(text).toContain('Waar u zich zorgen over maakt: Rekeningen stapelen op.');
    expect(text).not.toContain('Huisvesting');
  });

  it('lists each agreement and next step as an item', () => {
    const blocks = buildVerslag(input()).blocks;
    const afspraken = blocks[blocks.findIndex((b) => b.type === 'heading' && b.text === 'Wat we hebben afgesproken') + 1];
    expect(afspraken).toEqual({ type: 'bullets', items: ['Anna belt de schuldhulp', 'Piet vraagt zijn broer om hulp bij de tuin'] });
    expect(textOf(blocks)).toContain('Over twee weken komen we terug.');
  });

  it('says so when nothing was agreed yet', () => {
    expect(textOf(buildVerslag(input({}, { afspraken: '  ' })).blocks)).toContain('We hebben nog geen afspraken gemaakt.');
  });

  it('mentions the offer of onafhankelijke cliëntondersteuning, or who gave it', () => {
    expect(textOf(buildVerslag(input()).blocks)).toContain('onafhankelijke cliëntondersteuner');
    expect(textOf(buildVerslag(input({}, { clientondersteunerNaam: 'MEE, Joke' })).blocks)).toContain('U werd ondersteund door MEE, Joke');
    expect(textOf(buildVerslag(input({}, { clientondersteuningAangeboden: false })).blocks)).not.toContain('cliëntondersteuner');
  });

  it('names the network that helps and what the mantelzorger needs', () => {
    const text = textOf(buildVerslag(input()).blocks);
    expect(text).toContain('Buurvrouw Els (buurvrouw): Haalt de kinderen van school');
    expect(text).toContain('Wat Kees nodig heeft: Even op adem komen');
    expect(text).not.toContain('Oom (oom)');
  });

  it('tells how to react, and whom to call', () => {
    const text = textOf(buildVerslag(input()).blocks);
    expect(text).toContain('binnen 14 dagen');
    expect(text).toContain('Uw wijkcoach: Sanne Wijkcoach');
    expect(text).toContain('0223 123456');
  });

  it('falls back to the household name when no adult is known', () => {
    const verslag = buildVerslag(input({ aanhef: [] }));
    expect(verslag.addressee[0]).toBe('Bewoners van Huishouden Jansen');
  });
});
