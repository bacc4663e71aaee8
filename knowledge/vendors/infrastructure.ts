// CDNs, bot protection, payments and server frameworks: what they set is needed for the site to
// work or to be safe, so it is necessary, not tracking.
import type { VendorFact } from '../schema';
import { DAY, HOUR, MINUTE, MONTH, YEAR } from '../units';

const CLOUDFLARE = 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/';
const CF_CDFUID = 'https://blog.cloudflare.com/deprecating-cloudflare-cookie/';
const AKAMAI = 'https://techdocs.akamai.com/bot-manager/docs/cookies-bot-manager';
const AWS_ELB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html';
const IMPERVA = 'https://docs.imperva.com/bundle/cloud-application-security/page/cookies.htm';
const DDOSGUARD = 'https://ddos-guard.net/en/info/cookie-policy';
const STRIPE = 'https://stripe.com/legal/cookies-policy';
const STRIPE_JS = 'https://docs.stripe.com/js';
const PAYPAL = 'https://www.paypal.com/us/legalhub/paypal/cookie-full';
const PHP = 'https://www.php.net/manual/en/session.configuration.php';
const JAVA = 'https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0#session-tracking-mechanisms';
const ASPNET = 'https://learn.microsoft.com/en-us/aspnet/core/security/anti-request-forgery';
const ASPNET_SESSION = 'https://learn.microsoft.com/en-us/dotnet/api/system.web.sessionstate.sessionidmanager';
const DJANGO = 'https://docs.djangoproject.com/en/5.0/ref/settings/#session-cookie-name';
const LARAVEL = 'https://laravel.com/docs/11.x/session';
const WORDPRESS = 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/';
const JSDELIVR = 'https://www.jsdelivr.com/terms/privacy-policy-jsdelivr-net';

export const INFRASTRUCTURE: VendorFact[] = [
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['Cloudflare', 'Клаудфлэр', 'Клаудфлер', 'Cloudflare Turnstile'],
    hosts: [
      { host: 'cdnjs.cloudflare.com', source: CLOUDFLARE },
      { host: 'challenges.cloudflare.com', source: CLOUDFLARE },
      { host: 'cloudflareinsights.com', category: 'analytics', tracker: true, source: CLOUDFLARE },
      { host: 'static.cloudflareinsights.com', category: 'analytics', tracker: true, source: CLOUDFLARE },
    ],
    cookies: [
      { name: '__cf_bm', category: 'necessary', lifetime: 30 * MINUTE, source: CLOUDFLARE },
      { name: 'cf_clearance', category: 'necessary', lifetime: 30 * MINUTE, source: CLOUDFLARE },
      { name: '__cfduid', category: 'necessary', lifetime: MONTH, retired: true, source: CF_CDFUID },
      { name: '_cfuvid', category: 'necessary', lifetime: null, source: CLOUDFLARE },
      { name: '__cflb', category: 'necessary', lifetime: DAY, source: CLOUDFLARE },
      { name: '__cfruid', category: 'necessary', lifetime: null, source: CLOUDFLARE },
      { name: '__cfwaitingroom', category: 'necessary', lifetime: DAY, source: CLOUDFLARE },
      { name: 'cf_ob_info', category: 'necessary', lifetime: 30, source: CLOUDFLARE },
      { name: 'cf_use_ob', category: 'necessary', lifetime: 30, source: CLOUDFLARE },
      { name: '__cfseq-*', category: 'necessary', lifetime: null, source: CLOUDFLARE },
      { name: 'cf_chl_*', category: 'necessary', lifetime: HOUR, source: CLOUDFLARE },
    ],
    source: CLOUDFLARE,
  },
  {
    id: 'akamai',
    name: 'Akamai Bot Manager',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['Akamai', 'Акамай'],
    hosts: [{ host: 'akamaihd.net', source: AKAMAI }, { host: 'akamaized.net', source: AKAMAI }, { host: 'go-mpulse.net', category: 'analytics', tracker: true, source: AKAMAI }],
    cookies: [
      { name: '_abck', category: 'necessary', lifetime: YEAR, source: AKAMAI },
      { name: 'ak_bmsc', category: 'necessary', lifetime: 2 * HOUR, source: AKAMAI },
      { name: 'bm_sv', category: 'necessary', lifetime: 2 * HOUR, source: AKAMAI },
      { name: 'bm_sz', category: 'necessary', lifetime: 4 * HOUR, source: AKAMAI },
      { name: 'bm_mi', category: 'necessary', lifetime: 2 * HOUR, source: AKAMAI },
    ],
    source: AKAMAI,
  },
  {
    id: 'aws-elb',
    name: 'AWS Elastic Load Balancing',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['Amazon Web Services', 'AWS'],
    hosts: [],
    cookies: [
      { name: 'AWSALB', category: 'necessary', lifetime: 7 * DAY, source: AWS_ELB },
      { name: 'AWSALBCORS', category: 'necessary', lifetime: 7 * DAY, source: AWS_ELB },
      { name: 'AWSALBTG', category: 'necessary', lifetime: 7 * DAY, source: AWS_ELB },
      { name: 'AWSALBTGCORS', category: 'necessary', lifetime: 7 * DAY, source: AWS_ELB },
      { name: 'AWSELB', category: 'necessary', lifetime: null, source: AWS_ELB },
      { name: 'AWSELBCORS', category: 'necessary', lifetime: null, source: AWS_ELB },
    ],
    source: AWS_ELB,
  },
  {
    id: 'imperva',
    name: 'Imperva (Incapsula)',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['Imperva', 'Incapsula'],
    hosts: [{ host: 'incapsula.com', source: IMPERVA }],
    cookies: [
      { name: 'visid_incap_*', category: 'necessary', lifetime: YEAR, source: IMPERVA },
      { name: 'incap_ses_*', category: 'necessary', lifetime: null, source: IMPERVA },
      { name: 'nlbi_*', category: 'necessary', lifetime: null, source: IMPERVA },
      { name: 'reese84', category: 'necessary', lifetime: 30 * DAY, source: IMPERVA },
    ],
    source: IMPERVA,
  },
  {
    id: 'ddos-guard',
    name: 'DDoS-Guard',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['DDoS-Guard', 'DDoS Guard', 'ДДоС-Гард'],
    hosts: [{ host: 'ddos-guard.net', source: DDOSGUARD }, { host: 'check.ddos-guard.net', source: DDOSGUARD }],
    cookies: [
      { name: '__ddg1_', category: 'necessary', lifetime: YEAR, source: DDOSGUARD },
      { name: '__ddg2_', category: 'necessary', lifetime: YEAR, source: DDOSGUARD },
      { name: '__ddgid_', category: 'necessary', lifetime: null, source: DDOSGUARD },
      { name: '__ddgmark_', category: 'necessary', lifetime: null, source: DDOSGUARD },
      { name: '__ddg*', category: 'necessary', source: DDOSGUARD },
      { name: 'ddg_last_challenge', category: 'necessary', lifetime: HOUR, source: DDOSGUARD },
    ],
    source: DDOSGUARD,
  },
  {
    id: 'stripe',
    name: 'Stripe',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['Stripe', 'Страйп'],
    hosts: [{ host: 'js.stripe.com', source: STRIPE_JS }, { host: 'm.stripe.network', source: STRIPE }, { host: 'stripe.com', source: STRIPE }, { host: 'stripe.network', source: STRIPE }, { host: 'm.stripe.com', source: STRIPE }],
    cookies: [
      { name: '__stripe_mid', category: 'necessary', lifetime: YEAR, source: STRIPE },
      { name: '__stripe_sid', category: 'necessary', lifetime: 30 * MINUTE, source: STRIPE },
      { name: 'm', category: 'necessary', lifetime: 2 * YEAR, vendorHostsOnly: true, source: STRIPE },
    ],
    source: STRIPE,
  },
  {
    id: 'paypal',
    name: 'PayPal',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['PayPal', 'ПэйПал'],
    hosts: [{ host: 'paypal.com', source: PAYPAL }, { host: 'www.paypalobjects.com', source: PAYPAL }, { host: 'paypalobjects.com', source: PAYPAL }],
    cookies: [
      { name: 'ts', category: 'necessary', lifetime: 3 * YEAR, vendorHostsOnly: true, source: PAYPAL },
      { name: 'ts_c', category: 'necessary', lifetime: 3 * YEAR, vendorHostsOnly: true, source: PAYPAL },
      { name: 'x-pp-s', category: 'necessary', lifetime: null, vendorHostsOnly: true, source: PAYPAL },
      { name: 'tsrce', category: 'necessary', lifetime: 3 * DAY, vendorHostsOnly: true, source: PAYPAL },
    ],
    source: PAYPAL,
  },
  {
    id: 'jsdelivr',
    name: 'jsDelivr CDN',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['jsDelivr'],
    hosts: [{ host: 'cdn.jsdelivr.net', source: JSDELIVR }],
    cookies: [],
    source: JSDELIVR,
  },
  {
    id: 'php-session',
    name: 'PHP session',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: [],
    hosts: [],
    cookies: [{ name: 'PHPSESSID', category: 'necessary', lifetime: null, source: PHP }],
    source: PHP,
  },
  {
    id: 'java-servlet',
    name: 'Java servlet session',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: [],
    hosts: [],
    cookies: [{ name: 'JSESSIONID', category: 'necessary', lifetime: null, source: JAVA }],
    source: JAVA,
  },
  {
    id: 'aspnet',
    name: 'ASP.NET',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: [],
    hosts: [],
    cookies: [
      { name: 'ASP.NET_SessionId', category: 'necessary', lifetime: null, source: ASPNET_SESSION },
      { name: '.ASPXAUTH', category: 'necessary', lifetime: null, source: ASPNET_SESSION },
      { name: '.AspNetCore.Antiforgery.*', category: 'necessary', lifetime: null, source: ASPNET },
      { name: '.AspNetCore.Session', category: 'necessary', lifetime: null, source: ASPNET },
      { name: '.AspNetCore.Cookies', category: 'necessary', lifetime: null, source: ASPNET },
      { name: '__RequestVerificationToken*', category: 'necessary', lifetime: null, source: ASPNET },
      { name: 'ASPSESSIONID*', category: 'necessary', lifetime: null, source: ASPNET_SESSION },
    ],
    source: ASPNET,
  },
  {
    id: 'django',
    name: 'Django',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: [],
    hosts: [],
    cookies: [
      { name: 'csrftoken', category: 'necessary', lifetime: YEAR, source: DJANGO },
      { name: 'sessionid', category: 'necessary', lifetime: 2 * 7 * DAY, source: DJANGO },
      { name: 'django_language', category: 'functional', lifetime: null, source: DJANGO },
    ],
    source: DJANGO,
  },
  {
    id: 'laravel',
    name: 'Laravel',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: [],
    hosts: [],
    cookies: [
      { name: 'laravel_session', category: 'necessary', lifetime: 2 * HOUR, source: LARAVEL },
      { name: 'XSRF-TOKEN', category: 'necessary', lifetime: 2 * HOUR, source: LARAVEL },
    ],
    source: LARAVEL,
  },
  {
    id: 'wordpress',
    name: 'WordPress',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: [],
    hosts: [{ host: 'stats.wp.com', category: 'analytics', tracker: true, source: WORDPRESS }, { host: 'pixel.wp.com', category: 'analytics', tracker: true, source: WORDPRESS }],
    cookies: [
      { name: 'wordpress_logged_in_*', category: 'necessary', lifetime: null, source: WORDPRESS },
      { name: 'wordpress_sec_*', category: 'necessary', lifetime: null, source: WORDPRESS },
      { name: 'wordpress_test_cookie', category: 'necessary', lifetime: null, source: WORDPRESS },
      { name: 'wp-settings-time-*', category: 'functional', lifetime: YEAR, source: WORDPRESS },
      { name: 'wp-settings-*', category: 'functional', lifetime: YEAR, source: WORDPRESS },
      { name: 'comment_author_*', category: 'functional', lifetime: 347 * DAY, source: WORDPRESS },
      { name: 'wp_lang', category: 'functional', lifetime: null, source: WORDPRESS },
    ],
    source: WORDPRESS,
  },
];
