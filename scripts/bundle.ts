/**
 * Builds the committed bundle in dist/: the CLI (`dist/cli.js`, the package's bin and the pre-commit
 * hook) and the GitHub Action entry (`dist/action.js`), with every dependency inside, so that no
 * install step runs before the first finding. The WebAssembly Graphviz renderer is a chunk of its
 * own, imported only by the svg and html formats.
 *
 * Usage: npm run bundle   (also regenerates the README's sample output; see scripts/readme-sample.ts)
 * test/bundle/fresh.test.ts rebuilds into a temporary folder and fails when dist/ differs.
 *
 * The output is a function of the sources and the locked dependencies alone: content-hashed chunk
 * names, no timestamps, no absolute paths, licences collected in a sorted order.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The committed outputs, relative to dist/: everything else in dist/ is tsc's, and git ignores it. */
export const BUNDLE_ENTRIES = ['cli.js', 'action.js'] as const;
export const BUNDLE_DIRS = ['chunks'] as const;
export const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';

/**
 * `const require = createRequire(import.meta.url)` gives an ES module a synchronous, lazy require
 * (crd.ts loads ajv on the first custom resource). In the bundle there is no node_modules to resolve
 * from, so the line is dropped and esbuild sees the plain `require`. A package in SEPARATE then
 * resolves to its own file beside the chunks, required on the first call as before; a require of a
 * computed path (validators.ts loads schemas/validators.cjs) stays a real require. The banner below
 * gives each chunk that real require, relative to dist/chunks/.
 */
const LOCAL_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;
const bundledRequire: esbuild.Plugin = {
  name: 'bundled-require',
  setup(build) {
    build.onLoad({ filter: /[\\/](src|rules)[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('createRequire(import.meta.url)')) return undefined;
      if (!LOCAL_REQUIRE.test(text)) {
        throw new Error(
          `${path.relative(root, args.path)}: write it as \`const require = createRequire(import.meta.url);\` so that the bundle can replace it`,
        );
      }
      return { contents: text.replace(LOCAL_REQUIRE, ''), loader: 'ts' };
    });
  },
};

/**
 * Packages bundled into a CommonJS file of their own (dist/chunks/<name>.cjs), for the synchronous
 * require above: ajv, which only custom resources and configuration files need.
 */
const SEPARATE = ['ajv'] as const;
const separateFile = (name: string) => `${name}.cjs`;

/** `from` is where the requiring output file lies, relative to dist/chunks/. */
const separatePackages = (from: string): esbuild.Plugin => ({
  name: 'separate-packages',
  setup(build) {
    const filter = new RegExp(`^(${SEPARATE.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `${from}${separateFile(args.path)}`, external: true }));
  },
});

const BANNER = "import { createRequire as __kstorelintRequire } from 'node:module';\nconst require = __kstorelintRequire(import.meta.url);";

/** Builds the bundle into `outdir` (dist/ by default); returns the files written, relative to it. */
export async function buildBundle(outdir = path.join(root, 'dist')): Promise<string[]> {
  for (const entry of [...BUNDLE_ENTRIES, ...BUNDLE_DIRS, LICENSES_FILE])
    rmSync(path.join(outdir, entry), { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // Whitespace and syntax only: smaller to parse at start-up, while stack traces keep their names.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // node_modules may be a link (a worktree shares one); paths must not depend on where it points.
    preserveSymlinks: true,
    banner: { js: BANNER },
    metafile: true,
    logLevel: 'warning',
  } satisfies esbuild.BuildOptions;
  // The CLI is split where it imports lazily, so that each run loads the chunks it needs: --help a
  // few kilobytes, a lint the engine and rules in one chunk, Graphviz only for svg and html.
  const cli = await esbuild.build({
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [bundledRequire, separatePackages('./')],
  });
  // The action starts once per job, so start-up matters less than a second set of chunks: one file.
  const action = await esbuild.build({
    ...common,
    entryPoints: { action: 'src/action.ts' },
    outdir,
    plugins: [bundledRequire, separatePackages('./chunks/')],
  });
  const inputs = [...Object.keys(cli.metafile.inputs), ...Object.keys(action.metafile.inputs)];
  for (const name of SEPARATE) {
    const separate = await esbuild.build({
      absWorkingDir: root,
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
      outfile: path.join(outdir, 'chunks', separateFile(name)),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20.19',
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'none',
      preserveSymlinks: true,
      metafile: true,
      logLevel: 'warning',
    });
    inputs.push(...Object.keys(separate.metafile.inputs));
  }
  chmodSync(path.join(outdir, 'cli.js'), 0o755);
  writeFileSync(path.join(outdir, LICENSES_FILE), thirdPartyLicenses(inputs));
  return bundleFiles(outdir);
}

/** The bundle's files under `dir`, sorted; tsc's output beside them is not among them. */
export function bundleFiles(dir: string): string[] {
  const files: string[] = [...BUNDLE_ENTRIES, LICENSES_FILE].filter((file) => existsSync(path.join(dir, file)));
  for (const sub of BUNDLE_DIRS) {
    if (existsSync(path.join(dir, sub))) files.push(...readdirSync(path.join(dir, sub)).map((file) => `${sub}/${file}`));
  }
  return files.sort();
}

/** Each bundled package's name, version and licence text, sorted by name: the notices the licences ask to keep. */
function thirdPartyLicenses(inputs: readonly string[]): string {
  const packageDirs = new Set<string>();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageDirs.add(match[1]);
  }
  const sections = [...packageDirs]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license?: string;
      };
      const licenseFile = readdirSync(path.join(root, dir))
        .sort()
        .find((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
      const text = licenseFile
        ? readFileSync(path.join(root, dir, licenseFile), 'utf8').trim()
        : `License: ${manifest.license ?? 'see package'}`;
      return { key: `${manifest.name}@${manifest.version}`, text };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const unique = sections.filter((section, i) => i === 0 || sections[i - 1].key !== section.key);
  return [
    'Third-party software bundled in dist/ (built by scripts/bundle.ts), with the licence of each package.',
    '',
    ...unique.map(({ key, text }) => `${'='.repeat(78)}\n${key}\n${'='.repeat(78)}\n${text}\n`),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildBundle();
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  console.log(`bundle: wrote ${files.length} files to dist/ (${files.join(', ')})`);
}
