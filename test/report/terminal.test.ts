import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli-main.js';
import type { CommandIO } from '../../src/commands/command.js';
import { formatCompact } from '../../src/report/compact.js';
import { formatStylish, wrapWords } from '../../src/report/stylish.js';
import type { Finding } from '../../src/types.js';
import { lintTexts } from '../helpers.js';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: shop
      image: nginx:1.27
      volumeMounts: [{name: data, mountPath: /data}]
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: shop-data
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: shop-date}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

/** A claim that is not declared anywhere (a warning: it may exist in the cluster) and a StorageClass the API server rejects. */
const warningAndError = `apiVersion: v1
kind: Pod
metadata: {name: shop}
spec:
  containers: [{name: shop, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}]
  volumes: [{name: data, persistentVolumeClaim: {claimName: shop-data}}]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast}
provisioner: kubernetes.io/no-provisioner
reclaimPolicy: Recycle
`;

function io(options: { isTTY: boolean; columns?: number; stdin?: string }) {
  const out: string[] = [];
  const recorded: CommandIO = {
    stdout: { write: (text: string) => out.push(text), isTTY: options.isTTY, columns: options.columns },
    stderr: { write: () => true },
    env: {},
    readStdin: () => options.stdin ?? pod,
  };
  return { io: recorded, stdout: () => out.join('') };
}

const finding = (overrides: Partial<Finding>): Finding =>
  ({ ...lintTexts({ 'pod.yaml': pod }).findings.find((f) => f.ruleId === 'claim-not-found'), ...overrides }) as Finding;

describe('compact format', () => {
  it('prints one path:line:col: severity message [rule] line per finding, and leaves suppressed ones out', () => {
    const claim = finding({});
    expect(formatCompact([claim, { ...claim, line: 99, suppressed: { kind: 'comment' } } as Finding])).toBe(
      `pod.yaml:13:20: error ${claim.message} [claim-not-found]\n`,
    );
  });

  it('is a format of the CLI', async () => {
    const run = io({ isTTY: false });
    expect(await main(['-', '--format', 'compact'], run.io)).toBe(1);
    expect(run.stdout()).toMatch(
      /^<stdin>:13:20: error Volume 'data' of Pod default\/shop uses claim 'shop-data'.* \[claim-not-found\]\n$/,
    );
  });
});

describe('stylish on a terminal', () => {
  const long = finding({ message: 'word '.repeat(40).trim(), fix: 'another '.repeat(20).trim() });
  const stats = lintTexts({ 'pod.yaml': pod }).stats;

  it('wraps messages and fixes to the terminal width, under their own column', () => {
    const text = formatStylish([long], stats, { color: false, width: 60 });
    const lines = text.split('\n').slice(0, -3);
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    const message = lines.filter((line) => line.includes('word'));
    expect(message.length).toBeGreaterThan(2);
    expect(message.slice(1).every((line) => line.startsWith(' '.repeat(19) + 'word'))).toBe(true);
    expect(lines.find((line) => line.includes('fix:'))).toMatch(/^ {11}fix: another/);
    expect(text.replace(/\s+/g, ' ')).toContain(`${long.message} claim-not-found`);
  });

  it('keeps each message on one line when the output is not a terminal', () => {
    const text = formatStylish([long], stats, { color: false });
    expect(text).toContain(`${long.message}  claim-not-found\n`);
  });

  it('gets the width from the terminal the CLI writes to', async () => {
    const narrow = io({ isTTY: true, columns: 50 });
    await main(['-', '--no-color'], narrow.io);
    expect(
      narrow
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('  ') && line.length > 50),
    ).toEqual([]);
    const piped = io({ isTTY: false, columns: 50 });
    await main(['-'], piped.io);
    expect(
      piped
        .stdout()
        .split('\n')
        .some((line) => line.length > 50),
    ).toBe(true);
  });

  it('never breaks a word, even one longer than the line', () => {
    expect(wrapWords(['a', 'bb', 'ccccccccccccc', 'd'], 5)).toEqual(['a bb', 'ccccccccccccc', 'd']);
  });
});

describe('--quiet', () => {
  it('shows errors only, and says how many warnings it hid', async () => {
    const loud = io({ isTTY: false, stdin: warningAndError });
    await main(['-', '--format', 'compact'], loud.io);
    expect(loud.stdout()).toMatch(/: warning .*\n.*: error /);
    const quiet = io({ isTTY: false, stdin: warningAndError });
    expect(await main(['-', '-q'], quiet.io)).toBe(1);
    expect(quiet.stdout()).toContain('storageclass-invalid');
    expect(quiet.stdout()).not.toContain('claim-not-found');
    expect(quiet.stdout()).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 infos\) in 1 file, 2 objects — 1 warning hidden by --quiet\n$/);
  });

  it('says nothing of hiding when it hid nothing', async () => {
    const quiet = io({ isTTY: false });
    await main(['-', '-q'], quiet.io);
    expect(quiet.stdout()).not.toContain('hidden');
  });
});
