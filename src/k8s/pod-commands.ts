/**
 * The command lines of a pod's containers, read the way the kubelet and a shell would: `$(VAR)`
 * references expanded from the container's env, scripts split into commands and words, flags
 * told apart from positional words. Enough to recognise a tool invocation written out literally;
 * not a shell.
 */
import type { JsonPath } from '../types.js';
import { indexedObjectsOf, objectOf, stringOf } from '../util/shape.js';

type ManifestObject = Readonly<Record<string, unknown>>;

/** Where the pod spec is in the kinds whose pods run a command to completion (a Deployment's would run it on every restart). */
export const POD_SPEC_PATHS: Readonly<Record<string, JsonPath>> = {
  Pod: ['spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Stands for the pod's own namespace after `$(VAR)` expansion of a `metadata.namespace` fieldRef. */
export const POD_NAMESPACE = '\u0000pod-namespace\u0000';

export interface Argument {
  text: string;
  path: JsonPath;
}

export interface ContainerCommand {
  image: string;
  /** `command` then `args`, each element with its path from the object root. */
  argv: Argument[];
}

/** Command and args of every container of a pod-creating object, with `$(VAR)` expanded as the kubelet does. */
export function containerCommands(object: ManifestObject): ContainerCommand[] {
  const specPath = POD_SPEC_PATHS[String(object.kind)];
  if (!specPath) return [];
  let spec: unknown = object;
  for (const key of specPath) spec = objectOf(spec)[key];
  const commands: ContainerCommand[] = [];
  for (const list of ['initContainers', 'containers']) {
    for (const [container, ci] of indexedObjectsOf(objectOf(spec)[list])) {
      const env = new Map<string, string>();
      for (const [variable] of indexedObjectsOf(container.env)) {
        const name = stringOf(variable.name);
        if (!name) continue;
        const fieldPath = stringOf(objectOf(objectOf(variable.valueFrom).fieldRef).fieldPath);
        if (fieldPath === 'metadata.namespace') env.set(name, POD_NAMESPACE);
        else if (typeof variable.value === 'string') env.set(name, variable.value);
      }
      // The kubelet expands $(VAR) from the container's env and turns $$ into $; unknown names stay.
      const expand = (text: string) =>
        text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (match, name?: string) =>
          name === undefined ? '$' : (env.get(name) ?? match),
        );
      const argv: Argument[] = [];
      for (const field of ['command', 'args']) {
        const values = container[field];
        if (!Array.isArray(values)) continue;
        values.forEach((value, i) => {
          if (typeof value === 'string') argv.push({ text: expand(value), path: [...specPath, list, ci, field, i] });
        });
      }
      if (argv.length > 0) commands.push({ image: stringOf(container.image) ?? '', argv });
    }
  }
  return commands;
}

/** Splits a shell script into words and the operators between commands (a simple POSIX-ish reading). */
export function shellWords(script: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let started = false;
  const flush = () => {
    if (started) words.push(word);
    word = '';
    started = false;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
      continue;
    }
    if (c === '\\' && script[i + 1] === '\n') {
      i++;
      continue;
    }
    if (c === '#' && !started) {
      // A comment runs to the end of the line.
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (c === '|' || c === ';' || c === '&' || c === '\n') {
      flush();
      words.push(c === '\n' ? ';' : c);
    } else if (/\s/.test(c)) flush();
    else {
      word += c;
      started = true;
    }
  }
  flush();
  return words;
}

/** Flags of kubectl and kube-webhook-certgen that take a separate value (`--flag value`). */
const VALUE_FLAGS = new Set([
  '--secret-name',
  '--host',
  '--cert-name',
  '--key-name',
  '--webhook-name',
  '--patch-failure-policy',
  '-n',
  '--namespace',
  '-o',
  '--output',
  '-f',
  '--filename',
  '--from-literal',
  '--from-file',
  '--from-env-file',
  '--type',
  '--cert',
  '--key',
  '--docker-server',
  '--docker-username',
  '--docker-password',
  '--docker-email',
  '--context',
  '--kubeconfig',
  '--field-manager',
  '--server',
  '--token',
  '--user',
  '--cluster',
]);

export interface CommandLine {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Positional words and flags of a command line; `-n ns`, `-nns`, `--flag=value` and `--flag value` all read. */
export function parseCommandLine(words: readonly string[]): CommandLine {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('-')) positionals.push(word);
    else if (word.includes('=')) flags.set(word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1));
    else if (VALUE_FLAGS.has(word) && i + 1 < words.length) flags.set(word, words[++i]);
    else if (/^-n[a-z0-9]/.test(word)) flags.set('-n', word.slice(2));
    else flags.set(word, true);
  }
  return { positionals, flags };
}

export const namespaceFlag = (command: CommandLine) => command.flags.get('-n') ?? command.flags.get('--namespace');

/** Splits words at command operators; returns each command with the one it pipes into. */
export function pipelines(words: readonly string[]): { segment: string[]; next?: string[] }[] {
  const commands: { segment: string[]; pipe: boolean }[] = [];
  let current: string[] = [];
  for (const word of words) {
    if (word === '|' || word === ';' || word === '&') {
      commands.push({ segment: current, pipe: word === '|' });
      current = [];
    } else current.push(word);
  }
  commands.push({ segment: current, pipe: false });
  return commands.map((c, i) => ({ segment: c.segment, next: c.pipe ? commands[i + 1]?.segment : undefined }));
}
