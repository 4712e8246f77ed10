import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';

/** The OCDS 1.1 schemas live in ../shared next to the repository root. */
const OCDS_DIR = join(__dirname, '..', '..', '..', 'shared', 'ocds');
const load = (file: string): unknown => JSON.parse(readFileSync(join(OCDS_DIR, file), 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
ajv.addSchema(load('release-schema.json') as object);

/** Validates a release package; on failure its `errors` say why. */
export const validateReleasePackage = ajv.compile(load('release-package-schema.json') as object);
