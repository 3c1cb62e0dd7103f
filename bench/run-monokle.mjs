// @monokle/validation 0.33.0 with its offline-capable plugins (packages.md §7): yaml-syntax,
// resource-links, pod-security-standards; kubernetes-schema and OPA stay off (offline they only fail fetches).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { globbySync } from 'globby';
import { LineCounter, parseAllDocuments } from 'yaml';
import { createDefaultMonokleValidator, ResourceParser, processRefs } from '@monokle/validation';

function extractResources(filePath, text) {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, strict: false });
  const out = [];
  docs.forEach((doc, i) => {
    if (doc.errors.length) return;
    const content = doc.toJS();
    if (!content || typeof content.apiVersion !== 'string' || typeof content.kind !== 'string') return;
    const raw = lineCounter.linePos(doc.range[0]).line;
    const name = typeof content.metadata?.name === 'string' ? content.metadata.name : `${path.basename(filePath)}#${i}`;
    const namespace = typeof content.metadata?.namespace === 'string' ? content.metadata.namespace : undefined;
    out.push({
      id: createHash('sha1').update(`${filePath}#${i}`).digest('hex'),
      fileId: filePath,
      filePath,
      fileOffset: raw === 1 ? 0 : raw,
      name,
      namespace,
      apiVersion: content.apiVersion,
      kind: content.kind,
      content,
      text: doc.toString({ directives: false }),
    });
  });
  return out;
}

const root = process.argv[2];
const files = fs.statSync(root).isDirectory() ? globbySync('**/*.{yaml,yml,json}', { cwd: root, absolute: true }) : [root];
const resources = files.flatMap((file) => extractResources(file, fs.readFileSync(file, 'utf8')));
const parser = new ResourceParser();
const validator = createDefaultMonokleValidator(parser);
await validator.preload({
  plugins: {
    'yaml-syntax': true,
    'resource-links': true,
    'kubernetes-schema': false,
    'pod-security-standards': true,
    'open-policy-agent': false,
  },
});
processRefs(resources, parser);
const result = await validator.validate({ resources });
let n = 0;
for (const run of result.runs) n += run.results.length;
process.stdout.write(`resources=${resources.length} results=${n}\n`);
