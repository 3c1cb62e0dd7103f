/**
 * Objects that other objects create: operators, controllers and build tools that turn one object
 * of the view into Secrets, ConfigMaps, Services or StorageClasses with predictable names. A
 * reference to such a name is satisfied by the producer even though nobody wrote the object.
 *
 * One entry per producer. Each states what it matches (API group and kind), the objects it
 * creates as a function of the producer (name, namespace, the field that names it) and the
 * operator's documentation that states the name. Where the documentation is silent on a detail
 * the operator's source is cited in `sources`. Conditions (a field that turns creation off) follow
 * the documentation; operator-wide settings that rename objects (a secret name template, a
 * prefix) are taken at their defaults.
 *
 * Pure: plain objects in, plain data out.
 */
import type { JsonPath, ResourceId } from '../types.js';
import { indexedObjectsOf, isObject, nonEmptyString, objectOf, stringOf } from '../util/shape.js';
import { containerCommands, namespaceFlag, parseCommandLine, pipelines, POD_NAMESPACE, shellWords } from './pod-commands.js';

export type ProducedKind = 'Secret' | 'ConfigMap' | 'Service' | 'StorageClass';

/**
 * Where a produced object lands: the producer's own namespace, a namespace the producer names,
 * any namespace (kustomize generators: the build's namespace transformer decides later), or none
 * for cluster-scoped kinds.
 */
export type Placement = { scope: 'producer' } | { scope: 'namespace'; namespace: string } | { scope: 'any' } | { scope: 'cluster' };

export interface ProducedObject {
  kind: ProducedKind;
  name: string;
  placement: Placement;
  /** The field of the producer that names the object, or `metadata.name` when the name is derived from it. */
  path: JsonPath;
}

/** A plain manifest object; fields are read defensively. */
export type ManifestObject = Readonly<Record<string, unknown>>;

export interface Producer {
  /** Stable kebab-case id. */
  id: string;
  /** How a message names the producer, e.g. "CloudNativePG Cluster". */
  title: string;
  /** API groups ('' is the core group) and kinds the producer has; an object matches when both do. */
  groups: readonly string[];
  kinds: readonly string[];
  /** The operator's documentation stating the names. */
  docs: string;
  /** Further citations (operator source) for details the documentation leaves out. */
  sources?: readonly string[];
  produces(object: ManifestObject): ProducedObject[];
}

/** A produced object together with the registry entry that produced it. */
export interface Production extends ProducedObject {
  producer: Producer;
}

/** The API group of an apiVersion: '' for the core group ("v1"). */
export const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '');

const nameOf = (object: ManifestObject): string | undefined => nonEmptyString(objectOf(object.metadata).name);
const specOf = (object: ManifestObject) => objectOf(object.spec);
const at = (...path: (string | number)[]): JsonPath => path;
const METADATA_NAME = at('metadata', 'name');
const OWN: Placement = { scope: 'producer' };

/** Objects named `<producer name><suffix>` in the producer's namespace. */
function suffixed(object: ManifestObject, kind: ProducedKind, suffixes: readonly string[]): ProducedObject[] {
  const name = nameOf(object);
  return name ? suffixes.map((suffix) => ({ kind, name: `${name}${suffix}`, placement: OWN, path: METADATA_NAME })) : [];
}

/** The object named by a field, or derived from the producer's name when the field is absent. */
function namedBy(object: ManifestObject, kind: ProducedKind, field: JsonPath): ProducedObject[] {
  let value: unknown = object;
  for (const key of field) value = objectOf(value)[key];
  const explicit = nonEmptyString(value);
  const name = explicit ?? nameOf(object);
  return name ? [{ kind, name, placement: OWN, path: explicit ? field : METADATA_NAME }] : [];
}

const isTrue = (value: unknown) => value === true;
const isFalse = (value: unknown) => value === false;

// ---------------------------------------------------------------------------------------------
// Secrets from secret managers

const certManagerCertificate: Producer = {
  id: 'cert-manager-certificate',
  title: 'cert-manager Certificate',
  // certmanager.k8s.io is the group of cert-manager releases before 0.11.
  groups: ['cert-manager.io', 'certmanager.k8s.io'],
  kinds: ['Certificate'],
  docs: 'https://cert-manager.io/docs/usage/certificate/',
  produces(object) {
    const secretName = nonEmptyString(specOf(object).secretName);
    return secretName ? [{ kind: 'Secret', name: secretName, placement: OWN, path: at('spec', 'secretName') }] : [];
  },
};

/** Annotations that make cert-manager's ingress-shim create a Certificate for each TLS entry. */
const INGRESS_SHIM_ANNOTATIONS = [
  'cert-manager.io/issuer',
  'cert-manager.io/cluster-issuer',
  'certmanager.k8s.io/issuer',
  'certmanager.k8s.io/cluster-issuer',
];

const certManagerIngressShim: Producer = {
  id: 'cert-manager-ingress-shim',
  title: 'cert-manager annotated Ingress',
  groups: ['networking.k8s.io', 'extensions'],
  kinds: ['Ingress'],
  docs: 'https://cert-manager.io/docs/usage/ingress/',
  produces(object) {
    const annotations = objectOf(objectOf(object.metadata).annotations);
    const shimmed =
      INGRESS_SHIM_ANNOTATIONS.some((key) => nonEmptyString(annotations[key])) || annotations['kubernetes.io/tls-acme'] === 'true';
    if (!shimmed) return [];
    return indexedObjectsOf(specOf(object).tls).flatMap(([tls, i]) => {
      const secretName = nonEmptyString(tls.secretName);
      return secretName ? [{ kind: 'Secret' as const, name: secretName, placement: OWN, path: at('spec', 'tls', i, 'secretName') }] : [];
    });
  },
};

const sealedSecret: Producer = {
  id: 'sealed-secret',
  title: 'SealedSecret',
  groups: ['bitnami.com'],
  kinds: ['SealedSecret'],
  docs: 'https://github.com/bitnami-labs/sealed-secrets#sealedsecrets-as-templates-for-secrets',
  produces: (object) => namedBy(object, 'Secret', at('spec', 'template', 'metadata', 'name')),
};

const externalSecretsOperator: Producer = {
  id: 'external-secret',
  title: 'ExternalSecret',
  groups: ['external-secrets.io'],
  kinds: ['ExternalSecret'],
  docs: 'https://external-secrets.io/latest/api/externalsecret/',
  produces(object) {
    // Merge fills a Secret someone else created; None writes nothing (creationPolicy, same page).
    const policy = stringOf(objectOf(specOf(object).target).creationPolicy);
    if (policy === 'Merge' || policy === 'None') return [];
    return namedBy(object, 'Secret', at('spec', 'target', 'name'));
  },
};

const kubernetesExternalSecrets: Producer = {
  id: 'kubernetes-external-secret',
  title: 'ExternalSecret (kubernetes-external-secrets)',
  groups: ['kubernetes-client.io'],
  kinds: ['ExternalSecret'],
  docs: 'https://github.com/external-secrets/kubernetes-external-secrets#how-to-use-it',
  produces: (object) => namedBy(object, 'Secret', METADATA_NAME),
};

const secretProviderClass: Producer = {
  id: 'secrets-store-csi-sync',
  title: 'SecretProviderClass',
  groups: ['secrets-store.csi.x-k8s.io'],
  kinds: ['SecretProviderClass'],
  // The driver writes the Secret once a pod mounts a CSI volume of this class.
  docs: 'https://secrets-store-csi-driver.sigs.k8s.io/topics/sync-as-kubernetes-secret',
  produces(object) {
    return indexedObjectsOf(specOf(object).secretObjects).flatMap(([entry, i]) => {
      const secretName = nonEmptyString(entry.secretName);
      return secretName
        ? [{ kind: 'Secret' as const, name: secretName, placement: OWN, path: at('spec', 'secretObjects', i, 'secretName') }]
        : [];
    });
  },
};

/** kustomize generators; the namespace is applied later by the build, so they fit any namespace. */
const kustomizeGenerators: Producer = {
  id: 'kustomize-generators',
  title: 'kustomize generator',
  groups: ['kustomize.config.k8s.io'],
  kinds: ['Kustomization', 'Component'],
  docs: 'https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/configmapgenerator/',
  sources: ['https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/'],
  produces(object) {
    return (
      [
        ['configMapGenerator', 'ConfigMap'],
        ['secretGenerator', 'Secret'],
      ] as const
    ).flatMap(([field, kind]) =>
      indexedObjectsOf(object[field]).flatMap(([generator, i]) => {
        const name = nonEmptyString(generator.name);
        return name ? [{ kind, name, placement: { scope: 'any' } as const, path: at(field, i, 'name') }] : [];
      }),
    );
  },
};

const openShiftServingCert: Producer = {
  id: 'openshift-serving-cert',
  title: 'OpenShift service serving certificate',
  groups: [''],
  kinds: ['Service'],
  docs: 'https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/security_and_compliance/configuring-certificates#add-service-serving',
  produces(object) {
    const annotations = objectOf(objectOf(object.metadata).annotations);
    return ['service.beta.openshift.io/serving-cert-secret-name', 'service.alpha.openshift.io/serving-cert-secret-name'].flatMap((key) => {
      const secretName = nonEmptyString(annotations[key]);
      return secretName ? [{ kind: 'Secret' as const, name: secretName, placement: OWN, path: at('metadata', 'annotations', key) }] : [];
    });
  },
};

// ---------------------------------------------------------------------------------------------
// Database and messaging operators

const strimziKafkaUser: Producer = {
  id: 'strimzi-kafka-user',
  title: 'Strimzi KafkaUser',
  groups: ['kafka.strimzi.io'],
  kinds: ['KafkaUser'],
  docs: 'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUserSpec-reference',
  produces(object) {
    // Only tls and scram-sha-512 users get credentials; tls-external brings its own, none gets none.
    const type = stringOf(objectOf(specOf(object).authentication).type);
    return type === 'tls' || type === 'scram-sha-512' ? namedBy(object, 'Secret', METADATA_NAME) : [];
  },
};

const strimziKafka: Producer = {
  id: 'strimzi-kafka',
  title: 'Strimzi Kafka',
  groups: ['kafka.strimzi.io'],
  kinds: ['Kafka'],
  docs: 'https://strimzi.io/docs/operators/latest/deploying.html#ref-certificates-and-secrets-str',
  produces: (object) => [
    ...suffixed(object, 'Secret', ['-cluster-ca', '-cluster-ca-cert', '-clients-ca', '-clients-ca-cert']),
    ...suffixed(object, 'Service', ['-kafka-bootstrap', '-kafka-brokers']),
  ],
};

/** Zalando's default `secret_name_template`; underscores in role names become dashes. */
const zalandoSecretName = (user: string, cluster: string) => `${user.replace(/_/g, '-')}.${cluster}.credentials.postgresql.acid.zalan.do`;

const zalandoPostgresql: Producer = {
  id: 'zalando-postgresql',
  title: 'Zalando postgresql',
  groups: ['acid.zalan.do'],
  kinds: ['postgresql'],
  docs: 'https://github.com/zalando/postgres-operator/blob/master/docs/user.md#manifest-roles',
  sources: [
    'https://github.com/zalando/postgres-operator/blob/master/docs/reference/operator_parameters.md (secret_name_template, super_username, replication_username, connection_pooler_user)',
    'https://github.com/zalando/postgres-operator/blob/master/docs/quickstart.md (Services named like the cluster, replicas with -repl)',
    'pkg/cluster/k8sres.go generateSingleUserSecret: no Secret for NOLOGIN roles',
  ],
  produces(object) {
    const cluster = nameOf(object);
    if (!cluster) return [];
    const spec = specOf(object);
    const secret = (user: string, path: JsonPath): ProducedObject => ({
      kind: 'Secret',
      name: zalandoSecretName(user, cluster),
      placement: OWN,
      path,
    });
    const out: ProducedObject[] = [secret('postgres', METADATA_NAME), secret('standby', METADATA_NAME)];
    for (const [user, flags] of Object.entries(objectOf(spec.users))) {
      const nologin = Array.isArray(flags) && flags.some((flag) => String(flag).toLowerCase() === 'nologin');
      if (!nologin) out.push(secret(user, at('spec', 'users', user)));
    }
    // Prepared databases get LOGIN roles only with defaultUsers (user.md, "Default LOGIN roles").
    for (const [database, prepared] of Object.entries(objectOf(spec.preparedDatabases))) {
      const path = at('spec', 'preparedDatabases', database);
      if (isTrue(objectOf(prepared).defaultUsers))
        for (const role of ['owner', 'reader', 'writer']) out.push(secret(`${database}_${role}_user`, path));
      for (const [schema, settings] of Object.entries(objectOf(objectOf(prepared).schemas)))
        if (isTrue(objectOf(settings).defaultUsers))
          for (const role of ['owner', 'reader', 'writer'])
            out.push(secret(`${database}_${schema}_${role}_user`, [...path, 'schemas', schema]));
    }
    out.push(...suffixed(object, 'Service', ['', '-repl']));
    if (isTrue(spec.enableConnectionPooler))
      out.push(secret('pooler', at('spec', 'enableConnectionPooler')), ...suffixed(object, 'Service', ['-pooler']));
    if (isTrue(spec.enableReplicaConnectionPooler)) out.push(...suffixed(object, 'Service', ['-pooler-repl']));
    return out;
  },
};

const cnpgCluster: Producer = {
  id: 'cloudnative-pg-cluster',
  title: 'CloudNativePG Cluster',
  groups: ['postgresql.cnpg.io'],
  kinds: ['Cluster'],
  docs: 'https://cloudnative-pg.io/documentation/current/applications/#secrets',
  sources: [
    'https://cloudnative-pg.io/documentation/current/service_management/',
    'api/v1/cluster_types.go (secret suffixes -app, -superuser, -ca, -server, -replication) and api/v1/cluster_funcs.go (Get*SecretName, ShouldCreateApplicationSecret)',
  ],
  produces(object) {
    const name = nameOf(object);
    if (!name) return [];
    const spec = specOf(object);
    const own = (kind: ProducedKind, suffix: string): ProducedObject => ({
      kind,
      name: `${name}${suffix}`,
      placement: OWN,
      path: METADATA_NAME,
    });
    const out: ProducedObject[] = [];
    // The app secret: unless the bootstrap names its own, and never for a replica cluster restored
    // from a backup or pg_basebackup (initdb is the default bootstrap).
    const bootstrap = objectOf(spec.bootstrap);
    const method = isObject(bootstrap.recovery) ? 'recovery' : isObject(bootstrap.pg_basebackup) ? 'pg_basebackup' : 'initdb';
    const ownSecret = nonEmptyString(objectOf(objectOf(bootstrap[method]).secret).name);
    const replica = isTrue(objectOf(spec.replica).enabled);
    if (!ownSecret && !(replica && method !== 'initdb')) out.push(own('Secret', '-app'));
    if (isTrue(spec.enableSuperuserAccess) && !nonEmptyString(objectOf(spec.superuserSecret).name)) out.push(own('Secret', '-superuser'));
    const certificates = objectOf(spec.certificates);
    // One generated CA serves as server and client CA unless both are supplied.
    if (!nonEmptyString(certificates.serverCASecret) || !nonEmptyString(certificates.clientCASecret)) out.push(own('Secret', '-ca'));
    if (!nonEmptyString(certificates.serverTLSSecret)) out.push(own('Secret', '-server'));
    if (!nonEmptyString(certificates.replicationTLSSecret)) out.push(own('Secret', '-replication'));
    const services = objectOf(objectOf(spec.managed).services);
    const disabled = new Set(Array.isArray(services.disabledDefaultServices) ? services.disabledDefaultServices.map(String) : []);
    out.push(own('Service', '-rw'));
    for (const type of ['ro', 'r']) if (!disabled.has(type)) out.push(own('Service', `-${type}`));
    for (const [additional, i] of indexedObjectsOf(services.additional)) {
      const serviceName = nonEmptyString(objectOf(objectOf(additional.serviceTemplate).metadata).name);
      if (serviceName)
        out.push({
          kind: 'Service',
          name: serviceName,
          placement: OWN,
          path: at('spec', 'managed', 'services', 'additional', i, 'serviceTemplate', 'metadata', 'name'),
        });
    }
    return out;
  },
};

const cnpgPooler: Producer = {
  id: 'cloudnative-pg-pooler',
  title: 'CloudNativePG Pooler',
  groups: ['postgresql.cnpg.io'],
  kinds: ['Pooler'],
  docs: 'https://cloudnative-pg.io/documentation/current/connection_pooling/',
  sources: ['pkg/specs/pgbouncer/services.go (Service named like the Pooler)'],
  produces: (object) => [...suffixed(object, 'Secret', ['']), ...suffixed(object, 'Service', [''])],
};

const redisEnterpriseDatabase: Producer = {
  id: 'redis-enterprise-database',
  title: 'Redis Enterprise database',
  groups: ['app.redislabs.com'],
  kinds: ['RedisEnterpriseDatabase'],
  docs: 'https://redis.io/docs/latest/operate/kubernetes/security/authentication/manage-redb-credentials/',
  produces(object) {
    const spec = specOf(object);
    // A named secret is the user's; defaultUser: false turns the database secret off.
    if (nonEmptyString(spec.databaseSecretName) || isFalse(spec.defaultUser)) return [];
    const name = nameOf(object);
    return name ? [{ kind: 'Secret', name: `redb-${name}`, placement: OWN, path: METADATA_NAME }] : [];
  },
};

const redisEnterpriseCluster: Producer = {
  id: 'redis-enterprise-cluster',
  title: 'Redis Enterprise cluster',
  groups: ['app.redislabs.com'],
  kinds: ['RedisEnterpriseCluster'],
  docs: 'https://redis.io/docs/latest/operate/kubernetes/security/manage-rec-credentials/',
  produces: (object) => suffixed(object, 'Secret', ['']),
};

const cockroachCluster: Producer = {
  id: 'cockroachdb-cluster',
  title: 'CockroachDB CrdbCluster',
  groups: ['crdb.cockroachlabs.com'],
  kinds: ['CrdbCluster'],
  docs: 'https://www.cockroachlabs.com/docs/stable/secure-cockroachdb-kubernetes',
  sources: [
    'https://github.com/cockroachdb/cockroach-operator/blob/master/pkg/resource/cluster.go (NodeTLSSecretName, ClientTLSSecretName, CASecretName, DiscoveryServiceName, PublicServiceName)',
  ],
  produces(object) {
    const spec = specOf(object);
    const out = suffixed(object, 'Service', ['', '-public']);
    if (!isTrue(spec.tlsEnabled)) return out;
    const nodeSecret = nonEmptyString(spec.nodeTLSSecret);
    const clientSecret = nonEmptyString(spec.clientTLSSecret);
    if (!nodeSecret) out.push(...suffixed(object, 'Secret', ['-node']));
    if (!clientSecret) out.push(...suffixed(object, 'Secret', ['-root']));
    // The operator's own CA signs only the certificates it generates.
    if (!nodeSecret || !clientSecret) out.push(...suffixed(object, 'Secret', ['-ca']));
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Elastic Cloud on Kubernetes

/** ECK's `<name>-<short>-http` Service and its public certificate (absent when TLS is disabled). */
function eckHttp(object: ManifestObject, short: string): ProducedObject[] {
  const tlsDisabled = isTrue(objectOf(objectOf(objectOf(specOf(object).http).tls).selfSignedCertificate).disabled);
  return [
    ...suffixed(object, 'Service', [`-${short}-http`]),
    ...(tlsDisabled ? [] : suffixed(object, 'Secret', [`-${short}-http-certs-public`])),
  ];
}

const ECK_HTTP_DOCS = 'https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-services.html';
const ECK_TLS_DOCS = 'https://www.elastic.co/docs/deploy-manage/security/k8s-https-settings';

const eckElasticsearch: Producer = {
  id: 'eck-elasticsearch',
  title: 'ECK Elasticsearch',
  groups: ['elasticsearch.k8s.elastic.co'],
  kinds: ['Elasticsearch'],
  docs: 'https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-users-and-roles.html',
  sources: [ECK_HTTP_DOCS, ECK_TLS_DOCS],
  produces(object) {
    const disableElasticUser = isTrue(objectOf(specOf(object).auth).disableElasticUser);
    return [...(disableElasticUser ? [] : suffixed(object, 'Secret', ['-es-elastic-user'])), ...eckHttp(object, 'es')];
  },
};

const eckStack = (id: string, title: string, group: string, kind: string, short: string): Producer => ({
  id,
  title,
  groups: [group],
  kinds: [kind],
  docs: ECK_HTTP_DOCS,
  sources: [ECK_TLS_DOCS],
  produces: (object) => eckHttp(object, short),
});

const eckKibana = eckStack('eck-kibana', 'ECK Kibana', 'kibana.k8s.elastic.co', 'Kibana', 'kb');
const eckEnterpriseSearch = eckStack(
  'eck-enterprise-search',
  'ECK Enterprise Search',
  'enterprisesearch.k8s.elastic.co',
  'EnterpriseSearch',
  'ent',
);

const eckApmServer: Producer = {
  ...eckStack('eck-apm-server', 'ECK APM Server', 'apm.k8s.elastic.co', 'ApmServer', 'apm'),
  sources: [
    ECK_TLS_DOCS,
    'https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-apm-connecting.html (secret token in <name>-apm-token)',
  ],
  produces: (object) => [...eckHttp(object, 'apm'), ...suffixed(object, 'Secret', ['-apm-token'])],
};

const eckAgent: Producer = {
  ...eckStack('eck-agent', 'ECK Elastic Agent (Fleet Server)', 'agent.k8s.elastic.co', 'Agent', 'agent'),
  // Only a Fleet Server agent serves HTTP; standalone and Fleet-managed agents have no Service.
  produces: (object) => (isTrue(specOf(object).fleetServerEnabled) ? eckHttp(object, 'agent') : []),
};

// ---------------------------------------------------------------------------------------------
// Rook

const rookCephCluster: Producer = {
  id: 'rook-ceph-cluster',
  title: 'Rook CephCluster',
  groups: ['ceph.rook.io'],
  kinds: ['CephCluster'],
  docs: 'https://rook.io/docs/rook/latest/Troubleshooting/disaster-recovery/',
  sources: ['https://rook.io/docs/rook/latest/Storage-Configuration/Monitoring/ceph-dashboard/ (rook-ceph-dashboard-password)'],
  produces(object) {
    // Fixed names in the cluster's namespace, whatever the CephCluster is called.
    const fixed = (kind: ProducedKind, name: string): ProducedObject => ({ kind, name, placement: OWN, path: METADATA_NAME });
    const out = ['rook-ceph-mon', 'rook-ceph-admin-keyring', 'rook-ceph-config', 'rook-ceph-mons-keyring'].map((name) =>
      fixed('Secret', name),
    );
    out.push(fixed('ConfigMap', 'rook-ceph-mon-endpoints'));
    if (isTrue(objectOf(specOf(object).dashboard).enabled)) out.push(fixed('Secret', 'rook-ceph-dashboard-password'));
    return out;
  },
};

const rookObjectStore: Producer = {
  id: 'rook-ceph-object-store',
  title: 'Rook CephObjectStore',
  groups: ['ceph.rook.io'],
  kinds: ['CephObjectStore'],
  docs: 'https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/object-storage/',
  produces(object) {
    const name = nameOf(object);
    return name ? [{ kind: 'Service', name: `rook-ceph-rgw-${name}`, placement: OWN, path: METADATA_NAME }] : [];
  },
};

const rookObjectStoreUser: Producer = {
  id: 'rook-ceph-object-store-user',
  title: 'Rook CephObjectStoreUser',
  groups: ['ceph.rook.io'],
  kinds: ['CephObjectStoreUser'],
  docs: 'https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/object-storage/#create-a-user',
  produces(object) {
    const name = nameOf(object);
    const store = nonEmptyString(specOf(object).store);
    return name && store
      ? [{ kind: 'Secret', name: `rook-ceph-object-user-${store}-${name}`, placement: OWN, path: at('spec', 'store') }]
      : [];
  },
};

const rookCephClient: Producer = {
  id: 'rook-ceph-client',
  title: 'Rook CephClient',
  groups: ['ceph.rook.io'],
  kinds: ['CephClient'],
  docs: 'https://rook.io/docs/rook/latest/CRDs/ceph-client-crd/',
  sources: ['https://rook.io/docs/rook/latest/CRDs/specification/ (ClientSpec.secretName: default rook-ceph-client-<name>)'],
  produces(object) {
    const explicit = nonEmptyString(specOf(object).secretName);
    const name = nameOf(object);
    if (explicit) return [{ kind: 'Secret', name: explicit, placement: OWN, path: at('spec', 'secretName') }];
    return name ? [{ kind: 'Secret', name: `rook-ceph-client-${name}`, placement: OWN, path: METADATA_NAME }] : [];
  },
};

const objectBucketClaim: Producer = {
  id: 'object-bucket-claim',
  title: 'ObjectBucketClaim',
  groups: ['objectbucket.io'],
  kinds: ['ObjectBucketClaim'],
  docs: 'https://rook.io/docs/rook/latest/Storage-Configuration/Object-Storage-RGW/ceph-object-bucket-claim/',
  produces: (object) => [...suffixed(object, 'Secret', ['']), ...suffixed(object, 'ConfigMap', [''])],
};

// ---------------------------------------------------------------------------------------------
// Pods that create objects with a command

/** A DNS-1123 subdomain written out literally: no shell variable, template or placeholder. */
const LITERAL_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** Where an object lands from a namespace flag; undefined when the flag is not a literal. */
function placementOf(namespace: string | true | undefined): Placement | undefined {
  if (namespace === undefined || namespace === POD_NAMESPACE) return OWN;
  return typeof namespace === 'string' && LITERAL_NAME.test(namespace) ? { scope: 'namespace', namespace } : undefined;
}

/** The object a `kubectl create secret|configmap NAME` creates, if its name and namespace are literals. */
function kubectlCreated(
  segment: readonly string[],
  next: readonly string[] | undefined,
): { kind: ProducedKind; name: string; placement: Placement } | undefined {
  const command = parseCommandLine(segment.slice(1));
  const [verb, resource, ...rest] = command.positionals;
  if (verb !== 'create') return undefined;
  let kind: ProducedKind;
  let name: string | undefined;
  if (resource === 'secret' && ['generic', 'tls', 'docker-registry'].includes(rest[0] ?? '')) [kind, name] = ['Secret', rest[1]];
  else if (resource === 'configmap' || resource === 'cm') [kind, name] = ['ConfigMap', rest[0]];
  else return undefined;
  if (!name || !LITERAL_NAME.test(name)) return undefined;
  let namespace = namespaceFlag(command);
  if (command.flags.has('--dry-run')) {
    // A dry run creates nothing unless its output is piped into a kubectl that writes it.
    if (!next || !next[0]?.endsWith('kubectl')) return undefined;
    const writer = parseCommandLine(next.slice(1));
    if (!['apply', 'create', 'replace'].includes(writer.positionals[0] ?? '')) return undefined;
    namespace ??= namespaceFlag(writer);
  }
  const placement = placementOf(namespace);
  return placement ? { kind, name, placement } : undefined;
}

const kubectlInPod: Producer = {
  id: 'kubectl-create',
  title: 'kubectl create in a pod',
  groups: ['', 'batch'],
  kinds: ['Pod', 'Job', 'CronJob'],
  docs: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret/',
  sources: ['https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_configmap/'],
  produces(object) {
    const out: ProducedObject[] = [];
    for (const { argv } of containerCommands(object)) {
      // The argv itself (`kubectl create secret …`) and every script in it (`sh -c "…"`); an object
      // named in the argv points at its name, one named in a script at the script.
      const sources = [
        { words: argv.map((a) => a.text), pathOf: (name: string) => (argv.find((a) => a.text === name) ?? argv[0]).path },
        ...argv
          .filter((a) => /\s/.test(a.text) && a.text.includes('kubectl'))
          .map((a) => ({ words: shellWords(a.text), pathOf: () => a.path })),
      ];
      for (const { words, pathOf } of sources)
        for (const { segment, next } of pipelines(words)) {
          const start = segment.findIndex((word) => word === 'kubectl' || word.endsWith('/kubectl'));
          const created = start < 0 ? undefined : kubectlCreated(segment.slice(start), next);
          if (created) out.push({ ...created, path: pathOf(created.name) });
        }
    }
    return out;
  },
};

const kubeWebhookCertgen: Producer = {
  id: 'kube-webhook-certgen',
  title: 'kube-webhook-certgen create',
  groups: ['', 'batch'],
  kinds: ['Pod', 'Job', 'CronJob'],
  docs: 'https://github.com/kubernetes/ingress-nginx/tree/main/images/kube-webhook-certgen',
  sources: ['images/kube-webhook-certgen/rootfs/cmd/create.go (--secret-name and --namespace are required)'],
  produces(object) {
    return containerCommands(object).flatMap(({ image, argv }) => {
      if (!image.includes('kube-webhook-certgen')) return [];
      const command = parseCommandLine(argv.map((a) => a.text));
      if (!command.positionals.includes('create')) return [];
      const name = command.flags.get('--secret-name');
      const placement = placementOf(command.flags.get('--namespace'));
      if (typeof name !== 'string' || !LITERAL_NAME.test(name) || !placement) return [];
      const path = (argv.find((a) => a.text.endsWith(name)) ?? argv[0]).path;
      return [{ kind: 'Secret' as const, name, placement, path }];
    });
  },
};

// ---------------------------------------------------------------------------------------------

export const PRODUCERS: readonly Producer[] = [
  certManagerCertificate,
  certManagerIngressShim,
  sealedSecret,
  externalSecretsOperator,
  kubernetesExternalSecrets,
  secretProviderClass,
  kustomizeGenerators,
  openShiftServingCert,
  strimziKafkaUser,
  strimziKafka,
  zalandoPostgresql,
  cnpgCluster,
  cnpgPooler,
  redisEnterpriseDatabase,
  redisEnterpriseCluster,
  cockroachCluster,
  eckElasticsearch,
  eckKibana,
  eckApmServer,
  eckEnterpriseSearch,
  eckAgent,
  rookCephCluster,
  rookObjectStore,
  rookObjectStoreUser,
  rookCephClient,
  objectBucketClaim,
  kubectlInPod,
  kubeWebhookCertgen,
];

const byKind = new Map<string, Producer[]>();
for (const producer of PRODUCERS)
  for (const kind of producer.kinds) {
    const list = byKind.get(kind) ?? [];
    list.push(producer);
    byKind.set(kind, list);
  }

/** The registry entries an object of this apiVersion and kind may be. */
export function producersFor(apiVersion: string, kind: string): Producer[] {
  const group = groupOf(apiVersion);
  return (byKind.get(kind) ?? []).filter((producer) => producer.groups.includes(group));
}

/** Everything `object` creates, each with its producer; [] when it creates nothing known. */
export function producedBy(object: ManifestObject): Production[] {
  const apiVersion = stringOf(object.apiVersion);
  const kind = stringOf(object.kind);
  if (!apiVersion || !kind) return [];
  return producersFor(apiVersion, kind).flatMap((producer) => producer.produces(object).map((produced) => ({ ...produced, producer })));
}

// ---------------------------------------------------------------------------------------------
// Fallback for names no entry explains

/** Groups of Kubernetes itself: the core group, the unsuffixed legacy groups and the reserved `*.k8s.io`. */
export function isBuiltInGroup(group: string): boolean {
  return ['', 'apps', 'batch', 'autoscaling', 'policy', 'extensions'].includes(group) || group.endsWith('.k8s.io');
}

/**
 * True when `part` is a `-`/`.`-delimited part of `whole` in a place operators put their resource's
 * name: the whole name, its start (`<name>-app`), its end (`redb-<name>`) or a `.`-separated field
 * (`<user>.<name>.credentials…`). A `-`-bounded run in the middle ("k8s" in
 * "grafana-dashboard-k8s-resources") is more often a coincidence than a producer.
 */
export function isDelimitedPart(part: string, whole: string): boolean {
  if (part === '') return false;
  const before = (i: number) => (i === 0 ? 'edge' : whole[i - 1] === '.' ? 'dot' : whole[i - 1] === '-' ? 'dash' : undefined);
  const after = (i: number) => (i === whole.length ? 'edge' : whole[i] === '.' ? 'dot' : whole[i] === '-' ? 'dash' : undefined);
  for (let i = whole.indexOf(part); i >= 0; i = whole.indexOf(part, i + 1)) {
    const [start, end] = [before(i), after(i + part.length)];
    if (!start || !end) continue;
    if (start === 'edge' || end === 'edge' || (start === 'dot' && end === 'dot')) return true;
  }
  return false;
}

/**
 * Custom resources that only select or configure what a monitoring stack scrapes; they create no
 * Secrets or ConfigMaps, so their names matching a reference is a coincidence.
 */
const SCRAPE_CONFIGURATION: Readonly<Record<string, readonly string[]>> = {
  'monitoring.coreos.com': ['ServiceMonitor', 'PodMonitor', 'Probe', 'PrometheusRule', 'ScrapeConfig'],
  'monitoring.googleapis.com': ['PodMonitoring', 'ClusterPodMonitoring', 'ClusterNodeMonitoring', 'Rules', 'ClusterRules', 'GlobalRules'],
};

/**
 * For a referenced object no producer in the registry explains: the custom resource (a kind of an
 * API group that is not Kubernetes' own) in the same namespace whose name is a `-`/`.`-delimited
 * part of the referenced name, as operators name what they create after their resource. Kinds the
 * registry knows are left out (it knows exactly what they create), as are scrape configurations.
 * The longest such name wins; ties go to the first by kind, then name. Namespaces are compared as
 * given: pass each candidate's effective namespace.
 */
export function probableProducer<T extends ResourceId>(
  name: string,
  namespace: string | undefined,
  candidates: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    const group = groupOf(candidate.apiVersion);
    if (candidate.namespace !== namespace || isBuiltInGroup(group) || !isDelimitedPart(candidate.name, name)) continue;
    if (SCRAPE_CONFIGURATION[group]?.includes(candidate.kind) || producersFor(candidate.apiVersion, candidate.kind).length > 0) continue;
    if (
      !best ||
      candidate.name.length > best.name.length ||
      (candidate.name.length === best.name.length && `${candidate.kind}/${candidate.name}` < `${best.kind}/${best.name}`)
    )
      best = candidate;
  }
  return best;
}
