import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jsonSchemas } from '../../src/schema/json-schema.js';
import { ROOT } from '../helpers/fixtures.js';

test('the shipped JSON Schemas are the ones the validator generates (run `npm run schema` after a schema change)', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const shipped = JSON.parse(readFileSync(`${ROOT}schema/${name}.schema.json`, 'utf8')) as unknown;
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(schema)), `schema/${name}.schema.json is stale`);
  }
});

test('the JSON Schemas carry the constraints editors need', () => {
  const text = JSON.stringify(jsonSchemas());
  for (const needle of [
    '"maximum":65535',
    '"maximum":255',
    '"additionalProperties":false',
    '^[A-Za-z][A-Za-z0-9_.-]{0,62}$',
  ])
    assert.ok(text.includes(needle), needle);
});
