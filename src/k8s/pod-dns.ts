/**
 * Per-pod DNS names of a StatefulSet, as configuration writes them. The StatefulSet controller only
 * sets each pod's `hostname: <pod>` and `subdomain: <serviceName>` (stateful_set_utils.go,
 * initIdentity); cluster DNS answers `<pod>.<serviceName>.<namespace>.svc` only while a headless
 * Service of that name selects the pod. So the governing Service matters exactly when something
 * addresses a pod by that name: a peer list (`zk-0.zk-hs:2888`), a seed
 * (`cassandra-0.cassandra.data.svc`), or a pod announcing itself (`$(POD_NAME).mysql`).
 */

/** `$(POD_NAME)`, `${HOSTNAME}`, `$HOSTNAME`, `$(hostname)`: a pod's own name as a variable or command. */
const VARIABLE = String.raw`(?:\$\([A-Za-z_][A-Za-z0-9_]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\x60hostname\x60)`;
/** A DNS label ends where no label character follows. */
const LABEL_END = '(?![A-Za-z0-9-])';
const LABEL_START = '(?<![A-Za-z0-9-])';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PodDnsTarget {
  statefulSet: string;
  /** spec.serviceName; undefined when it is not set, and then only `<sts>-<ordinal>.<any label>` counts. */
  service: string | undefined;
  namespace: string;
  /**
   * Other Services a pod's own name may be joined with (the namespace's Services): `cassandra-0.cassandra`
   * still names a pod of StatefulSet cassandra when its serviceName is the typo `casandra`.
   */
  otherServices?: readonly string[];
}

/**
 * The pattern of a per-pod DNS name of the StatefulSet's pods: `<sts>-<ordinal>.<service>`, with a
 * literal or variable ordinal (`web-0.nginx`, `zk-${i}.zk-hs`); `<pod variable>.<service>`
 * (`$(POD_NAME).mysql`); or any label before `.<service>.<namespace>.svc` (also with the namespace
 * as a variable), which includes SRV names of the Service, whose answers are the per-pod names.
 */
export function podDnsPattern({ statefulSet, service, namespace, otherServices = [] }: PodDnsTarget): RegExp {
  const ordinal = String.raw`(?:\d+|${VARIABLE})`;
  const ownPod = `${LABEL_START}${escape(statefulSet)}-${ordinal}`;
  if (service === undefined) return new RegExp(`${ownPod}\\.[a-z][a-z0-9-]*${LABEL_END}`);
  const svc = escape(service);
  const anyService = [service, ...otherServices.filter((other) => other !== service)].map(escape).join('|');
  const qualified = String.raw`(?<=[A-Za-z0-9_)}])\.${svc}\.(?:${escape(namespace)}|${VARIABLE})\.svc${LABEL_END}`;
  return new RegExp(`${ownPod}\\.(?:${anyService})${LABEL_END}|${LABEL_START}${VARIABLE}\\.${svc}${LABEL_END}|${qualified}`);
}

/**
 * The per-pod DNS name a text contains, with its domain and port (`zk-0.zk-hs.default.svc.cluster.local:2888`),
 * or undefined. A pod part that is no plain label (`$((i-1))`) shows as `…`.
 */
export function podDnsNameIn(text: string, target: PodDnsTarget, pattern = podDnsPattern(target)): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  let start = match.index;
  if (text[start] === '.') {
    while (start > 0 && /[A-Za-z0-9_.-]/.test(text[start - 1])) start--;
  }
  const pod = start === match.index && text[start] === '.' ? '…' : '';
  const rest = /^(?:[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)(?::\d+)?/.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
  return pod + text.slice(start, match.index + match[0].length) + rest;
}
