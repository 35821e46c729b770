import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from './json-schema.js';

/** `npm run schema`: regenerates schema/*.schema.json at the package root. */
const dir = fileURLToPath(new URL('../../../schema/', import.meta.url));
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`${dir}${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote schema/${name}.schema.json\n`);
}
