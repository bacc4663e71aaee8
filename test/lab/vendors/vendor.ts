// A third party the lab impersonates: the real host names it serves from and collects on, and
// one handler for all of them. `emulation` marks vendors with no npm package, whose browser code
// the lab wrote (each such script says so in its header).
import type { Assets } from '../assets';
import type { HostHandler } from '../http';

export interface Vendor {
  id: string;
  name: string;
  emulation: boolean;
  hosts: string[];
  handle: HostHandler;
}

export type VendorFactory = (assets: Assets) => Vendor;

/** A script tag that loads `src` asynchronously, then runs `onload` (a JS expression body). */
export function loadScript(src: string, onload = ''): string {
  const done = onload ? `s.onload=function(){${onload}};` : '';
  return `(function(){var s=document.createElement('script');s.async=true;s.src=${JSON.stringify(src)};${done}document.head.appendChild(s);})();`;
}
