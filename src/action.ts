import { runAndExit } from './cli-main.js';

/**
 * GitHub Action entry point: the runner passes inputs as INPUT_<NAME> variables (action.yml maps
 * them); findings become workflow-command annotations on the changed lines, a Markdown summary goes
 * to $GITHUB_STEP_SUMMARY, and an optional SARIF file is written for code scanning.
 */
export function actionArguments(env: NodeJS.ProcessEnv): string[] {
  const input = (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  const paths = input('paths')
    .split(/[\n\s]+/)
    .filter(Boolean);
  const args = [...(paths.length ? paths : ['.']), '--format', input('format') || 'github'];
  if (input('config')) args.push('--config', input('config'));
  if (input('fail-on')) args.push('--fail-on', input('fail-on'));
  if (input('kube-version')) args.push('--kube-version', input('kube-version'));
  if (input('sarif')) args.push('--report', `sarif=${input('sarif')}`);
  return args;
}

runAndExit(actionArguments(process.env));
