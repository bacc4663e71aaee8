import type { MessageName } from '../lib/platform/i18n';

/** The translator every component receives as a prop. */
export type T = (name: MessageName, ...subs: string[]) => string;
