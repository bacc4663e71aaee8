import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../model/export.schema.json' with { type: 'json' };

// Node-side validation of exports (tests and the CLI). The extension does not ship ajv.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateFn = ajv.compile(schema);

export function validateExport(value: unknown): { valid: boolean; errors: string[] } {
  const valid = validateFn(value) as boolean;
  const errors = (validateFn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
  return { valid, errors };
}
