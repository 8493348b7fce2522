/** Real-registry test infrastructure: docker-registry, umoci images, skopeo pushes, signature artifacts. */
export { buildImage, buildIndex, type BuiltLayout, type ImageSpec } from './images.js'
export { sendJson, startHttpServer, type TestServer } from './http-server.js'
export { deadPort, freePort } from './ports.js'
export { pushImage } from './push.js'
export { putBlob, putManifest, registryFetch } from './registry-fetch.js'
export {
  appendToFallbackIndex,
  BUNDLE_V03,
  type BundleReferrerOptions,
  type LegacyLayer,
  pushBundleReferrer,
  pushLegacySignature,
  SIMPLE_SIGNING
} from './signature-artifacts.js'
export {
  type RegistryAuth,
  type RunningRegistry,
  startRegistry,
  TEST_PASSWORD,
  TEST_USER
} from './start-registry.js'
export { describeWithRegistry, missingRegistryTools } from './tools.js'
export { type TokenServer } from './token-server.js'
