import { describe, expect, it } from 'vitest';
import { containerCommands, parseCommandLine, pipelines, POD_NAMESPACE, shellWords } from '../../src/k8s/pod-commands.js';

describe('shellWords', () => {
  it('splits words, keeps quoted text together, drops comments and joins continued lines', () => {
    expect(shellWords(`kubectl create secret generic "db creds" --from-literal='a=b c' # note\nkubectl \\\n  apply -f -`)).toEqual([
      'kubectl',
      'create',
      'secret',
      'generic',
      'db creds',
      '--from-literal=a=b c',
      ';',
      'kubectl',
      'apply',
      '-f',
      '-',
    ]);
  });

  it('turns |, ;, & and newlines into separators that pipelines() reads', () => {
    const commands = pipelines(shellWords('a --dry-run -o yaml | b apply -f - && c; d'));
    expect(commands.map((c) => c.segment.join(' '))).toEqual(['a --dry-run -o yaml', 'b apply -f -', '', 'c', 'd']);
    expect(commands[0].next).toEqual(['b', 'apply', '-f', '-']);
    expect(commands[3].next).toBeUndefined();
  });
});

describe('parseCommandLine', () => {
  it('tells flags with values from positional words', () => {
    const command = parseCommandLine([
      'create',
      'secret',
      '-n',
      'apps',
      'generic',
      'x',
      '--type=Opaque',
      '--from-literal',
      'k=v',
      '--save-config',
      '-nother',
    ]);
    expect(command.positionals).toEqual(['create', 'secret', 'generic', 'x']);
    expect(Object.fromEntries(command.flags)).toEqual({
      '-n': 'other',
      '--type': 'Opaque',
      '--from-literal': 'k=v',
      '--save-config': true,
    });
  });
});

describe('containerCommands', () => {
  it("expands $(VAR) from literal env values and the pod's namespace, keeps $$ and unknown names", () => {
    const [command] = containerCommands({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: {
        containers: [
          {
            name: 'c',
            image: 'tool:1',
            env: [
              { name: 'NAME', value: 'token' },
              { name: 'NS', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
            ],
            command: ['tool'],
            args: ['$(NAME)', '$(NS)', '$$(NAME)', '$(UNKNOWN)'],
          },
        ],
      },
    });
    expect(command.argv.map((a) => a.text)).toEqual(['tool', 'token', POD_NAMESPACE, '$(NAME)', '$(UNKNOWN)']);
    expect(command.argv[1].path).toEqual(['spec', 'containers', 0, 'args', 0]);
  });

  it('reads nothing from kinds whose pods do not run to completion', () => {
    expect(
      containerCommands({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec: { containers: [{ command: ['x'] }] } } } }),
    ).toEqual([]);
  });
});
