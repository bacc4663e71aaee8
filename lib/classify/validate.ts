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

export function validateVendors(vendors: readonly VendorFact[]): string[] {
  const errors: string[] = [];
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
