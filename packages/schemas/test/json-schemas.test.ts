import { expect } from '@open-wc/testing';
import { toJSONSchema } from 'zod/v4/core';
import { RegistrationRequest } from '../src/index.js';
import * as generated from '../src/json-schemas.js';

describe('json-schemas.ts (what a browser form checks without zod)', () => {
  it('is the JSON Schema of the zod schema, as generated (run scripts/gen-json-schemas.mjs when this fails)', () => {
    const { $schema, ...fresh } = toJSONSchema(RegistrationRequest, {
      io: 'input',
      target: 'draft-2020-12',
    });
    expect($schema).to.be.a('string');
    expect(JSON.parse(JSON.stringify(generated.registrationRequest))).to.deep.equal(fresh);
  });
});
