// A throw-away certificate for all lab host names, made at each start (about 50 ms with an EC
// key). Chromium runs with --ignore-certificate-errors, so no CA has to be installed anywhere.
import { generate } from 'selfsigned';

export interface LabCertificate {
  key: string;
  cert: string;
}

export async function makeCertificate(hosts: string[]): Promise<LabCertificate> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'Consent Auditor lab' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 24 * 3600 * 1000),
    notAfterDate: new Date(now + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...hosts.map((value) => ({ type: 2 as const, value })), { type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
