// A lab site as the server sees it: the host names it answers for and one handler. The catalog
// entry that tests read (LAB_SITES in ../sites.ts) is plain data kept apart from this code.
import type { Assets } from '../assets';
import type { HostHandler } from '../http';

export interface SiteServer {
  hosts: string[];
  handle: HostHandler;
}

export type SiteFactory = (assets: Assets) => SiteServer;
