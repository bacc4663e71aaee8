// Words that tell the readers what a sentence is about: cookies or storage, prefixes, other sites'
// cookies, examples, lifetimes for all cookies at once. Lower-cased text in, yes or no out.

export const COOKIE_CONTEXT = /cookie|куки|кукі|файл|localstorage|sessionstorage|local storage|хранилищ|сховищ|storage|speicher|pixel|пиксел|піксел|маркер|токен|token/u;
export const PREFIX_CUE = /префикс|преф[іи]кс|начина[\p{L}]* с|починаю[\p{L}]* з|prefix|beginning with|starting with|start with|begin with|beginnen mit|präfix|beginnt mit/u;
/** Other sites' cookies named to explain what cookies are ("cookies of other sites such as remixlang"). */
export const OTHER_SITES = /other (?:web)?sites|других сайт|інших сайт|чужих сайт|anderer (?:web)?seiten|anderen (?:web)?seiten|anderer websites|anderen websites|басқа сайт/u;
/** "So können zum Beispiel Cookie-Daten aussehen:": what follows is a sample, not a declaration. */
export const EXAMPLE_INTRO = /(?:for example|for instance|e\.g\.|например|наприклад|zum beispiel|z\. ?b\.|beispielsweise|мысалы)[^.]*(?:look|выгляд|вигляд|aussehen|aussieht|like)[^.]*:\s*$/u;
/** "all cookies expire after two years": a lifetime for every cookie without its own. */
export const ALL_COOKIES = /(?:^|[\s,(])(?:all|alle|все|всі|усі|барлық)\s+(?:[\p{L}-]+\s+){0,2}(?:cookie|куки|кукі|файл)/u;
/** A session lifetime needs words about a session of cookies or closing the browser, not "Session ID". */
export const SESSION_LIFETIME = /(?:session|сеанс|сесс|сесі|sitzung)[\p{L}]*[\s-]+(?:[\p{L}]+\s+)?(?:cookie|куки|кукі|файл)|(?:end|close|closing|конц|окончан|завершен|закрыт|закритт|кінц|заверш|ende|schließ)[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}(?:session|сеанс|сесс|сесі|sitzung|browser|браузер|вкладк|вікн|окн)|(?:session|сеанс|сесс|сесі|sitzung)[\p{L}]*\s+(?:end|ends|ended|заверш|закінч|оконч|endet)/u;
