import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  groupOf,
  isBuiltInGroup,
  isDelimitedPart,
  PRODUCERS,
  probableProducer,
  producedBy,
  producersFor,
  type ManifestObject,
} from '../../src/k8s/producers.js';

const manifest = (text: string) => parse(text) as ManifestObject;

/** What an object creates, as `Kind name` (namespace placement appended when not the producer's own). */
function created(text: string): string[] {
  return producedBy(manifest(text)).map((p) => {
    const where =
      p.placement.scope === 'producer'
        ? ''
        : p.placement.scope === 'namespace'
          ? ` in ${p.placement.namespace}`
          : ` (${p.placement.scope})`;
    return `${p.kind} ${p.name}${where}`;
  });
}

const producerOf = (text: string) => [...new Set(producedBy(manifest(text)).map((p) => p.producer.id))];

describe('the registry', () => {
  it('gives every entry an id, a title, what it matches and an http(s) documentation link', () => {
    const ids = PRODUCERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const producer of PRODUCERS) {
      expect(producer.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(producer.title).not.toBe('');
      expect(producer.kinds.length).toBeGreaterThan(0);
      expect(producer.groups.length).toBeGreaterThan(0);
      expect(producer.docs).toMatch(/^https:\/\//);
    }
  });

  it('matches on API group and kind together', () => {
    expect(groupOf('v1')).toBe('');
    expect(groupOf('cert-manager.io/v1')).toBe('cert-manager.io');
    expect(producersFor('postgresql.cnpg.io/v1', 'Cluster').map((p) => p.id)).toEqual(['cloudnative-pg-cluster']);
    // A Cluster API Cluster shares the kind but creates no credentials.
    expect(producersFor('cluster.x-k8s.io/v1beta1', 'Cluster')).toEqual([]);
    expect(producersFor('kubernetes-client.io/v1', 'ExternalSecret').map((p) => p.id)).toEqual(['kubernetes-external-secret']);
  });

  it('reads nothing from objects without apiVersion or kind, or with malformed fields', () => {
    expect(producedBy({ kind: 'Certificate', spec: { secretName: 'x' } })).toEqual([]);
    expect(created('{apiVersion: cert-manager.io/v1, kind: Certificate, metadata: {name: c}, spec: {secretName: 7}}')).toEqual([]);
    expect(created('{apiVersion: postgresql.cnpg.io/v1, kind: Cluster, metadata: {}, spec: null}')).toEqual([]);
  });
});

describe('secret managers', () => {
  it('cert-manager: a Certificate writes spec.secretName, in the current and the pre-0.11 group', () => {
    const certificate = `apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web, namespace: shop}
spec:
  secretName: web-tls
  dnsNames: [shop.example.com]
  issuerRef: {name: letsencrypt, kind: ClusterIssuer}
`;
    expect(created(certificate)).toEqual(['Secret web-tls']);
    expect(producedBy(manifest(certificate))[0].path).toEqual(['spec', 'secretName']);
    expect(created(certificate.replace('cert-manager.io/v1', 'certmanager.k8s.io/v1alpha1'))).toEqual(['Secret web-tls']);
  });

  it('cert-manager: an Ingress with an issuer annotation gets a Secret for each TLS entry', () => {
    const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
    - hosts: [api.example.com]
      secretName: api-tls
  rules: []
`;
    expect(created(ingress)).toEqual(['Secret shop-tls', 'Secret api-tls']);
    expect(producedBy(manifest(ingress))[1].path).toEqual(['spec', 'tls', 1, 'secretName']);
    expect(created(ingress.replace('cert-manager.io/cluster-issuer: letsencrypt', 'kubernetes.io/tls-acme: "true"'))).toHaveLength(2);
    expect(created(ingress.replace('cert-manager.io/cluster-issuer', 'nginx.ingress.kubernetes.io/ssl-redirect'))).toEqual([]);
  });

  it('SealedSecret: the template name, else its own name', () => {
    const sealed = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: mysecret, namespace: default}
spec:
  encryptedData: {password: AgBy8hC...}
`;
    expect(created(sealed)).toEqual(['Secret mysecret']);
    const templated = sealed.replace('spec:\n', 'spec:\n  template: {metadata: {name: db-credentials}}\n');
    expect(created(templated)).toEqual(['Secret db-credentials']);
    expect(producedBy(manifest(templated))[0].path).toEqual(['spec', 'template', 'metadata', 'name']);
  });

  it('ExternalSecret: target.name or its own name, nothing when it only merges into or leaves the Secret', () => {
    const external = `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: {name: catalog-external-secret, namespace: catalog}
spec:
  refreshInterval: 1h
  secretStoreRef: {name: cluster-secret-store, kind: ClusterSecretStore}
  target:
    creationPolicy: Owner
  dataFrom:
    - extract: {key: catalog-db}
`;
    expect(created(external)).toEqual(['Secret catalog-external-secret']);
    expect(created(external.replace('creationPolicy: Owner', 'creationPolicy: Owner\n    name: catalog-db'))).toEqual([
      'Secret catalog-db',
    ]);
    expect(created(external.replace('creationPolicy: Owner', 'creationPolicy: Merge'))).toEqual([]);
    expect(created(external.replace('creationPolicy: Owner', 'creationPolicy: None'))).toEqual([]);
    expect(created(external.replace('creationPolicy: Owner', 'creationPolicy: Orphan'))).toEqual(['Secret catalog-external-secret']);
  });

  it('SecretProviderClass: every secretObjects entry', () => {
    expect(
      created(`apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata: {name: catalog-spc, namespace: catalog}
spec:
  provider: aws
  parameters: {objects: "- objectName: catalog-db"}
  secretObjects:
    - secretName: catalog-secret
      type: Opaque
      data: [{objectName: username, key: username}]
    - type: Opaque
`),
    ).toEqual(['Secret catalog-secret']);
  });

  it('kustomize: configMapGenerator and secretGenerator names fit any namespace, in Components too', () => {
    const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [deployment.yaml]
configMapGenerator:
  - name: app-config
    files: [application.properties]
  - "not an object"
  - name: app-env
    envs: [.env]
secretGenerator:
  - name: app-creds
    literals: [password=s3cret]
`;
    expect(created(kustomization)).toEqual(['ConfigMap app-config (any)', 'ConfigMap app-env (any)', 'Secret app-creds (any)']);
    expect(producedBy(manifest(kustomization))[1].path).toEqual(['configMapGenerator', 2, 'name']);
    expect(created(kustomization.replace('v1beta1\nkind: Kustomization', 'v1alpha1\nkind: Component'))).toHaveLength(3);
    // Flux's Kustomization is a different API with no generators.
    expect(producerOf(kustomization.replace('kustomize.config.k8s.io/v1beta1', 'kustomize.toolkit.fluxcd.io/v1'))).toEqual([]);
  });

  it("OpenShift: a Service's serving-cert annotation names the Secret", () => {
    const service = `apiVersion: v1
kind: Service
metadata:
  name: longhorn-ui
  namespace: longhorn-system
  annotations:
    service.alpha.openshift.io/serving-cert-secret-name: longhorn-ui-tls
spec:
  ports: [{name: http, port: 443, targetPort: 8443}]
  selector: {app: longhorn-ui}
`;
    expect(created(service)).toEqual(['Secret longhorn-ui-tls']);
    expect(producedBy(manifest(service))[0].path).toEqual([
      'metadata',
      'annotations',
      'service.alpha.openshift.io/serving-cert-secret-name',
    ]);
    expect(created(service.replace('alpha', 'beta'))).toEqual(['Secret longhorn-ui-tls']);
    expect(created(service.replace(/ {2}annotations:\n.*\n/, ''))).toEqual([]);
  });
});

describe('database and messaging operators', () => {
  it('Strimzi KafkaUser: a Secret named after the user for tls and scram-sha-512 users only', () => {
    const user = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: my-user
  labels: {strimzi.io/cluster: my-cluster}
spec:
  authentication: {type: tls}
  authorization:
    type: simple
    acls: [{resource: {type: topic, name: my-topic}, operations: [Read]}]
`;
    expect(created(user)).toEqual(['Secret my-user']);
    expect(created(user.replace('type: tls', 'type: scram-sha-512'))).toEqual(['Secret my-user']);
    expect(created(user.replace('type: tls', 'type: tls-external'))).toEqual([]);
    expect(created(user.replace('  authentication: {type: tls}\n', ''))).toEqual([]);
  });

  it('Strimzi Kafka: cluster and clients CA Secrets and the bootstrap and broker Services', () => {
    expect(
      created('{apiVersion: kafka.strimzi.io/v1beta2, kind: Kafka, metadata: {name: my-cluster}, spec: {kafka: {replicas: 3}}}'),
    ).toEqual([
      'Secret my-cluster-cluster-ca',
      'Secret my-cluster-cluster-ca-cert',
      'Secret my-cluster-clients-ca',
      'Secret my-cluster-clients-ca-cert',
      'Service my-cluster-kafka-bootstrap',
      'Service my-cluster-kafka-brokers',
    ]);
  });

  it('Zalando postgresql: system users, LOGIN manifest roles with dashes, prepared-database users, Services', () => {
    const cluster = `apiVersion: "acid.zalan.do/v1"
kind: postgresql
metadata:
  name: my-cluster
spec:
  teamId: "my-team"
  numberOfInstances: 3
  users:
    mydatabaseowner: [superuser, createdb]
    my_app: []
    readonly_role: [nologin]
    plain:
  databases:
    mydatabase: mydatabaseowner
  preparedDatabases:
    shop:
      defaultUsers: true
      schemas:
        orders: {defaultUsers: true}
        data: {}
  postgresql: {version: "15"}
  volume: {size: 5Gi}
`;
    const suffix = '.my-cluster.credentials.postgresql.acid.zalan.do';
    expect(created(cluster)).toEqual([
      `Secret postgres${suffix}`,
      `Secret standby${suffix}`,
      `Secret mydatabaseowner${suffix}`,
      `Secret my-app${suffix}`,
      `Secret plain${suffix}`,
      `Secret shop-owner-user${suffix}`,
      `Secret shop-reader-user${suffix}`,
      `Secret shop-writer-user${suffix}`,
      `Secret shop-orders-owner-user${suffix}`,
      `Secret shop-orders-reader-user${suffix}`,
      `Secret shop-orders-writer-user${suffix}`,
      'Service my-cluster',
      'Service my-cluster-repl',
    ]);
    const withPooler = created(
      cluster.replace('  teamId:', '  enableConnectionPooler: true\n  enableReplicaConnectionPooler: true\n  teamId:'),
    );
    expect(withPooler).toContain(`Secret pooler${suffix}`);
    expect(withPooler).toContain('Service my-cluster-pooler');
    expect(withPooler).toContain('Service my-cluster-pooler-repl');
  });

  const cnpg = `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: gke-pg-cluster
spec:
  instances: 3
  enableSuperuserAccess: true
  bootstrap:
    initdb: {database: app}
  storage: {storageClass: premium-rwo, size: 2Gi}
`;

  it('CloudNativePG Cluster: app and superuser credentials, CA, server and replication certificates, rw/ro/r Services', () => {
    expect(created(cnpg)).toEqual([
      'Secret gke-pg-cluster-app',
      'Secret gke-pg-cluster-superuser',
      'Secret gke-pg-cluster-ca',
      'Secret gke-pg-cluster-server',
      'Secret gke-pg-cluster-replication',
      'Service gke-pg-cluster-rw',
      'Service gke-pg-cluster-ro',
      'Service gke-pg-cluster-r',
    ]);
  });

  it('CloudNativePG Cluster: what the spec turns off or supplies itself is not produced', () => {
    const names = (text: string) =>
      created(text).map((c) => c.replace('Secret gke-pg-cluster', 'S').replace('Service gke-pg-cluster', 'Svc'));
    // Superuser access is off by default.
    expect(names(cnpg.replace('  enableSuperuserAccess: true\n', ''))).not.toContain('S-superuser');
    expect(
      names(cnpg.replace('  enableSuperuserAccess: true\n', '  enableSuperuserAccess: true\n  superuserSecret: {name: pg-admin}\n')),
    ).not.toContain('S-superuser');
    expect(
      names(cnpg.replace('initdb: {database: app}', 'initdb: {database: app, owner: app, secret: {name: app-credentials}}')),
    ).not.toContain('S-app');
    // A replica cluster bootstrapped from another cluster has no application secret of its own.
    const replica = cnpg
      .replace('initdb: {database: app}', 'pg_basebackup: {source: origin}')
      .replace('  instances: 3\n', '  instances: 3\n  replica: {enabled: true, source: origin}\n');
    expect(names(replica)).not.toContain('S-app');
    const certificates = cnpg.replace(
      '  instances: 3\n',
      '  instances: 3\n  certificates:\n    serverCASecret: server-ca\n    serverTLSSecret: server-tls\n    clientCASecret: client-ca\n    replicationTLSSecret: repl-tls\n',
    );
    expect(names(certificates).filter((n) => /-(ca|server|replication)$/.test(n))).toEqual([]);
    // Only one of the two CAs supplied: the operator still generates <cluster>-ca for the other.
    expect(names(cnpg.replace('  instances: 3\n', '  instances: 3\n  certificates: {serverCASecret: server-ca}\n'))).toContain('S-ca');
    const services = cnpg.replace(
      '  instances: 3\n',
      '  instances: 3\n  managed:\n    services:\n      disabledDefaultServices: [ro, r]\n      additional:\n        - selectorType: rw\n          serviceTemplate: {metadata: {name: gke-pg-cluster-lb}, spec: {type: LoadBalancer}}\n',
    );
    expect(names(services).filter((n) => n.startsWith('Svc'))).toEqual(['Svc-rw', 'Svc-lb']);
  });

  it('CloudNativePG Pooler: a Service and a Secret named after it', () => {
    expect(
      created(
        '{apiVersion: postgresql.cnpg.io/v1, kind: Pooler, metadata: {name: pooler-example-rw}, spec: {cluster: {name: cluster-example}, type: rw}}',
      ),
    ).toEqual(['Secret pooler-example-rw', 'Service pooler-example-rw']);
  });

  it('Redis Enterprise: redb-<name> unless the database names its secret or has no default user; the cluster secret', () => {
    const database = `apiVersion: app.redislabs.com/v1alpha1
kind: RedisEnterpriseDatabase
metadata: {name: app-db}
spec:
  memorySize: 1GB
  redisEnterpriseCluster: {name: gke-rec}
`;
    expect(created(database)).toEqual(['Secret redb-app-db']);
    expect(created(database.replace('memorySize: 1GB', 'memorySize: 1GB\n  databaseSecretName: app-db-password'))).toEqual([]);
    expect(created(database.replace('memorySize: 1GB', 'memorySize: 1GB\n  defaultUser: false'))).toEqual([]);
    expect(
      created('{apiVersion: app.redislabs.com/v1, kind: RedisEnterpriseCluster, metadata: {name: gke-rec}, spec: {nodes: 3}}'),
    ).toEqual(['Secret gke-rec']);
  });

  it('CockroachDB: node, root and CA certificates only with TLS and without user-supplied secrets', () => {
    const crdb = `apiVersion: crdb.cockroachlabs.com/v1alpha1
kind: CrdbCluster
metadata: {name: cockroachdb}
spec:
  tlsEnabled: true
  nodes: 3
  dataStore: {pvc: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 60Gi}}}}}
`;
    expect(created(crdb)).toEqual([
      'Service cockroachdb',
      'Service cockroachdb-public',
      'Secret cockroachdb-node',
      'Secret cockroachdb-root',
      'Secret cockroachdb-ca',
    ]);
    expect(created(crdb.replace('tlsEnabled: true', 'tlsEnabled: false'))).toEqual(['Service cockroachdb', 'Service cockroachdb-public']);
    expect(
      created(crdb.replace('tlsEnabled: true', 'tlsEnabled: true\n  nodeTLSSecret: node-certs\n  clientTLSSecret: root-certs')),
    ).toEqual(['Service cockroachdb', 'Service cockroachdb-public']);
  });
});

describe('Elastic Cloud on Kubernetes', () => {
  const elasticsearch = `apiVersion: elasticsearch.k8s.elastic.co/v1
kind: Elasticsearch
metadata: {name: elasticsearch-ha}
spec:
  version: 8.11.4
  nodeSets: [{name: default, count: 3}]
`;

  it('Elasticsearch: the elastic user, the HTTP Service and its public certificate', () => {
    expect(created(elasticsearch)).toEqual([
      'Secret elasticsearch-ha-es-elastic-user',
      'Service elasticsearch-ha-es-http',
      'Secret elasticsearch-ha-es-http-certs-public',
    ]);
    const disabled = elasticsearch.replace(
      '  version: 8.11.4\n',
      '  version: 8.11.4\n  auth: {disableElasticUser: true}\n  http: {tls: {selfSignedCertificate: {disabled: true}}}\n',
    );
    expect(created(disabled)).toEqual(['Service elasticsearch-ha-es-http']);
  });

  it('Kibana, APM Server, Enterprise Search and Fleet Server agents: <name>-<kb|apm|ent|agent>-http', () => {
    expect(created('{apiVersion: kibana.k8s.elastic.co/v1, kind: Kibana, metadata: {name: kibana}, spec: {count: 1}}')).toEqual([
      'Service kibana-kb-http',
      'Secret kibana-kb-http-certs-public',
    ]);
    expect(created('{apiVersion: apm.k8s.elastic.co/v1, kind: ApmServer, metadata: {name: apm}, spec: {count: 1}}')).toEqual([
      'Service apm-apm-http',
      'Secret apm-apm-http-certs-public',
      'Secret apm-apm-token',
    ]);
    expect(
      created('{apiVersion: enterprisesearch.k8s.elastic.co/v1, kind: EnterpriseSearch, metadata: {name: ent}, spec: {count: 1}}'),
    ).toEqual(['Service ent-ent-http', 'Secret ent-ent-http-certs-public']);
    const agent =
      '{apiVersion: agent.k8s.elastic.co/v1alpha1, kind: Agent, metadata: {name: fleet-server}, spec: {mode: fleet, fleetServerEnabled: true}}';
    expect(created(agent)).toEqual(['Service fleet-server-agent-http', 'Secret fleet-server-agent-http-certs-public']);
    expect(created(agent.replace('fleetServerEnabled: true', 'fleetServerRef: {name: fleet-server}'))).toEqual([]);
  });
});

describe('Rook', () => {
  it("CephCluster: the mon and admin secrets and the mon endpoints in the cluster's namespace", () => {
    const cluster = `apiVersion: ceph.rook.io/v1
kind: CephCluster
metadata: {name: rook-ceph, namespace: rook-ceph}
spec:
  cephVersion: {image: quay.io/ceph/ceph:v19}
  dataDirHostPath: /var/lib/rook
  mon: {count: 3}
  dashboard: {enabled: true}
`;
    expect(created(cluster)).toEqual([
      'Secret rook-ceph-mon',
      'Secret rook-ceph-admin-keyring',
      'Secret rook-ceph-config',
      'Secret rook-ceph-mons-keyring',
      'ConfigMap rook-ceph-mon-endpoints',
      'Secret rook-ceph-dashboard-password',
    ]);
    expect(created(cluster.replace('enabled: true', 'enabled: false'))).not.toContain('Secret rook-ceph-dashboard-password');
  });

  it('object stores, their users, Ceph clients and bucket claims', () => {
    expect(
      created('{apiVersion: ceph.rook.io/v1, kind: CephObjectStore, metadata: {name: my-store, namespace: rook-ceph}, spec: {}}'),
    ).toEqual(['Service rook-ceph-rgw-my-store']);
    expect(
      created(
        '{apiVersion: ceph.rook.io/v1, kind: CephObjectStoreUser, metadata: {name: my-user, namespace: rook-ceph}, spec: {store: my-store}}',
      ),
    ).toEqual(['Secret rook-ceph-object-user-my-store-my-user']);
    expect(created('{apiVersion: ceph.rook.io/v1, kind: CephObjectStoreUser, metadata: {name: my-user}, spec: {}}')).toEqual([]);
    expect(
      created('{apiVersion: ceph.rook.io/v1, kind: CephClient, metadata: {name: glance}, spec: {caps: {mon: "profile rbd"}}}'),
    ).toEqual(['Secret rook-ceph-client-glance']);
    expect(
      created('{apiVersion: ceph.rook.io/v1, kind: CephClient, metadata: {name: glance}, spec: {secretName: glance-keyring}}'),
    ).toEqual(['Secret glance-keyring']);
    expect(
      created(
        '{apiVersion: objectbucket.io/v1alpha1, kind: ObjectBucketClaim, metadata: {name: ceph-bucket}, spec: {generateBucketName: ceph-bkt, storageClassName: rook-ceph-bucket}}',
      ),
    ).toEqual(['Secret ceph-bucket', 'ConfigMap ceph-bucket']);
  });
});

describe('pods that create objects with a command', () => {
  const certgenJob = `apiVersion: batch/v1
kind: Job
metadata:
  name: ingress-nginx-admission-create
  namespace: ingress-nginx
spec:
  template:
    spec:
      restartPolicy: OnFailure
      containers:
        - name: create
          image: registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.4@sha256:a9f03b34a3cbfbb26d103a14046ab2c5130a80c3d69d526ff8063d2b37b9fd3f
          args:
            - create
            - --host=ingress-nginx-controller-admission,ingress-nginx-controller-admission.$(POD_NAMESPACE).svc
            - --namespace=$(POD_NAMESPACE)
            - --secret-name=ingress-nginx-admission
          env:
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef: {fieldPath: metadata.namespace}
`;

  it("kube-webhook-certgen create writes --secret-name into --namespace, here the Job's own", () => {
    expect(created(certgenJob)).toEqual(['Secret ingress-nginx-admission']);
    expect(producedBy(manifest(certgenJob))[0].path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'args', 3]);
    expect(created(certgenJob.replace('--namespace=$(POD_NAMESPACE)', '--namespace=ingress-nginx'))).toEqual([
      'Secret ingress-nginx-admission in ingress-nginx',
    ]);
    expect(
      created(certgenJob.replace('- --secret-name=ingress-nginx-admission', '- --secret-name\n            - ingress-nginx-admission')),
    ).toEqual(['Secret ingress-nginx-admission']);
    // The patch job only reads the secret.
    expect(created(certgenJob.replace('- create', '- patch'))).toEqual([]);
    // A namespace nobody can tell from the manifest: the object cannot be placed.
    expect(created(certgenJob.replace('--namespace=$(POD_NAMESPACE)', '--namespace=$(TARGET)'))).toEqual([]);
    expect(created(certgenJob.replace('kube-webhook-certgen', 'some-other-tool'))).toEqual([]);
  });

  it('kubectl create secret|configmap with a literal name, in argv or in a shell script', () => {
    const job = (command: string) => `apiVersion: batch/v1
kind: Job
metadata: {name: bootstrap, namespace: apps}
spec:
  template:
    spec:
      restartPolicy: Never
      serviceAccountName: secret-writer
      containers:
        - name: kubectl
          image: bitnami/kubectl:1.30
          ${command}
`;
    expect(created(job('command: [kubectl, create, secret, generic, db-password, "--from-literal=password=s3cret"]'))).toEqual([
      'Secret db-password',
    ]);
    expect(producedBy(manifest(job('command: [kubectl, create, secret, generic, db-password]')))[0].path).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'command',
      4,
    ]);
    const script = `command:
            - /bin/sh
            - -c
            - |
              # kubectl create secret generic commented-out
              kubectl -n shared create secret tls web-tls --cert=/tmp/tls.crt --key=/tmp/tls.key
              kubectl create configmap app-settings --from-literal=mode=prod \\
                --dry-run=client -o yaml | kubectl apply -f -
              kubectl create secret generic preview --dry-run=client -o yaml > /tmp/preview.yaml
              kubectl create secret generic \${SECRET_NAME} --from-literal=a=b`;
    expect(created(job(script))).toEqual(['Secret web-tls in shared', 'ConfigMap app-settings']);
    expect(producedBy(manifest(job(script)))[0].path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'command', 2]);
    // A Deployment is not a one-shot producer.
    expect(
      created(job('command: [kubectl, create, secret, generic, db-password]').replace('batch/v1\nkind: Job', 'apps/v1\nkind: Deployment')),
    ).toEqual([]);
  });

  it('reads Pods and CronJobs too, with $(VAR) expanded from literal env values', () => {
    expect(
      created(`apiVersion: batch/v1
kind: CronJob
metadata: {name: rotate}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: rotate
              image: bitnami/kubectl:1.30
              env: [{name: NAME, value: rotated-token}]
              args: [kubectl, create, secret, generic, $(NAME), --from-literal=token=x]
`),
    ).toEqual(['Secret rotated-token']);
    expect(
      created(
        '{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: k, args: [kubectl, create, cm, flags]}]}}',
      ),
    ).toEqual(['ConfigMap flags']);
  });
});

describe('probableProducer', () => {
  const resource = (apiVersion: string, kind: string, name: string, namespace = 'default') => ({ apiVersion, kind, name, namespace });

  it('a part is the whole name, its start, its end or a .-separated field', () => {
    expect(isDelimitedPart('my-user', 'my-user')).toBe(true);
    expect(isDelimitedPart('gke-pg-cluster', 'gke-pg-cluster-app')).toBe(true);
    expect(isDelimitedPart('app-db', 'redb-app-db')).toBe(true);
    expect(isDelimitedPart('my-cluster', 'mydatabaseowner.my-cluster.credentials.postgresql.acid.zalan.do')).toBe(true);
    expect(isDelimitedPart('k8s', 'grafana-dashboard-k8s-resources-cluster')).toBe(false);
    expect(isDelimitedPart('clust', 'my-cluster-app')).toBe(false);
    expect(isDelimitedPart('app', 'webapp-config')).toBe(false);
    expect(isDelimitedPart('config', 'app.config-x')).toBe(false);
    expect(isDelimitedPart('', 'x')).toBe(false);
  });

  it("Kubernetes' own API groups are not custom resources", () => {
    for (const group of ['', 'apps', 'batch', 'autoscaling', 'policy', 'extensions', 'networking.k8s.io', 'snapshot.storage.k8s.io'])
      expect(isBuiltInGroup(group)).toBe(true);
    for (const group of ['kafka.strimzi.io', 'secrets-store.csi.x-k8s.io', 'acid.zalan.do']) expect(isBuiltInGroup(group)).toBe(false);
  });

  it('picks the custom resource of the same namespace with the longest matching name', () => {
    const candidates = [
      resource('apps/v1', 'Deployment', 'my-cluster'),
      resource('example.com/v1', 'Database', 'my'),
      resource('example.com/v1', 'Database', 'my-cluster', 'other'),
      resource('example.com/v1', 'Database', 'my-cluster'),
      resource('example.com/v1', 'Cache', 'app'),
    ];
    expect(probableProducer('app.my-cluster.credentials', 'default', candidates)).toEqual(candidates[3]);
    expect(probableProducer('app.my-cluster.credentials', 'other', candidates)).toEqual(candidates[2]);
    expect(probableProducer('unrelated', 'default', candidates)).toBeUndefined();
  });

  it('leaves out kinds the registry knows and scrape configurations', () => {
    const candidates = [
      resource('kafka.strimzi.io/v1beta2', 'KafkaUser', 'my-user'),
      resource('monitoring.coreos.com/v1', 'ServiceMonitor', 'grafana'),
      resource('monitoring.googleapis.com/v1', 'PodMonitoring', 'qdrant'),
    ];
    // Strimzi names the user's Secret my-user; my-user-credentials is someone else's.
    expect(probableProducer('my-user-credentials', 'default', candidates)).toBeUndefined();
    expect(probableProducer('grafana-dashboard-nodes', 'default', candidates)).toBeUndefined();
    expect(probableProducer('qdrant-database-apikey', 'default', candidates)).toBeUndefined();
    const prometheus = resource('monitoring.coreos.com/v1', 'Prometheus', 'k8s');
    expect(probableProducer('prometheus-k8s', 'default', [prometheus])).toEqual(prometheus);
  });

  it('breaks ties by kind, then name, so the answer does not depend on file order', () => {
    const a = resource('example.com/v1', 'Broker', 'queue');
    const b = resource('example.com/v1', 'Agent', 'queue');
    expect(probableProducer('queue-credentials', 'default', [a, b])).toEqual(b);
    expect(probableProducer('queue-credentials', 'default', [b, a])).toEqual(b);
  });
});
