// The shape of the curated knowledge base. Every fact carries the public page it was read from,
// so an auditor can check it and a maintainer can re-check it when the vendor changes its SDK.
import type { Category, PolicyLanguage } from '../lib/model/types';

/** A spelling of the vendor's name as it may stand in a policy. */
export interface AliasFact {
  text: string;
  /** Only match in texts of these languages (e.g. bare "Метрика" is Yandex's only in ru/uk/kk). */
  langs?: PolicyLanguage[];
  /** Match the letter case exactly (short or common-word aliases such as "VK", "Метрика"). */
  caseSensitive?: boolean;
}

export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage';

export interface CookieFact {
  /**
   * Cookie or storage-key name. A trailing `*` makes it a prefix ("_ga_*"); a `*` elsewhere
   * stands for an embedded id ("mp_*_mixpanel", "_pk_id.*").
   */
  name: string;
  category: Category;
  /** Seconds; null for a session cookie; omitted when the vendor publishes no lifetime. */
  lifetime?: number | null;
  /** Defaults to the vendor's tracker flag. */
  tracker?: boolean;
  storage?: StorageKind;
  /** The name is too generic to claim unless it sits on one of the vendor's own hosts. */
  vendorHostsOnly?: boolean;
  /** The vendor has stopped setting it; still recognised in old policies and long-lived profiles. */
  retired?: boolean;
  source: string;
}

export interface HostFact {
  /** Host name or registrable domain; matches itself and its subdomains. */
  host: string;
  /** Only requests whose path starts with this belong to the vendor (e.g. "/recaptcha/"). */
  path?: string;
  /** Defaults to the vendor's category / tracker flag. */
  category?: Category;
  tracker?: boolean;
  source: string;
}

export interface VendorFact {
  /** Stable id used in findings and exports: lowercase, digits and dashes. */
  id: string;
  name: string;
  category: Category;
  /** Whether the vendor identifies or follows visitors for analytics or advertising. */
  tracker: boolean;
  aliases: (string | AliasFact)[];
  hosts: HostFact[];
  cookies: CookieFact[];
  /** Page that identifies the vendor and its product names. */
  source: string;
  /** Consent managers' own cookies are necessary: they remember the visitor's choice. */
  kind?: 'consent-manager' | 'infrastructure' | 'widget' | 'sdk';
}

/**
 * A tracker's hit recognised by its request shape (path and query), whatever the host. `path` and
 * every `params` value are regular-expression sources tested against the decoded path (no query)
 * and the decoded parameter; all listed parameters must be present and match.
 */
export interface RequestSignatureFact {
  id: string;
  /** Knowledge-base vendor id. */
  vendor: string;
  /** How the shape reads to an auditor, e.g. "/g/collect?v=2&tid=G-…". */
  shape: string;
  path: string;
  params: Record<string, string>;
  source: string;
  /** A second public page for the same fact. */
  also?: string;
}

/** A session recorder's script or endpoint (knowledge/recorders.ts). */
export interface RecorderFact {
  id: string;
  /** Knowledge-base vendor id, null when the knowledge base has no such vendor yet. */
  vendor: string | null;
  /** Display name when `vendor` is null. */
  name?: string;
  /** Host name; matches itself and its subdomains. */
  host: string;
  /** Regular-expression source tested against the request's path. */
  path?: string;
  source: string;
}
