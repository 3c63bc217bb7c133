// docs/*.schema.json are generated from the validator; this keeps them from drifting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../engine/cli/schemaCommand.ts';

describe('published JSON Schemas', () => {
  it.each(['plan', 'scenario'] as const)(
    'docs/%s.schema.json matches the validator (regenerate with npm run cli -- schema --of …)',
    (of) => {
      const published = JSON.parse(
        readFileSync(new URL(`../../docs/${of}.schema.json`, import.meta.url), 'utf8'),
      );
      expect(published).toEqual(JSON.parse(JSON.stringify(jsonSchemaOf(of))));
    },
  );
});
