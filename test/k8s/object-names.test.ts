import { describe, expect, it } from 'vitest';
import { isNamePlaceholder, isValidName, KIND_NAME_RULES, suggestName } from '../../src/k8s/object-names.js';

describe('name rules per kind (§8)', () => {
  it('Services are DNS-1035 labels, Namespaces DNS-1123 labels, claims DNS-1123 subdomains', () => {
    expect(KIND_NAME_RULES.Service).toBe('dns1035-label');
    expect(KIND_NAME_RULES.Namespace).toBe('dns1123-label');
    expect(KIND_NAME_RULES.PersistentVolumeClaim).toBe('dns1123-subdomain');
    expect(KIND_NAME_RULES.StatefulSet).toBeUndefined();
  });
  it('applies them', () => {
    expect(isValidName('my-svc', 'dns1035-label')).toBe(true);
    expect(isValidName('1svc', 'dns1035-label')).toBe(false);
    expect(isValidName('my.svc', 'dns1035-label')).toBe(false);
    expect(isValidName('1svc', 'dns1123-label')).toBe(true);
    expect(isValidName('a.b-c', 'dns1123-subdomain')).toBe(true);
    expect(isValidName('quotes-for-hostPath', 'dns1123-subdomain')).toBe(false);
    expect(isValidName('a'.repeat(64), 'dns1123-label')).toBe(false);
  });
});

describe('suggestName', () => {
  it('lower-cases and replaces what is not allowed', () => {
    expect(suggestName('quotes-for-hostPath', 'dns1123-subdomain')).toBe('quotes-for-hostpath');
    expect(suggestName('Db_Data', 'dns1123-subdomain')).toBe('db-data');
    expect(suggestName('my.svc', 'dns1035-label')).toBe('my-svc');
    expect(suggestName('1api', 'dns1035-label')).toBe('api');
    expect(suggestName('-x-', 'dns1123-label')).toBe('x');
  });
  it('gives nothing when nothing valid remains', () => {
    expect(suggestName('___', 'dns1123-subdomain')).toBeUndefined();
    expect(suggestName('123', 'dns1035-label')).toBeUndefined();
  });
});

describe('isNamePlaceholder', () => {
  it.each(['${APP}-data', '{{ .Values.name }}', 'rook-ceph-cleanup-<node-hostname>', 'report-__MONTH__', 'PV_NAME', 'PVC'])(
    'skips %j',
    (name) => {
      expect(isNamePlaceholder(name)).toBe(true);
    },
  );
  it.each(['my_secret', 'front_end', 'quotes-for-hostPath', 'Api_Data'])('judges %j', (name) => {
    expect(isNamePlaceholder(name)).toBe(false);
  });
});
