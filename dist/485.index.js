export const id = 485;
export const ids = [485];
export const modules = {

/***/ 96485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COSIGN_SIGN_PREDICATE: () => (/* reexport */ COSIGN_SIGN_PREDICATE),
  bundledTrustedRoot: () => (/* reexport */ bundledTrustedRoot),
  compileSignaturePolicy: () => (/* reexport */ policy/* compileSignaturePolicy */.a),
  cosignArguments: () => (/* reexport */ cosignArguments),
  keyFingerprint: () => (/* reexport */ keys/* keyFingerprint */.yy),
  loadRunTrustedRoots: () => (/* binding */ loadRunTrustedRoots),
  loadTrustedRoot: () => (/* reexport */ loadTrustedRoot),
  parseTrustedRoot: () => (/* reexport */ parseTrustedRoot),
  policyAppliesTo: () => (/* reexport */ policy/* policyAppliesTo */.q),
  verifyImageSignatures: () => (/* reexport */ verifyImageSignatures),
  verifyWithCosign: () => (/* reexport */ verifyWithCosign)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/signing/trusted-root-text.ts
var trusted_root_text = __webpack_require__(1213);
;// CONCATENATED MODULE: ./src/signing/trusted-root.ts


// The public-good TUF seed that @sigstore/tuf ships: it embeds the current trusted_root.json (base64)
// as a target. Importing it here makes ncc bundle it, so the action needs no network to verify.




const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** Parses trusted_root.json text; throws a plain sentence when it is not one. */
function parseTrustedRoot(text) {
    const json = (0,trusted_root_text/* trustedRootJson */.i)(text);
    const root = dist.TrustedRoot.fromJSON(json);
    try {
        // Builds every key and certificate once, so a corrupt entry fails here and not mid-verification.
        (0,verify_dist/* toTrustMaterial */.jO)(root);
    }
    catch (error) {
        throw new Error(`it has an unreadable key or certificate (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    return root;
}
/** The public-good trusted root as shipped in @sigstore/tuf's seed: no network, no files. */
function bundledTrustedRoot() {
    const seed = seeds[PUBLIC_GOOD_MIRROR];
    const encoded = seed?.targets['trusted_root.json'];
    if (encoded === undefined)
        throw new Error('@sigstore/tuf no longer ships a public-good trusted_root.json seed');
    return {
        root: parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8')),
        source: 'the public-good Sigstore trusted root bundled with imagegate',
        notes: []
    };
}
/**
 * The trusted root for a run: the policy's file when given; else, when refresh is on, the TUF
 * repository's current root within the time limit; else (or when that fails) the bundled root.
 */
async function loadTrustedRoot(options) {
    if (options.path !== undefined) {
        return { root: parseTrustedRoot((0,external_node_fs_.readFileSync)(options.path, 'utf8')), source: options.path, notes: [] };
    }
    if (options.refresh === undefined)
        return bundledTrustedRoot();
    const { cachePath, timeoutMs, mirrorURL = PUBLIC_GOOD_MIRROR } = options.refresh;
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
        // Loaded only here: the TUF client (tuf-js, make-fetch-happen) is most of @sigstore's weight.
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(878), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const root = await Promise.race([
            getTrustedRoot({ cachePath, mirrorURL, timeout: timeoutMs, retry: false }),
            deadline
        ]);
        return { root, source: `Sigstore TUF (${mirrorURL})`, notes: [] };
    }
    catch (error) {
        const fallback = bundledTrustedRoot();
        const note = `could not refresh the Sigstore trusted root over TUF (${(0,errors/* errorMessage */.gJ)(error)}); used the bundled one`;
        return { ...fallback, notes: [note] };
    }
    finally {
        clearTimeout(timer);
    }
}
/** Trust material for one authority: the root's CAs and logs, and the policy key when there is one. */
function trustMaterialFor(root, key) {
    // cosign's key hint is sha256(SPKI); the policy names exactly one key, so the hint is not needed.
    return key === undefined
        ? (0,verify_dist/* toTrustMaterial */.jO)(root)
        : (0,verify_dist/* toTrustMaterial */.jO)(root, () => ({ publicKey: key, validFor: () => true }));
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
;// CONCATENATED MODULE: ./src/signing/prepared.ts

/** A signed claim that is malformed or of the wrong kind; `reason` is its RejectReason. */
class ClaimError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
/**
 * The same entity, but with the signature checked by verifyWithKey over `signedBytes`: @sigstore/verify
 * hashes with SHA-256 and default padding, which rejects Ed25519 and RSA-PSS keys cosign can sign with.
 */
function withSignatureCheck(entity, signedBytes, signature) {
    const original = entity.signature;
    return {
        ...entity,
        signature: {
            signature,
            compareSignature: other => original.compareSignature(other),
            compareDigest: digest => original.compareDigest(digest),
            verifySignature: (key) => (0,keys/* verifyWithKey */.Ft)(signedBytes, key, signature)
        }
    };
}

;// CONCATENATED MODULE: ./src/signing/bundle.ts






/** What cosign (v2.6+, v3 by default) signs for a container image. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
/**
 * Parses a Sigstore bundle (v0.1–v0.3) with @sigstore/bundle and prepares it for @sigstore/verify.
 * @sigstore/verify checks the envelope and its log entries but not what was signed, so the claims
 * (the in-toto subject, or the message digest) are returned for the caller's digest check.
 * Throws a plain sentence for a malformed bundle.
 */
function prepareBundleSignature(bytes, options) {
    if (bytes.length > MAX_BUNDLE_BYTES)
        throw new Error(`the bundle is larger than ${MAX_BUNDLE_BYTES} bytes`);
    let bundle;
    try {
        bundle = (0,bundle_dist/* bundleFromJSON */.vw)(JSON.parse(Buffer.from(bytes).toString('utf8')));
    }
    catch (error) {
        throw new Error(`not a Sigstore bundle: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const content = bundle.content;
    if (content.$case === 'dsseEnvelope') {
        const envelope = content.dsseEnvelope;
        const signature = envelope.signatures[0]?.sig;
        if (envelope.signatures.length !== 1 || signature === undefined) {
            throw new Error(`the DSSE envelope has ${envelope.signatures.length} signatures; a Sigstore bundle has exactly one`);
        }
        const signed = core_dist.dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
        return {
            entity: withSignatureCheck((0,verify_dist/* toSignedEntity */.DC)(bundle), signed, signature),
            claims: () => statementClaims(envelope.payloadType, envelope.payload, options.predicateTypes)
        };
    }
    const message = content.messageSignature;
    const manifest = options.manifest === undefined ? undefined : Buffer.from(options.manifest);
    return {
        // Without the manifest the signature check fails closed (bad-signature): there is nothing to verify over.
        entity: withSignatureCheck((0,verify_dist/* toSignedEntity */.DC)(bundle, manifest), manifest ?? Buffer.alloc(0), message.signature),
        claims: () => {
            if (message.messageDigest?.algorithm !== dist.HashAlgorithm.SHA2_256) {
                throw new ClaimError('malformed', 'the message signature is not over a SHA-256 digest');
            }
            return { digests: [`sha256:${Buffer.from(message.messageDigest.digest).toString('hex')}`] };
        }
    };
}
function statementClaims(payloadType, payload, predicateTypes) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new ClaimError('not-a-signature', `the envelope carries ${JSON.stringify(payloadType)}, not an in-toto statement`);
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new ClaimError('malformed', 'the in-toto statement is not JSON');
    }
    if (typeof statement?.predicateType !== 'string' || !predicateTypes.includes(statement.predicateType)) {
        throw new ClaimError('not-a-signature', `the statement's predicateType is ${JSON.stringify(statement?.predicateType)}, not ${predicateTypes.join(' or ')}`);
    }
    if (!Array.isArray(statement.subject))
        throw new ClaimError('malformed', 'the in-toto statement has no subject list');
    const digests = statement.subject
        .map(s => s?.digest?.sha256)
        .filter((d) => typeof d === 'string')
        .map(d => `sha256:${d}`);
    return { digests };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/exec.ts + 2 modules
var exec = __webpack_require__(11885);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/signing/legacy.ts






const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/**
 * Turns one legacy `.sig` layer into what @sigstore/verify checks, the way sigstore-go's OCI example
 * does: a v0.1 message-signature bundle over the payload, with the Fulcio certificate (when keyless)
 * and the Rekor entry rebuilt from the old cosign bundle annotation. The chain annotation is not
 * used: trust comes from the trusted root's Fulcio CAs, not from what the signature brings along.
 * Throws a plain sentence for a malformed layer.
 */
function prepareLegacySignature(payloadBytes, annotations) {
    const payload = Buffer.from(payloadBytes);
    const signature = decodeBase64(annotations[SIGNATURE_ANNOTATION], SIGNATURE_ANNOTATION);
    const certificatePem = annotations[CERTIFICATE_ANNOTATION];
    const rekor = annotations[REKOR_BUNDLE_ANNOTATION];
    const bundleJson = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certificatePem
                ? { x509CertificateChain: { certificates: [{ rawBytes: certificateDer(certificatePem) }] } }
                : { publicKey: { hint: '' } }),
            tlogEntries: rekor === undefined ? [] : [tlogEntryFromRekorBundle(rekor)],
            timestampVerificationData: { rfc3161Timestamps: [] }
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
            signature: signature.toString('base64')
        }
    };
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)((0,bundle_dist/* bundleFromJSON */.vw)(bundleJson), payload);
    }
    catch (error) {
        throw new Error(`the signature's verification material is malformed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return {
        entity: withSignatureCheck(entity, payload, signature),
        claims: () => legacyClaims(payload)
    };
}
/** The digests a simple-signing payload claims; throws when it is not a container image signature. */
function legacyClaims(payload) {
    let claim;
    try {
        claim = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new ClaimError('malformed', 'the payload is not JSON (expected a cosign simple-signing payload)');
    }
    const critical = claim?.critical;
    if (critical === undefined || critical === null || typeof critical !== 'object') {
        throw new ClaimError('malformed', 'the payload has no `critical` section');
    }
    if (critical.type !== SIMPLE_SIGNING_TYPE) {
        throw new ClaimError('not-a-signature', `the payload type is ${JSON.stringify(critical.type)}, not "${SIMPLE_SIGNING_TYPE}"`);
    }
    const digest = critical.image?.['docker-manifest-digest'];
    if (typeof digest !== 'string')
        throw new ClaimError('malformed', 'the payload names no docker-manifest-digest');
    return { digests: [digest] };
}
function tlogEntryFromRekorBundle(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} annotation is not JSON`);
    }
    const p = parsed?.Payload;
    if (typeof parsed?.SignedEntryTimestamp !== 'string' ||
        typeof p?.body !== 'string' ||
        typeof p.integratedTime !== 'number' ||
        typeof p.logIndex !== 'number' ||
        typeof p.logID !== 'string' ||
        !/^[0-9a-f]{64}$/.test(p.logID)) {
        throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} annotation lacks SignedEntryTimestamp or Payload fields`);
    }
    const body = decodeBase64(p.body, `${REKOR_BUNDLE_ANNOTATION} body`);
    let kind;
    try {
        kind = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new Error(`the ${REKOR_BUNDLE_ANNOTATION} body is not a Rekor entry`);
    }
    return {
        logIndex: String(p.logIndex),
        logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
        kindVersion: { kind: String(kind?.kind), version: String(kind?.apiVersion) },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
        canonicalizedBody: p.body
    };
}
function certificateDer(text) {
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
        throw new Error(`the ${CERTIFICATE_ANNOTATION} annotation is not a PEM certificate`);
    }
    return core_dist.pem.toDER(text).toString('base64');
}
function decodeBase64(text, what) {
    if (text === undefined)
        throw new Error(`the ${what} annotation is missing`);
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
        throw new Error(`the ${what} annotation is not base64`);
    }
    return Buffer.from(compact, 'base64');
}

// EXTERNAL MODULE: ./src/util/untrusted.ts
var untrusted = __webpack_require__(19630);
;// CONCATENATED MODULE: ./src/signing/verify-signature.ts




/**
 * Verifies one prepared signature under one authority, in the order that gives the most useful
 * reason: the kind of key, the transparency-log requirement, the certificate's validity when no
 * log vouches for the signing time, then @sigstore/verify (chain, SCT, log entry, signature), then
 * the signed claims (the image digest), then the identity.
 */
function verifyUnderAuthority(prepared, authority, trust, digest, now = new Date()) {
    const reject = (reason, detail) => ({
        authority: authority.name,
        reason,
        detail: boundedDetail(detail)
    });
    let entity = prepared.entity;
    const certificate = entity.key.$case === 'certificate' ? entity.key.certificate : undefined;
    if (authority.keyless && certificate === undefined) {
        return reject('no-certificate', 'signed with a key, but this authority accepts keyless (Fulcio) signatures only');
    }
    if (authority.tlog === 'required' && entity.tlogEntries.length === 0) {
        return reject('tlog-missing', 'no transparency-log (Rekor) entry, and this authority requires one');
    }
    // A key authority verifies with its own key, whatever certificate the signature carries (as cosign --key).
    if (authority.key)
        entity = { ...entity, key: { $case: 'public-key', hint: '' } };
    else if (certificate !== undefined && signedTimes(entity) === 0) {
        // Nothing vouches for when it was signed, so the certificate must be valid now (Fulcio's last 10 minutes).
        if (!certificate.validForDate(now)) {
            return reject('certificate-expired-without-tlog', `the certificate expired ${certificate.notAfter.toISOString()} and no log entry or timestamp shows it was used in time`);
        }
        entity = { ...entity, timestamps: [{ $case: 'transparency-log', tlogEntry: nowEntry(now) }] };
    }
    const verifier = new verify_dist/* Verifier */.BL(trust, {
        tlogThreshold: authority.tlog === 'required' ? 1 : 0,
        ctlogThreshold: authority.keyless && authority.ctlog === 'required' ? 1 : 0,
        timestampThreshold: 0
    });
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (error) {
        const { reason, detail } = explain(error);
        return reject(reason, detail);
    }
    let claimed;
    try {
        claimed = prepared.claims().digests;
    }
    catch (error) {
        return error instanceof ClaimError
            ? reject(error.reason, error.message)
            : reject('malformed', (0,errors/* errorMessage */.gJ)(error));
    }
    if (!claimed.includes(digest)) {
        return reject('digest-mismatch', `signed for ${claimed.join(', ') || 'no digest'}, not ${digest}`);
    }
    const tlog = tlogInfo(entity.tlogEntries[0]);
    if (authority.key)
        return { authority: authority.name, signer: { keyFingerprint: authority.key.fingerprint }, tlog };
    const identity = {
        issuer: signer.identity?.extensions?.issuer ?? '',
        subject: signer.identity?.subjectAlternativeName ?? ''
    };
    if (!authority.keyless?.identities.some(m => m.matches(identity))) {
        return reject('identity-mismatch', `signed by issuer=${identity.issuer || '(none)'} subject=${identity.subject || '(none)'}, ` +
            `which is none of: ${authority.keyless?.identities.map(m => m.label).join('; ')}`);
    }
    return { authority: authority.name, signer: { identity }, tlog };
}
/**
 * Details quote what a signature carries (identities, predicate types, cosign's stderr): one line, and
 * short, so a hostile signature cannot flood a report. Reporters still escape it for their format.
 */
function boundedDetail(text) {
    return (0,untrusted/* shortLine */.tl)(text, 400);
}
/** Timestamps @sigstore/verify can trust: log entries with a signed entry timestamp, and TSA stamps. */
function signedTimes(entity) {
    return entity.timestamps.filter(t => t.$case === 'timestamp-authority' || t.tlogEntry.inclusionPromise)
        .length;
}
/** A stand-in timestamp (now), so @sigstore/verify checks the chain at the current time. */
function nowEntry(now) {
    return {
        integratedTime: String(Math.floor(now.getTime() / 1000)),
        inclusionPromise: { signedEntryTimestamp: Buffer.alloc(0) },
        logId: { keyId: Buffer.alloc(0) }
    };
}
function tlogInfo(entry) {
    if (entry === undefined)
        return undefined;
    return {
        logIndex: entry.logIndex,
        integratedTime: new Date(Number(entry.integratedTime) * 1000).toISOString()
    };
}
/** Maps @sigstore/verify's error codes onto reasons a reader can act on. */
function explain(error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (error instanceof verify_dist/* PolicyError */.pn)
        return { reason: 'identity-mismatch', detail: message };
    if (!(error instanceof verify_dist/* VerificationError */.mk))
        return { reason: 'malformed', detail: message };
    switch (error.code) {
        case 'SIGNATURE_ERROR':
            return {
                reason: 'bad-signature',
                detail: 'the signature does not verify over the payload with the key'
            };
        case 'TLOG_BODY_ERROR':
            if (/digest mismatch/.test(message)) {
                return {
                    reason: 'payload-changed',
                    detail: 'the payload differs from the one recorded in the transparency log'
                };
            }
            if (/signature mismatch/.test(message)) {
                return {
                    reason: 'bad-signature',
                    detail: 'the signature differs from the one recorded in the transparency log'
                };
            }
            return { reason: 'tlog-invalid', detail: `the transparency-log entry does not match: ${message}` };
        case 'TLOG_INCLUSION_PROMISE_ERROR':
            return {
                reason: 'tlog-invalid',
                detail: `the Rekor signed entry timestamp (SET) does not verify: ${message}`
            };
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return { reason: 'tlog-invalid', detail: `the Rekor inclusion proof does not verify: ${message}` };
        case 'TLOG_ERROR':
            return { reason: 'tlog-missing', detail: message };
        case 'CERTIFICATE_ERROR':
            if (/SCT/.test(message))
                return { reason: 'sct-missing', detail: `no valid certificate-transparency timestamp: ${message}` };
            return {
                reason: 'untrusted-certificate',
                detail: `the certificate does not chain to a trusted Fulcio CA: ${message}`
            };
        case 'PUBLIC_KEY_ERROR':
            return { reason: 'key-invalid', detail: message };
        default:
            return { reason: 'tlog-invalid', detail: message };
    }
}

;// CONCATENATED MODULE: ./src/signing/cosign-cli.ts






/** Variables `cosign verify` may need (registry auth, KMS providers, proxies, Sigstore config); nothing else. */
const ENV_ALLOWED = /^(PATH|HOME|TMPDIR|DOCKER_CONFIG|SSL_CERT_(FILE|DIR)|(HTTPS?|NO)_PROXY|(https?|no)_proxy|TUF_ROOT|SIGSTORE_.*|COSIGN_(REPOSITORY|EXPERIMENTAL|DOCKER_MEDIA_TYPES)|AWS_.*|GOOGLE_.*|CLOUDSDK_.*|AZURE_.*|VAULT_.*)$/;
/**
 * `cosign verify` arguments for one authority (and, for keyless, one identity): the policy's
 * requirements as flags. cosign matches regular expressions as substrings; the policy's are
 * full-match, so they go in wrapped as `^(?:…)$`. `optional` log/SCT requirements become cosign's
 * `--insecure-ignore-*` flags, since cosign has no "check when present".
 */
function cosignArguments(reference, authority, policy, keyFile, identity) {
    const args = ['verify', '--output', 'json'];
    if (authority.kms !== undefined)
        args.push('--key', authority.kms);
    else if (keyFile !== undefined)
        args.push('--key', keyFile);
    if (identity !== undefined) {
        for (const field of ['issuer', 'subject']) {
            const flag = field === 'issuer' ? '--certificate-oidc-issuer' : '--certificate-identity';
            if (identity[field] !== undefined)
                args.push(flag, identity[field]);
            else
                args.push(`${flag}-regexp`, `^(?:${identity[`${field}RegExp`]})$`);
        }
        if (authority.ctlog === 'optional')
            args.push('--insecure-ignore-sct=true');
    }
    if (authority.tlog === 'optional')
        args.push('--insecure-ignore-tlog=true');
    const root = authority.trustedRootPath ?? policy.trustedRootPath;
    if (root !== undefined)
        args.push('--trusted-root', root);
    args.push(reference);
    return args;
}
/**
 * Verifies one image by running `cosign verify` once per authority (and keyless identity); an
 * authority passes when cosign exits 0 and every signature it prints names `digest`. Throws when
 * cosign cannot run at all (missing, timed out), so the caller fails closed with that message.
 */
async function verifyWithCosign(image, reference, digest, policy, options) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_os_.tmpdir(), 'imagegate-cosign-'));
    const signatures = [];
    try {
        for (const authority of policy.authorities) {
            let keyFile = authority.keyPath;
            if (keyFile === undefined && authority.key !== undefined) {
                keyFile = external_node_path_.join(dir, `${signatures.length}.pub`);
                (0,external_node_fs_.writeFileSync)(keyFile, authority.key.publicKey.export({ type: 'spki', format: 'pem' }));
            }
            const identities = authority.keyless?.raw ?? [undefined];
            for (const identity of identities) {
                const args = cosignArguments(reference, authority, policy, keyFile, identity);
                const run = await (0,exec/* runProcess */.R)(options.cosign ?? 'cosign', args, {
                    timeoutMs: options.timeoutMs,
                    environment: allowedEnv(options.env ?? process.env)
                });
                signatures.push(outcomeOf(run, authority, digest, identity));
            }
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    const satisfied = policy.authorities.filter(a => signatures.some(s => s.accepted.some(x => x.authority === a.name)));
    const verified = policy.authorities.length > 0 && satisfied.length >= policy.threshold;
    return {
        image,
        digest,
        verified,
        threshold: policy.threshold,
        satisfiedAuthorities: satisfied.map(a => a.name),
        signatures,
        summary: verified
            ? `verified by ${satisfied.map(a => a.name).join(', ')} (cosign verify)`
            : 'cosign verify found no signature the policy accepts'
    };
}
function outcomeOf(run, authority, digest, identity) {
    const source = `cosign verify (${authority.name})`;
    if (run.spawnError !== undefined) {
        throw new Error(`cannot run cosign (${run.spawnError}); install it (sigstore/cosign-installer) or use verifier: native`);
    }
    if (run.timedOut)
        throw new Error(`cosign verify did not finish within the time limit (${authority.name})`);
    const reject = (reason, detail) => ({
        source,
        format: 'legacy',
        accepted: [],
        rejected: [{ authority: authority.name, reason, detail: boundedDetail(detail) }]
    });
    if (run.exitCode !== 0) {
        return reject('bad-signature', `cosign verify exited ${run.exitCode}: ${run.stderrTail.slice(-3).join(' ')}`);
    }
    let items;
    try {
        items = JSON.parse(run.stdout.trim());
        if (!Array.isArray(items) || items.length === 0)
            throw new Error('not a list of signatures');
    }
    catch (error) {
        return reject('malformed', `cannot read cosign's JSON output: ${error.message}`);
    }
    const digests = items.map(i => i?.critical?.image?.['docker-manifest-digest']);
    if (!digests.every(d => d === digest)) {
        return reject('digest-mismatch', `cosign verified signatures for ${digests.map(String).join(', ')}, not ${digest}`);
    }
    const legacy = items.every(i => i.critical?.type === SIMPLE_SIGNING_TYPE);
    const signer = identity === undefined
        ? { keyFingerprint: authority.key?.fingerprint, kms: authority.kms }
        : {
            identity: {
                issuer: identity.issuer ?? identity.issuerRegExp,
                subject: identity.subject ?? identity.subjectRegExp
            }
        };
    return {
        source,
        format: legacy ? 'legacy' : 'bundle',
        accepted: [{ authority: authority.name, signer }],
        rejected: []
    };
}
function allowedEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => ENV_ALLOWED.test(name)));
}

// EXTERNAL MODULE: ./src/signing/policy.ts + 1 modules
var policy = __webpack_require__(56894);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/signing/verify-image.ts







// Building trust material parses every certificate and key of the root (~9 ms for the public-good
// one): once per root and authority for the run, not once per image.
const trustCache = new WeakMap();
function sharedTrustMaterial(root, authority) {
    let byAuthority = trustCache.get(root);
    if (byAuthority === undefined)
        trustCache.set(root, (byAuthority = new WeakMap()));
    let material = byAuthority.get(authority);
    if (material === undefined) {
        material = trustMaterialFor(root, authority.key?.publicKey);
        byAuthority.set(authority, material);
    }
    return material;
}
/**
 * Verifies every signature of one image under every authority, and decides: at least `threshold`
 * distinct authorities must each have `authority.threshold` distinct signers. Never throws; every
 * signature that does not count says why, per authority.
 */
function verifyImageSignatures(target, policy, options) {
    const trustFor = (authority) => sharedTrustMaterial(options.rootFor(authority.trustedRootPath ?? policy.trustedRootPath), authority);
    const predicateTypes = options.predicateTypes ?? [COSIGN_SIGN_PREDICATE];
    const signatures = target.signatures.map(input => checkSignature(input, target, policy.authorities, trustFor, predicateTypes, options.now));
    const satisfied = policy.authorities
        .filter(a => distinctSigners(signatures, a.name) >= a.threshold)
        .map(a => a.name);
    const verified = policy.authorities.length > 0 && satisfied.length >= policy.threshold;
    return {
        image: target.image,
        digest: target.digest,
        verified,
        threshold: policy.threshold,
        satisfiedAuthorities: satisfied,
        signatures,
        summary: summarize(verified, satisfied, policy, signatures)
    };
}
function checkSignature(input, target, authorities, trustFor, predicateTypes, now) {
    const outcome = { source: input.source, format: input.format, accepted: [], rejected: [] };
    let prepared;
    try {
        prepared =
            input.format === 'legacy'
                ? prepareLegacySignature(input.payload, input.annotations)
                : prepareBundleSignature(input.bundle, { predicateTypes, manifest: manifestOf(target) });
    }
    catch (error) {
        outcome.rejected = authorities.map(a => ({
            authority: a.name,
            reason: 'malformed',
            detail: boundedDetail((0,errors/* errorMessage */.gJ)(error))
        }));
        return outcome;
    }
    for (const authority of authorities) {
        if (authority.kms !== undefined)
            continue; // only `verifier: cosign` can use a KMS key
        const result = verifyUnderAuthority(prepared, authority, trustFor(authority), target.digest, now);
        if ('signer' in result)
            outcome.accepted.push(result);
        else
            outcome.rejected.push(result);
    }
    return outcome;
}
/** The manifest bytes only when they are the image's (their sha256 is the digest); else none. */
function manifestOf(target) {
    const { manifest, digest } = target;
    if (manifest === undefined)
        return undefined;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}` === digest ? manifest : undefined;
}
/** Signers, not signatures: the same identity signing twice is still one signer. */
function distinctSigners(signatures, authority) {
    const signers = new Set();
    for (const s of signatures)
        for (const a of s.accepted.filter((x) => x.authority === authority)) {
            signers.add(a.signer.keyFingerprint ?? `${a.signer.identity?.issuer}\n${a.signer.identity?.subject}`);
        }
    return signers.size;
}
function summarize(verified, satisfied, policy, signatures) {
    if (policy.authorities.length === 0)
        return 'no signature authorities in the policy: add `signatures.authorities`';
    if (verified)
        return `verified by ${satisfied.join(', ')}`;
    if (signatures.length === 0)
        return 'no signatures found for this digest';
    const need = policy.threshold === 1
        ? 'no authority verified'
        : `${satisfied.length} of ${policy.threshold} authorities verified`;
    const reasons = [...new Set(signatures.flatMap(s => s.rejected.map(r => r.reason)))];
    return `${need} any of ${(0,util_text/* plural */.LS)(signatures.length, 'signature')} (${reasons.join(', ') || 'thresholds not met'})`;
}

;// CONCATENATED MODULE: ./src/signing/index.ts







/**
 * Loads, once per run, every trusted root the policy names (its own and per-authority paths) and the
 * default one (bundled, or refreshed over TUF when `refresh` is given).
 */
async function loadRunTrustedRoots(policy, refresh) {
    const paths = new Set([policy.trustedRootPath, ...policy.authorities.map(a => a.trustedRootPath)].filter(p => p !== undefined));
    const loaded = new Map();
    const needsDefault = policy.trustedRootPath === undefined && policy.authorities.some(a => a.trustedRootPath === undefined);
    if (needsDefault)
        loaded.set(undefined, await loadTrustedRoot({ refresh }));
    for (const path of paths)
        loaded.set(path, await loadTrustedRoot({ path }));
    return {
        rootFor: path => {
            const root = loaded.get(path);
            if (root === undefined)
                throw new Error(`no trusted root was loaded for ${path ?? 'the default'}`);
            return root.root;
        },
        sources: [...loaded.values()].map(l => l.source),
        notes: [...loaded.values()].flatMap(l => l.notes)
    };
}


/***/ })

};
