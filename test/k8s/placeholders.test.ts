import { describe, expect, it } from 'vitest';
import { isFillInComment } from '../../src/k8s/placeholders.js';

describe('isFillInComment', () => {
  it('knows the comments examples use to mark a value for the reader to fill in', () => {
    for (const comment of [
      'change to data target pvc',
      'insert AWS EBS volumeID here',
      'replace with your target AZ',
      'Modify this to Pre-provisioned Filestore instance IP',
      'use your nfs server',
      'set this to your user identity',
      'Change to your region/zone',
      'your-storage-class',
      'TODO: replace with the namespace you want',
      '<name of your claim>',
    ])
      expect(isFillInComment(comment), comment).toBe(true);
  });

  it('leaves advice about a real value alone', () => {
    for (const comment of [
      'Set to true to allow Kueue to control the Job when it starts',
      'Update the replicas from 2 to 4',
      'set to False if you are not using Azure OpenAI',
      '<- used when the input is empty',
      'expect: claim-not-found/missing@20',
      'the ring of seeds',
      '',
    ])
      expect(isFillInComment(comment), comment).toBe(false);
  });
});
