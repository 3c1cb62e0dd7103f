// The parse floor: the same files through yaml's parseAllDocuments and toJS, nothing else.
import fs from 'node:fs';
import { globbySync } from 'globby';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2];
const files = fs.statSync(root).isDirectory()
  ? globbySync('**/*.{yaml,yml,json}', { cwd: root, absolute: true, gitignore: true, ignore: ['**/node_modules/**', '**/.git/**'] })
  : [root];
let documents = 0;
for (const file of files) {
  for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'), { version: '1.1', logLevel: 'silent' })) {
    try {
      doc.toJS({ maxAliasCount: 1000 });
    } catch {
      /* an alias bomb costs the floor nothing more */
    }
    documents++;
  }
}
process.stdout.write(`${files.length} files, ${documents} documents\n`);
