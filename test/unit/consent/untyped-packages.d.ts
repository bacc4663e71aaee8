// The two consent-manager packages ship no types; the tests use only these entry points.
declare module 'klaro/dist/klaro-no-css.js' {
  export function getManager(config: object): { updateConsent(name: string, value: boolean): void; saveAndApplyConsents(): void };
}
// Sets window.cookieconsent as a side effect.
declare module 'cookieconsent/build/cookieconsent.min.js' {}
