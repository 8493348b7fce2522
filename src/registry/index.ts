/** The registry capability: checks and the gate import it from here. */
export {
  type Credential,
  type DockerConfigCredentials,
  dockerConfigPath,
  loadDockerConfig,
  parseDockerConfig
} from './auth/credentials.js'
export { type FetchedConfig, RegistryClient, type ResolvedImage } from './client.js'
export type { ContainerConfig, HistoryEntry, ImageConfig } from './config.js'
export { digestOf, digestTag, isDigest } from './digest.js'
export { ImageResolutionError, RegistryError, type RegistryOperation } from './errors.js'
export type { FetchedManifest } from './fetchers.js'
export type { Descriptor, ImageIndex, ImageManifest, Manifest, Platform } from './manifest.js'
export { CosignAnnotation, isSigstoreBundleType, MediaType } from './media-types.js'
export { DEFAULT_PLATFORM, formatPlatform, parsePlatform } from './platform.js'
export type { Referrers } from './referrers.js'
export { resolveImageTargets, type TargetResolution } from './resolve-targets.js'
export {
  type BundleSignature,
  type LegacySignature,
  listBundleSignatures,
  listLegacySignatures,
  type SignatureListing
} from './signatures.js'
export type { RegistryClientOptions } from './transport.js'
export {
  type LocalImage,
  type LocalImageSource,
  parseLocalImageSource,
  readLocalImage
} from './local/index.js'
