/*
 * A small JSON Schema check for the export tests: `required`, `type`, `enum` and the uuid and date-time
 * formats, walking `properties` and `items`. That is all the compiled ORUK schemas use for the fields we
 * write (they set no additionalProperties: false), and it keeps the project free of a validator package.
 */

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function schemaProblems(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  if (schema.type !== undefined && !hasType(value, schema.type)) return [`${path} should be ${schema.type}`];
  if (schema.enum !== undefined && !schema.enum.includes(value))
    problems.push(`${path} should be one of ${schema.enum.join(', ')}`);
  if (schema.format === 'uuid' && !UUID.test(String(value))) problems.push(`${path} should be a uuid`);
  if (schema.format === 'date-time' && !DATE_TIME.test(String(value))) problems.push(`${path} should be a date-time`);
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, index) => problems.push(...schemaProblems(schema.items as Schema, item, `${path}[${index}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}.${key} is required`);
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (key in record) problems.push(...schemaProblems(property, record[key], `${path}.${key}`));
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}
