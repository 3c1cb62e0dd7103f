/**
 * Annotations that restart a workload's pods when a ConfigMap or Secret they use changes, so that a
 * subPath mount (which never sees updates) gets the new content on the next pod:
 * - a `checksum/…` annotation on the pod template, the Helm convention (`checksum/config: {{ include
 *   (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}`): a new hash changes the template
 *   and rolls the pods. Which object it hashes is not visible in the rendered manifest.
 * - Stakater Reloader on the workload: `reloader.stakater.com/auto: "true"` (every ConfigMap and
 *   Secret the pods use), `configmap.reloader.stakater.com/auto` / `secret.reloader.stakater.com/auto`,
 *   `configmap.reloader.stakater.com/reload` / `secret.reloader.stakater.com/reload` (named objects,
 *   comma-separated), and `reloader.stakater.com/search: "true"` for objects annotated
 *   `reloader.stakater.com/match: "true"`.
 * - Wave on the workload: `wave.pusher.com/update-on-config-change: "true"`.
 */
export type ConfigKind = 'ConfigMap' | 'Secret';
type Annotations = Readonly<Record<string, unknown>>;

export interface RollerInput {
  /** The workload's own metadata.annotations (Reloader and Wave read them there). */
  workload: Annotations;
  /** The pod template's metadata.annotations. */
  podTemplate: Annotations;
  kind: ConfigKind;
  name: string;
  /** The ConfigMap or Secret's annotations, when it is in the files. */
  object?: Annotations;
}

const isTrue = (value: unknown) => String(value).toLowerCase() === 'true';
const names = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : [];

/** The annotation that rolls the pods when this object changes, or undefined. */
export function rollerOf({ workload, podTemplate, kind, name, object }: RollerInput): string | undefined {
  const checksum = Object.keys(podTemplate).find((key) => key.startsWith('checksum/'));
  if (checksum) return checksum;
  const prefix = kind === 'ConfigMap' ? 'configmap' : 'secret';
  for (const key of ['reloader.stakater.com/auto', `${prefix}.reloader.stakater.com/auto`, 'wave.pusher.com/update-on-config-change'])
    if (isTrue(workload[key])) return key;
  const reload = `${prefix}.reloader.stakater.com/reload`;
  if (names(workload[reload]).includes(name)) return reload;
  if (isTrue(workload['reloader.stakater.com/search']) && object && isTrue(object['reloader.stakater.com/match']))
    return 'reloader.stakater.com/search';
  return undefined;
}
