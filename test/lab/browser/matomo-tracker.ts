// @datapunt/matomo-tracker-js as a site would bundle it into its own app code: exposed as
// window.MatomoTracker for the lab page. The class pushes _paq commands and loads matomo.js.
import MatomoTracker from '@datapunt/matomo-tracker-js';

Object.assign(window, { MatomoTracker });
