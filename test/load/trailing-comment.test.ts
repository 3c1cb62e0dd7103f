import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/load/load.js';
import { trailingComment } from '../../src/load/locate.js';

const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: data # the data
      persistentVolumeClaim:
        claimName: data-target-pvc   # change to data target pvc # and a second comment
    - name: ebs
      awsElasticBlockStore:
        volumeID: # insert AWS EBS volumeID here
    - name: quoted
      secret: {secretName: "a#b"} # your-secret
    - name: plain
      configMap:
        name: settings#1
      # a comment on its own line is no value's
  containers: [{name: web, image: nginx}]
`;

const [pod] = loadFiles([{ file: 'pod.yaml', text }], { namespace: 'default' }).resources;
const comment = (...path: (string | number)[]) => trailingComment(pod.source, ['spec', 'volumes', ...path]);

describe('trailingComment', () => {
  it('reads the comment that ends the line of a value', () => {
    expect(comment(0, 'persistentVolumeClaim', 'claimName')).toBe('change to data target pvc');
    expect(comment(0, 'name')).toBe('the data');
  });

  it('stops at a second comment on the line', () => {
    expect(comment(0, 'persistentVolumeClaim', 'claimName')).toBe('change to data target pvc');
  });

  it('reads the comment after the key of a value left empty', () => {
    expect(comment(1, 'awsElasticBlockStore', 'volumeID')).toBe('insert AWS EBS volumeID here');
  });

  it('does not take a # inside a value for a comment', () => {
    expect(comment(2, 'secret', 'secretName')).toBe('your-secret');
    expect(comment(3, 'configMap', 'name')).toBeUndefined();
  });

  it('is undefined for a path that is not written', () => {
    expect(comment(0, 'persistentVolumeClaim', 'readOnly')).toBeUndefined();
  });
});
