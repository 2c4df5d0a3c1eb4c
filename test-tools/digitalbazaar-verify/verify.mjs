// Verifies Data Integrity proofs with Digital Bazaar's libraries (jsonld-signatures, data-integrity,
// eddsa-rdfc-2022-cryptosuite), offline: contexts and the issuer's DID document come from files.
// Usage: node verify.mjs <did.json> <context-url>=<file> ... -- <credential.json> ...
// Prints one line per credential: "<file> verified=<true|false> <error>".
import fs from 'node:fs';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const didDocument = JSON.parse(fs.readFileSync(args[0], 'utf8'));
const contexts = new Map(args.slice(1, split).map(a => {
  const i = a.indexOf('=');
  return [a.slice(0, i), JSON.parse(fs.readFileSync(a.slice(i + 1), 'utf8'))];
}));

async function documentLoader(url) {
  if (contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if (url === didDocument.id) {
    return {contextUrl: null, documentUrl: url, document: didDocument};
  }
  const method = (didDocument.verificationMethod || []).find(m => m.id === url);
  if (method) {
    return {contextUrl: null, documentUrl: url,
      document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}};
  }
  throw new Error('not available offline: ' + url);
}

const {purposes: {AssertionProofPurpose}} = jsigs;
for (const file of args.slice(split + 1)) {
  const credential = JSON.parse(fs.readFileSync(file, 'utf8'));
  const result = await jsigs.verify(credential, {
    suite: new DataIntegrityProof({cryptosuite}),
    purpose: new AssertionProofPurpose(),
    documentLoader
  });
  const error = result.verified ? '' : String(result.error && (result.error.errors || [result.error])
    .map(e => e.message).join('; ')).replace(/\s+/g, ' ');
  console.log(`${file} verified=${result.verified} ${error}`);
}
