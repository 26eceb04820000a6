/**
 * Validates schedule files against our own transcriptions of the C3VOC rules
 * (tests/schemas/): the XML with libxml2 (xmllint-wasm, no native tool needed), the JSON with Ajv.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const schemaFolder = new URL('../schemas/', import.meta.url);
const xsd = readFileSync(new URL('schedule.xsd', schemaFolder), 'utf8');
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
const validateJson = ajv.compile(JSON.parse(readFileSync(new URL('schedule.schema.json', schemaFolder), 'utf8')));

/** The XSD's complaints about `xml`, one line each (empty when valid). */
export async function scheduleXmlErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'schedule.xml', contents: xml }], schema: [xsd], maxMemoryPages: 4096 });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

/** The JSON Schema's complaints about `json`, one line each (empty when valid). */
export function scheduleJsonErrors(json: unknown): string[] {
  return validateJson(json) ? [] : (validateJson.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
