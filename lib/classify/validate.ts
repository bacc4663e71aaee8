// Checks the curated base beyond what its TypeScript type can say: ids, URLs, host syntax,
// duplicates. The build refuses to write data that fails, and a unit test runs it too.
import type { VendorFact } from '../../knowledge/schema';
import { CATEGORIES } from '../model/types';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const HOST = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/;
const NAME = /^[\x21-\x7e]+$/;

function isUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

// Runtime mirror of schema.ts, for data that did not pass through the compiler (JSON imports,
// hand edits with casts): key names and value types, so a typo'd field cannot hide.
const SHAPE: Record<string, Record<string, 'string' | 'boolean' | 'number|null' | 'array' | 'langs'>> = {
  vendor: { id: 'string', name: 'string', category: 'string', tracker: 'boolean', aliases: 'array', hosts: 'array', cookies: 'array', source: 'string', kind: 'string' },
  cookie: { name: 'string', category: 'string', lifetime: 'number|null', tracker: 'boolean', storage: 'string', vendorHostsOnly: 'boolean', retired: 'boolean', source: 'string' },
  host: { host: 'string', path: 'string', category: 'string', tracker: 'boolean', source: 'string' },
  alias: { text: 'string', langs: 'langs', caseSensitive: 'boolean' },
};
const REQUIRED: Record<string, string[]> = {
  vendor: ['id', 'name', 'category', 'tracker', 'aliases', 'hosts', 'cookies', 'source'],
  cookie: ['name', 'category', 'source'],
  host: ['host', 'source'],
  alias: ['text'],
};
const LANGS = new Set(['ru', 'uk', 'en', 'kk', 'de', 'unknown']);
const STORAGE = new Set(['cookie', 'localStorage', 'sessionStorage']);
const KINDS = new Set(['consent-manager', 'infrastructure', 'widget', 'sdk']);

function typeOk(value: unknown, type: string): boolean {
  switch (type) {
    case 'number|null': return value === null || typeof value === 'number';
    case 'array': return Array.isArray(value);
    case 'langs': return Array.isArray(value) && value.every((l) => typeof l === 'string' && LANGS.has(l));
    default: return typeof value === type;
  }
}

export function shapeErrors(kind: keyof typeof SHAPE, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
  const errors: string[] = [];
  const shape = SHAPE[kind]!;
  for (const [key, v] of Object.entries(value)) {
    const type = shape[key];
    if (!type) errors.push(`${at}: unknown field ${key}`);
    else if (v !== undefined && !typeOk(v, type)) errors.push(`${at}: field ${key} is not ${type}`);
  }
  for (const key of REQUIRED[kind] ?? []) if (!(key in value)) errors.push(`${at}: missing ${key}`);
  return errors;
}

function shapeOfVendor(v: unknown, at: string): string[] {
  const errors = shapeErrors('vendor', v, at);
  if (errors.length) return errors;
  const o = v as VendorFact;
  o.cookies.forEach((c, i) => errors.push(...shapeErrors('cookie', c, `${at} cookie ${i}`)));
  o.hosts.forEach((h, i) => errors.push(...shapeErrors('host', h, `${at} host ${i}`)));
  o.aliases.forEach((a, i) => { if (typeof a !== 'string') errors.push(...shapeErrors('alias', a, `${at} alias ${i}`)); });
  for (const c of o.cookies) if (c.storage !== undefined && !STORAGE.has(c.storage)) errors.push(`${at}: ${c.name} bad storage`);
  if (o.kind !== undefined && !KINDS.has(o.kind)) errors.push(`${at}: bad kind ${o.kind}`);
  return errors;
}

export function validateVendors(vendors: readonly VendorFact[]): string[] {
  const errors: string[] = [];
  vendors.forEach((v, i) => errors.push(...shapeOfVendor(v, `vendor #${i}`)));
  if (errors.length) return errors;
  const ids = new Set<string>();
  for (const v of vendors) {
    const at = `vendor ${v.id}`;
    if (!ID.test(v.id)) errors.push(`${at}: id must be lowercase letters, digits and dashes`);
    if (ids.has(v.id)) errors.push(`${at}: duplicate id`);
    ids.add(v.id);
    if (!v.name.trim()) errors.push(`${at}: empty name`);
    if (!CATEGORIES.includes(v.category) || v.category === 'unknown') errors.push(`${at}: bad category ${v.category}`);
    if (!isUrl(v.source)) errors.push(`${at}: source is not a URL`);
    if (v.hosts.length === 0 && v.cookies.length === 0) errors.push(`${at}: neither hosts nor cookies`);
    const hostKeys = new Set<string>();
    for (const h of v.hosts) {
      if (!HOST.test(h.host)) errors.push(`${at}: bad host ${h.host}`);
      if (h.path !== undefined && !h.path.startsWith('/')) errors.push(`${at}: path must start with / (${h.path})`);
      if (!isUrl(h.source)) errors.push(`${at}: host ${h.host} source is not a URL`);
      const key = `${h.host}${h.path ?? ''}`;
      if (hostKeys.has(key)) errors.push(`${at}: duplicate host ${key}`);
      hostKeys.add(key);
    }
    const cookieKeys = new Set<string>();
    for (const c of v.cookies) {
      if (!NAME.test(c.name) || c.name === '*') errors.push(`${at}: bad cookie name ${JSON.stringify(c.name)}`);
      if (c.name.startsWith('*')) errors.push(`${at}: ${c.name} must start with a literal`);
      if (!CATEGORIES.includes(c.category) || c.category === 'unknown') errors.push(`${at}: ${c.name} bad category`);
      if (c.lifetime !== undefined && c.lifetime !== null && !(Number.isInteger(c.lifetime) && c.lifetime > 0)) {
        errors.push(`${at}: ${c.name} lifetime must be positive whole seconds`);
      }
      if (!isUrl(c.source)) errors.push(`${at}: ${c.name} source is not a URL`);
      const key = `${c.storage ?? 'cookie'}:${c.name}`;
      if (cookieKeys.has(key)) errors.push(`${at}: duplicate cookie ${key}`);
      cookieKeys.add(key);
      if (c.vendorHostsOnly && v.hosts.length === 0) errors.push(`${at}: ${c.name} is vendor-hosts-only but the vendor has no hosts`);
    }
    for (const a of v.aliases) {
      const text = typeof a === 'string' ? a : a.text;
      if (text.trim().length < 2) errors.push(`${at}: alias too short ${JSON.stringify(text)}`);
    }
  }
  return errors;
}
