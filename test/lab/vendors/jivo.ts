// Jivo chat: no npm package exists, so code.jivo.ru serves the lab's EMULATION of the widget loader
// (static/emulations/jivo-widget.js) and takes its visit report as a beacon.
import { js } from '../http';
import { loadScript, type VendorFactory } from './vendor';

const HOST = 'code.jivo.ru';

export function jivoLoader(widgetId: string): string {
  return loadScript(`https://${HOST}/widget/${widgetId}`);
}

export const jivo: VendorFactory = (assets) => ({
  id: 'jivo',
  name: 'Jivo (emulation)',
  emulation: true,
  hosts: [HOST],
  async handle(req) {
    if (req.path.startsWith('/widget/visit/')) return { status: 204, beacon: true };
    if (/^\/widget\/\w+$/.test(req.path)) return js(await assets.own('emulations/jivo-widget.js'));
    return null;
  },
});
