import fc from 'fast-check';

/**
 * YAML-ish text for the parity property: manifest-shaped documents written every way people (and
 * tools) write them, including the ways kubectl and YAML libraries disagree on — flow collections
 * and quoted scalars over several lines at any indentation, tabs, anchors and merges, `{{ }}`,
 * YAML 1.1 scalars, escapes, CRLF, a BOM, long lines, document markers — plus small mutations
 * that break them.
 */

type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'map'; entries: [string, Node][]; flow: boolean; anchor?: string }
  | { kind: 'seq'; items: Node[]; flow: boolean; anchor?: string }
  | { kind: 'quoted'; quote: '"' | "'"; lines: string[]; indents: string[] }
  | { kind: 'block'; header: string; lines: string[] }
  | { kind: 'alias'; name: string };

const KEYS = [
  'name',
  'kind',
  'image',
  'data',
  'a',
  'b-c',
  'x.y',
  'mode',
  '"quoted key"',
  "'single'",
  '0644',
  '1.5',
  'yes',
  '~',
  '1e6',
  '0x1F',
  'on',
  '<<',
  'key with space',
  '{{ x }}',
  '[k]',
  '',
];
const PLAIN = [
  'value',
  'nginx:1.27',
  '0644',
  '0o600',
  '08',
  '1_000',
  '0x1F',
  '1e3',
  '1e400',
  '.inf',
  '-.Inf',
  '.nan',
  '1.5',
  '.5',
  '5.',
  '.',
  '-',
  'yes',
  'No',
  'on',
  'y',
  'true',
  '~',
  'null',
  '2001-12-14',
  '2001-12-14 21:59:43.10 -5',
  '1:20',
  '"',
  'a#b',
  'a # c',
  'http://x?y=1',
  'a:b',
  '-a',
  '?x',
  ':x',
  '%x',
  '{{ .Values.x }}',
  '{{x}}',
  '*',
  '&',
  '!',
  '@x',
  '`x`',
  '10Gi',
  '9223372036854775808',
  '-0',
  '+12',
  '0b101',
  'é',
  'a\tb',
];
const WORDS = [
  'one',
  'two',
  'a b',
  "x\\'y",
  "it''s",
  'esc\\/',
  '\\x41',
  '\\u00e9',
  '\\ud800',
  '\\t',
  '#not',
  'k: v',
  '- x',
  '...',
  '%y',
  '',
];
const ANCHORS = ['base', 'a.b', 'x-1', 'é', 'a:'];
const SPACE = ['', ' ', '  ', '   ', '\t', ' \t', '    '];

const scalar = fc.constantFrom(...PLAIN).map((text): Node => ({ kind: 'scalar', text }));
const quoted = fc
  .record({
    quote: fc.constantFrom<'"' | "'">('"', "'"),
    lines: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    indents: fc.array(fc.constantFrom(...SPACE), { minLength: 3, maxLength: 3 }),
  })
  .map((q): Node => ({ kind: 'quoted', ...q }));
const block = fc
  .record({
    header: fc.constantFrom('|', '>', '|-', '>+', '|2', '|#c', '>\t'),
    lines: fc.array(fc.constantFrom('text', '', ' more', '\tx', '# c'), { maxLength: 3 }),
  })
  .map((b): Node => ({ kind: 'block', ...b }));
const alias = fc.constantFrom(...ANCHORS).map((name): Node => ({ kind: 'alias', name }));

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: scalar, weight: 4 },
    { arbitrary: quoted, weight: 2 },
    { arbitrary: block, weight: 1 },
    { arbitrary: alias, weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant<'map'>('map'),
        entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { maxLength: 4 }),
        flow: fc.boolean(),
        anchor: fc.option(fc.constantFrom(...ANCHORS), { nil: undefined }),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant<'seq'>('seq'),
        items: fc.array(tie('node'), { maxLength: 4 }),
        flow: fc.boolean(),
        anchor: fc.option(fc.constantFrom(...ANCHORS), { nil: undefined }),
      }),
      weight: 2,
    },
  ),
}));

/** Writes a node as the value after `key:` or `- ` at `indent`; `breaks` picks where flow collections wrap and how far lines are indented. */
function render(value: Node, indent: number, breaks: readonly string[]): string {
  let turn = 0;
  const lineBreak = () => `\n${breaks[turn++ % breaks.length]}`;
  const pad = ' '.repeat(indent);
  const write = (n: Node, at: number, inFlow: boolean): string => {
    switch (n.kind) {
      case 'scalar':
        return n.text;
      case 'alias':
        return `*${n.name}`;
      case 'quoted':
        return n.quote + n.lines.map((line, i) => (i === 0 ? line : `\n${n.indents[i % n.indents.length]}${line}`)).join('') + n.quote;
      case 'block':
        if (inFlow) return '"in flow"';
        return `${n.header}${n.lines.map((line) => `\n${' '.repeat(at + 2)}${line}`).join('')}\n${' '.repeat(at)}`.trimEnd();
      case 'map': {
        const anchor = n.anchor ? `&${n.anchor} ` : '';
        if (n.flow || inFlow || n.entries.length === 0) {
          return `${anchor}{${n.entries.map(([k, v], i) => `${i > 0 && turn % 3 === 0 ? lineBreak() : ''}${k}: ${write(v, at + 2, true)}`).join(', ')}}`;
        }
        const lines = n.entries.map(([k, v]) => `${' '.repeat(at + 2)}${k}:${isBlockCollection(v) ? '\n' : ' '}${write(v, at + 2, false)}`);
        return `${anchor}\n${lines.join('\n')}`;
      }
      case 'seq': {
        const anchor = n.anchor ? `&${n.anchor} ` : '';
        if (n.flow || inFlow || n.items.length === 0) {
          return `${anchor}[${n.items.map((v, i) => `${i > 0 && turn % 2 === 0 ? lineBreak() : ''}${write(v, at + 2, true)}`).join(', ')}]`;
        }
        return `${anchor}\n${n.items.map((v) => `${' '.repeat(at + 2)}- ${write(v, at + 4, false).replace(/^\n\s*/, '')}`).join('\n')}`;
      }
    }
  };
  return pad + write(value, indent, false);
}

const isBlockCollection = (n: Node) =>
  (n.kind === 'map' || n.kind === 'seq') && !n.flow && (n.kind === 'map' ? n.entries.length : n.items.length) > 0;

const manifest = fc
  .record({
    kind: fc.constantFrom('ConfigMap', 'Pod', 'PersistentVolumeClaim'),
    name: fc.constantFrom('data', 'web', '"quoted"', '{{ name }}', 'a'.repeat(1030)),
    labels: fc.option(fc.constantFrom('{app: web}', '&labels {app: web}', '\n    app: web', '\n    <<: *labels'), { nil: undefined }),
    body: fc.array(fc.tuple(fc.constantFrom(...KEYS.slice(0, 12)), node), { maxLength: 4 }),
    breaks: fc.array(fc.constantFrom(...SPACE), { minLength: 1, maxLength: 4 }),
  })
  .map(
    ({ kind, name, labels, body, breaks }) =>
      [
        'apiVersion: v1',
        `kind: ${kind}`,
        'metadata:',
        `  name: ${name}`,
        ...(labels ? [`  labels: ${labels}`] : []),
        'data:',
        ...body.map(
          ([key, value]) =>
            `  ${key}:${isBlockCollection(value) ? '' : ' '}${render(value, 0, breaks).replace(/^ */, '').replace(/\n/g, '\n  ')}`,
        ),
      ].join('\n') + '\n',
  );

const separator = fc.constantFrom(
  '---\n',
  '---\n',
  '--- # next\n',
  '--- \n',
  '--- x\n',
  '...\n---\n',
  '\n',
  '---\n# only a comment\n---\n',
  '%YAML 1.1\n---\n',
);

/** A small edit that may break a document: a character inserted, deleted or replaced. */
const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 2 }),
  insert: fc.constantFrom(
    '',
    ' ',
    '\t',
    '\n',
    ':',
    '-',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '#',
    '&a',
    '*a',
    ',',
    '?',
    '!',
    '|',
    '%',
    '\r\n',
    '\u0007',
    '\u0085',
  ),
});

export const yamlIsh = fc
  .record({
    documents: fc.array(manifest, { minLength: 1, maxLength: 3 }),
    separators: fc.array(separator, { minLength: 3, maxLength: 3 }),
    leading: fc.constantFrom('', '---\n', '# header\n', '\uFEFF', '\uFEFF---\n', '\n\n'),
    trailing: fc.constantFrom('', '---\n', '...\n', '# end', '\n\n'),
    crlf: fc.boolean(),
    mutations: fc.array(mutation, { maxLength: 2 }),
  })
  .map(({ documents, separators, leading, trailing, crlf, mutations }) => {
    let text = leading + documents.map((document, i) => (i === 0 ? '' : separators[i % separators.length]) + document).join('') + trailing;
    for (const { at, remove, insert } of mutations) {
      const offset = at % (text.length + 1);
      text = text.slice(0, offset) + insert + text.slice(offset + remove);
    }
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });
