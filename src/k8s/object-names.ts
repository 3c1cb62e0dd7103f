/**
 * Which name rule each kind's `metadata.name` follows (§8 of the semantics notes): the validators
 * wired in pkg/apis/core/validation and pkg/apis/apps/validation, with the limits of
 * apimachinery pkg/util/validation/validation.go.
 */
import { isPlaceholderText } from './placeholders.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain } from './names.js';

export type NameRule = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label';

export const NAME_RULE_TEXT: Readonly<Record<NameRule, string>> = {
  'dns1123-subdomain':
    'DNS-1123 subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit, at most 253 characters',
  'dns1123-label': 'DNS-1123 label: lower case letters, digits and -, starting and ending with a letter or digit, at most 63 characters',
  'dns1035-label':
    'DNS-1035 label: lower case letters, digits and -, starting with a letter and ending with a letter or digit, at most 63 characters',
};

/**
 * Built-in kinds with a name rule. StatefulSets (DNS label, 52 in practice) have a rule of their
 * own; custom resources only need a valid path segment, so they are left out.
 */
export const KIND_NAME_RULES: Readonly<Record<string, NameRule>> = {
  Service: 'dns1035-label',
  Namespace: 'dns1123-label',
  PersistentVolume: 'dns1123-subdomain',
  PersistentVolumeClaim: 'dns1123-subdomain',
  StorageClass: 'dns1123-subdomain',
  VolumeAttributesClass: 'dns1123-subdomain',
  ConfigMap: 'dns1123-subdomain',
  Secret: 'dns1123-subdomain',
  Pod: 'dns1123-subdomain',
  Deployment: 'dns1123-subdomain',
  DaemonSet: 'dns1123-subdomain',
  ReplicaSet: 'dns1123-subdomain',
  ReplicationController: 'dns1123-subdomain',
  Job: 'dns1123-subdomain',
  CronJob: 'dns1123-subdomain',
  ServiceAccount: 'dns1123-subdomain',
};

/** `ValidateCronJob`: the name plus an 11-character suffix names its Jobs, which must fit a label. */
export const MAX_CRONJOB_NAME = 52;

const CHECKS: Readonly<Record<NameRule, (name: string) => boolean>> = {
  'dns1123-subdomain': isDns1123Subdomain,
  'dns1123-label': isDns1123Label,
  'dns1035-label': isDns1035Label,
};

export const isValidName = (name: string, rule: NameRule) => CHECKS[rule](name);

/** The closest valid name: lower case, other characters as `-`, trimmed; undefined if none. */
export function suggestName(name: string, rule: NameRule): string | undefined {
  const allowed = rule === 'dns1123-subdomain' ? /[^a-z0-9.-]+/g : /[^a-z0-9-]+/g;
  let candidate = name
    .toLowerCase()
    .replace(allowed, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  if (rule === 'dns1035-label') candidate = candidate.replace(/^[^a-z]+/, '');
  const max = rule === 'dns1123-subdomain' ? 253 : 63;
  candidate = candidate.slice(0, max).replace(/[^a-z0-9]+$/, '');
  return candidate && candidate !== name && isValidName(candidate, rule) ? candidate : undefined;
}

/**
 * A name left for someone to fill in: template syntax, `<node-hostname>`, `__MONTH__`, or an
 * all-capitals identifier such as `PV_NAME` that samples tell the reader to replace.
 */
export const isNamePlaceholder = (name: string) => isPlaceholderText(name) || /^[A-Z][A-Z0-9_]*$/.test(name);
