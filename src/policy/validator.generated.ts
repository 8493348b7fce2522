/* eslint-disable */
// @ts-nocheck
// GENERATED from policies/schema.json by src/policy/generate-validator.ts; do not edit.
// Regenerate: UPDATE_GENERATED=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/policy/generated
// Precompiled so a run pays no ajv compile (~60 ms) at startup.
import { isCalendarDate } from './date.js'
export const validate = validate10
export default validate10
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { type: 'integer', const: 1 },
    mode: { type: 'string', enum: ['enforce', 'warn'] },
    dockerfile: {
      type: 'object',
      additionalProperties: false,
      properties: {
        failOn: { type: 'string', enum: ['error', 'warning', 'info', 'style', 'none'] },
        rules: {
          type: 'object',
          additionalProperties: false,
          patternProperties: {
            '^(DL|SC|IG)[0-9]+$': { type: 'string', enum: ['error', 'warning', 'info', 'style', 'off'] }
          }
        },
        shellcheck: { type: 'boolean' },
        shellcheckRequired: { type: 'boolean' },
        hadolintConfig: { type: 'boolean' },
        trustedRegistries: { type: 'array', items: { type: 'string', pattern: '\\S' } }
      }
    },
    vulnerabilities: {
      type: 'object',
      additionalProperties: false,
      properties: {
        scanners: { type: 'array', items: { type: 'string', enum: ['trivy', 'grype'] }, uniqueItems: true },
        failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
        gateOn: { type: 'string', enum: ['all', 'new'] },
        onlyFixed: { type: 'boolean' },
        severitySource: { type: 'string', enum: ['highest', 'trivy', 'grype'] },
        maxCount: {
          type: 'object',
          additionalProperties: false,
          properties: {
            critical: { type: 'integer', minimum: 0 },
            high: { type: 'integer', minimum: 0 },
            medium: { type: 'integer', minimum: 0 },
            low: { type: 'integer', minimum: 0 },
            info: { type: 'integer', minimum: 0 }
          }
        },
        cvssThreshold: { type: 'number', minimum: 0, maximum: 10 },
        failOnKnownExploited: { type: 'boolean' },
        epssThreshold: { type: 'number', minimum: 0, maximum: 1 },
        secretsFailOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
        ignoreFiles: { type: 'boolean' },
        timeoutSeconds: { type: 'integer', minimum: 10, maximum: 21600 }
      }
    },
    images: {
      type: 'object',
      additionalProperties: false,
      properties: {
        failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
        tags: {
          type: 'object',
          additionalProperties: false,
          properties: {
            forbidLatest: { type: 'boolean' },
            forbidUntagged: { type: 'boolean' },
            requireDigest: { type: 'boolean' }
          }
        },
        registries: {
          type: 'object',
          additionalProperties: false,
          properties: { allow: { type: 'array', items: { type: 'string', pattern: '\\S' } } }
        },
        platform: { type: 'string', pattern: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' }
      }
    },
    signatures: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: { type: 'boolean' },
        authorities: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            properties: {
              name: { type: 'string', pattern: '\\S' },
              key: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  path: { type: 'string', pattern: '\\S' },
                  data: { type: 'string', pattern: '\\S' },
                  kms: { type: 'string', pattern: '\\S' }
                }
              },
              keyless: {
                type: 'object',
                additionalProperties: false,
                required: ['identities'],
                properties: {
                  identities: {
                    type: 'array',
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      properties: {
                        issuer: { type: 'string', pattern: '\\S' },
                        issuerRegExp: { type: 'string', pattern: '\\S' },
                        subject: { type: 'string', pattern: '\\S' },
                        subjectRegExp: { type: 'string', pattern: '\\S' }
                      }
                    }
                  },
                  trustedRoot: { type: 'string', pattern: '\\S' }
                }
              },
              threshold: { type: 'integer', minimum: 1 },
              tlog: { type: 'string', enum: ['required', 'optional'] },
              ctlog: { type: 'string', enum: ['required', 'optional'] }
            }
          }
        },
        images: { type: 'array', items: { type: 'string', pattern: '\\S' } },
        threshold: { type: 'integer', minimum: 1 },
        trustedRoot: { type: 'string', pattern: '\\S' },
        verifier: { type: 'string', enum: ['native', 'cosign'] }
      }
    },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'reason'],
        properties: {
          id: { type: 'string', pattern: '^\\S+$' },
          package: { type: 'string', pattern: '\\S' },
          image: { type: 'string', pattern: '\\S' },
          reason: { type: 'string', pattern: '\\S' },
          expires: { type: 'string', format: 'date' }
        }
      }
    },
    report: {
      type: 'object',
      additionalProperties: false,
      properties: { comment: { type: 'string', enum: ['always', 'on-failure', 'update-only', 'never'] } }
    }
  }
}
const pattern0 = new RegExp('^(DL|SC|IG)[0-9]+$', 'u')
const pattern2 = new RegExp('\\S', 'u')
const pattern4 = new RegExp('^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$', 'u')
const pattern16 = new RegExp('^\\S+$', 'u')
const func2 = Object.prototype.hasOwnProperty
const formats0 = { date: isCalendarDate }.date
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
    for (const key0 in data) {
      if (!(
        key0 === 'version' ||
        key0 === 'mode' ||
        key0 === 'dockerfile' ||
        key0 === 'vulnerabilities' ||
        key0 === 'images' ||
        key0 === 'signatures' ||
        key0 === 'exceptions' ||
        key0 === 'report'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    if (data.version !== undefined) {
      let data0 = data.version
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema11.properties.version.type,
          parentSchema: schema11.properties.version,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err2]
        } else {
          vErrors.push(err2)
        }
        errors++
      }
      if (1 !== data0) {
        const err3 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
          schema: 1,
          parentSchema: schema11.properties.version,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err3]
        } else {
          vErrors.push(err3)
        }
        errors++
      }
    }
    if (data.mode !== undefined) {
      let data1 = data.mode
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.mode.type,
          parentSchema: schema11.properties.mode,
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
      if (!(data1 === 'enforce' || data1 === 'warn')) {
        const err5 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema11.properties.mode.enum,
          parentSchema: schema11.properties.mode,
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err5]
        } else {
          vErrors.push(err5)
        }
        errors++
      }
    }
    if (data.dockerfile !== undefined) {
      let data2 = data.dockerfile
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(
            key1 === 'failOn' ||
            key1 === 'rules' ||
            key1 === 'shellcheck' ||
            key1 === 'shellcheckRequired' ||
            key1 === 'hadolintConfig' ||
            key1 === 'trustedRegistries'
          )) {
            const err6 = {
              instancePath: instancePath + '/dockerfile',
              schemaPath: '#/properties/dockerfile/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.dockerfile,
              data: data2
            }
            if (vErrors === null) {
              vErrors = [err6]
            } else {
              vErrors.push(err6)
            }
            errors++
          }
        }
        if (data2.failOn !== undefined) {
          let data3 = data2.failOn
          if (typeof data3 !== 'string') {
            const err7 = {
              instancePath: instancePath + '/dockerfile/failOn',
              schemaPath: '#/properties/dockerfile/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.dockerfile.properties.failOn.type,
              parentSchema: schema11.properties.dockerfile.properties.failOn,
              data: data3
            }
            if (vErrors === null) {
              vErrors = [err7]
            } else {
              vErrors.push(err7)
            }
            errors++
          }
          if (!(
            data3 === 'error' ||
            data3 === 'warning' ||
            data3 === 'info' ||
            data3 === 'style' ||
            data3 === 'none'
          )) {
            const err8 = {
              instancePath: instancePath + '/dockerfile/failOn',
              schemaPath: '#/properties/dockerfile/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.dockerfile.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.dockerfile.properties.failOn.enum,
              parentSchema: schema11.properties.dockerfile.properties.failOn,
              data: data3
            }
            if (vErrors === null) {
              vErrors = [err8]
            } else {
              vErrors.push(err8)
            }
            errors++
          }
        }
        if (data2.rules !== undefined) {
          let data4 = data2.rules
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (!pattern0.test(key2)) {
                const err9 = {
                  instancePath: instancePath + '/dockerfile/rules',
                  schemaPath: '#/properties/dockerfile/properties/rules/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.dockerfile.properties.rules,
                  data: data4
                }
                if (vErrors === null) {
                  vErrors = [err9]
                } else {
                  vErrors.push(err9)
                }
                errors++
              }
            }
            for (const key3 in data4) {
              if (pattern0.test(key3)) {
                let data5 = data4[key3]
                if (typeof data5 !== 'string') {
                  const err10 = {
                    instancePath:
                      instancePath + '/dockerfile/rules/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/dockerfile/properties/rules/patternProperties/%5E(DL%7CSC%7CIG)%5B0-9%5D%2B%24/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema:
                      schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$']
                        .type,
                    parentSchema:
                      schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'],
                    data: data5
                  }
                  if (vErrors === null) {
                    vErrors = [err10]
                  } else {
                    vErrors.push(err10)
                  }
                  errors++
                }
                if (!(
                  data5 === 'error' ||
                  data5 === 'warning' ||
                  data5 === 'info' ||
                  data5 === 'style' ||
                  data5 === 'off'
                )) {
                  const err11 = {
                    instancePath:
                      instancePath + '/dockerfile/rules/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/dockerfile/properties/rules/patternProperties/%5E(DL%7CSC%7CIG)%5B0-9%5D%2B%24/enum',
                    keyword: 'enum',
                    params: {
                      allowedValues:
                        schema11.properties.dockerfile.properties.rules.patternProperties[
                          '^(DL|SC|IG)[0-9]+$'
                        ].enum
                    },
                    message: 'must be equal to one of the allowed values',
                    schema:
                      schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$']
                        .enum,
                    parentSchema:
                      schema11.properties.dockerfile.properties.rules.patternProperties['^(DL|SC|IG)[0-9]+$'],
                    data: data5
                  }
                  if (vErrors === null) {
                    vErrors = [err11]
                  } else {
                    vErrors.push(err11)
                  }
                  errors++
                }
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/dockerfile/rules',
              schemaPath: '#/properties/dockerfile/properties/rules/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.dockerfile.properties.rules.type,
              parentSchema: schema11.properties.dockerfile.properties.rules,
              data: data4
            }
            if (vErrors === null) {
              vErrors = [err12]
            } else {
              vErrors.push(err12)
            }
            errors++
          }
        }
        if (data2.shellcheck !== undefined) {
          let data6 = data2.shellcheck
          if (typeof data6 !== 'boolean') {
            const err13 = {
              instancePath: instancePath + '/dockerfile/shellcheck',
              schemaPath: '#/properties/dockerfile/properties/shellcheck/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.shellcheck.type,
              parentSchema: schema11.properties.dockerfile.properties.shellcheck,
              data: data6
            }
            if (vErrors === null) {
              vErrors = [err13]
            } else {
              vErrors.push(err13)
            }
            errors++
          }
        }
        if (data2.shellcheckRequired !== undefined) {
          let data7 = data2.shellcheckRequired
          if (typeof data7 !== 'boolean') {
            const err14 = {
              instancePath: instancePath + '/dockerfile/shellcheckRequired',
              schemaPath: '#/properties/dockerfile/properties/shellcheckRequired/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.shellcheckRequired.type,
              parentSchema: schema11.properties.dockerfile.properties.shellcheckRequired,
              data: data7
            }
            if (vErrors === null) {
              vErrors = [err14]
            } else {
              vErrors.push(err14)
            }
            errors++
          }
        }
        if (data2.hadolintConfig !== undefined) {
          let data8 = data2.hadolintConfig
          if (typeof data8 !== 'boolean') {
            const err15 = {
              instancePath: instancePath + '/dockerfile/hadolintConfig',
              schemaPath: '#/properties/dockerfile/properties/hadolintConfig/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.hadolintConfig.type,
              parentSchema: schema11.properties.dockerfile.properties.hadolintConfig,
              data: data8
            }
            if (vErrors === null) {
              vErrors = [err15]
            } else {
              vErrors.push(err15)
            }
            errors++
          }
        }
        if (data2.trustedRegistries !== undefined) {
          let data9 = data2.trustedRegistries
          if (Array.isArray(data9)) {
            const len0 = data9.length
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0]
              if (typeof data10 === 'string') {
                if (!pattern2.test(data10)) {
                  const err16 = {
                    instancePath: instancePath + '/dockerfile/trustedRegistries/' + i0,
                    schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                    data: data10
                  }
                  if (vErrors === null) {
                    vErrors = [err16]
                  } else {
                    vErrors.push(err16)
                  }
                  errors++
                }
              } else {
                const err17 = {
                  instancePath: instancePath + '/dockerfile/trustedRegistries/' + i0,
                  schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.dockerfile.properties.trustedRegistries.items.type,
                  parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                  data: data10
                }
                if (vErrors === null) {
                  vErrors = [err17]
                } else {
                  vErrors.push(err17)
                }
                errors++
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/dockerfile/trustedRegistries',
              schemaPath: '#/properties/dockerfile/properties/trustedRegistries/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.dockerfile.properties.trustedRegistries.type,
              parentSchema: schema11.properties.dockerfile.properties.trustedRegistries,
              data: data9
            }
            if (vErrors === null) {
              vErrors = [err18]
            } else {
              vErrors.push(err18)
            }
            errors++
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/dockerfile',
          schemaPath: '#/properties/dockerfile/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.dockerfile.type,
          parentSchema: schema11.properties.dockerfile,
          data: data2
        }
        if (vErrors === null) {
          vErrors = [err19]
        } else {
          vErrors.push(err19)
        }
        errors++
      }
    }
    if (data.vulnerabilities !== undefined) {
      let data11 = data.vulnerabilities
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        for (const key4 in data11) {
          if (!func2.call(schema11.properties.vulnerabilities.properties, key4)) {
            const err20 = {
              instancePath: instancePath + '/vulnerabilities',
              schemaPath: '#/properties/vulnerabilities/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.vulnerabilities,
              data: data11
            }
            if (vErrors === null) {
              vErrors = [err20]
            } else {
              vErrors.push(err20)
            }
            errors++
          }
        }
        if (data11.scanners !== undefined) {
          let data12 = data11.scanners
          if (Array.isArray(data12)) {
            const len1 = data12.length
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1]
              if (typeof data13 !== 'string') {
                const err21 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i1,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data13
                }
                if (vErrors === null) {
                  vErrors = [err21]
                } else {
                  vErrors.push(err21)
                }
                errors++
              }
              if (!(data13 === 'trivy' || data13 === 'grype')) {
                const err22 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i1,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data13
                }
                if (vErrors === null) {
                  vErrors = [err22]
                } else {
                  vErrors.push(err22)
                }
                errors++
              }
            }
            let i2 = data12.length
            let j0
            if (i2 > 1) {
              const indices0 = {}
              for (; i2--;) {
                let item0 = data12[i2]
                if (typeof item0 !== 'string') {
                  continue
                }
                if (typeof indices0[item0] == 'number') {
                  j0 = indices0[item0]
                  const err23 = {
                    instancePath: instancePath + '/vulnerabilities/scanners',
                    schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i2, j: j0 },
                    message:
                      'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                    data: data12
                  }
                  if (vErrors === null) {
                    vErrors = [err23]
                  } else {
                    vErrors.push(err23)
                  }
                  errors++
                  break
                }
                indices0[item0] = i2
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/vulnerabilities/scanners',
              schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.vulnerabilities.properties.scanners.type,
              parentSchema: schema11.properties.vulnerabilities.properties.scanners,
              data: data12
            }
            if (vErrors === null) {
              vErrors = [err24]
            } else {
              vErrors.push(err24)
            }
            errors++
          }
        }
        if (data11.failOn !== undefined) {
          let data14 = data11.failOn
          if (typeof data14 !== 'string') {
            const err25 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.failOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data14
            }
            if (vErrors === null) {
              vErrors = [err25]
            } else {
              vErrors.push(err25)
            }
            errors++
          }
          if (!(
            data14 === 'critical' ||
            data14 === 'high' ||
            data14 === 'medium' ||
            data14 === 'low' ||
            data14 === 'info' ||
            data14 === 'none'
          )) {
            const err26 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.failOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data14
            }
            if (vErrors === null) {
              vErrors = [err26]
            } else {
              vErrors.push(err26)
            }
            errors++
          }
        }
        if (data11.gateOn !== undefined) {
          let data15 = data11.gateOn
          if (typeof data15 !== 'string') {
            const err27 = {
              instancePath: instancePath + '/vulnerabilities/gateOn',
              schemaPath: '#/properties/vulnerabilities/properties/gateOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.gateOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.gateOn,
              data: data15
            }
            if (vErrors === null) {
              vErrors = [err27]
            } else {
              vErrors.push(err27)
            }
            errors++
          }
          if (!(data15 === 'all' || data15 === 'new')) {
            const err28 = {
              instancePath: instancePath + '/vulnerabilities/gateOn',
              schemaPath: '#/properties/vulnerabilities/properties/gateOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.gateOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.gateOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.gateOn,
              data: data15
            }
            if (vErrors === null) {
              vErrors = [err28]
            } else {
              vErrors.push(err28)
            }
            errors++
          }
        }
        if (data11.onlyFixed !== undefined) {
          let data16 = data11.onlyFixed
          if (typeof data16 !== 'boolean') {
            const err29 = {
              instancePath: instancePath + '/vulnerabilities/onlyFixed',
              schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
              parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
              data: data16
            }
            if (vErrors === null) {
              vErrors = [err29]
            } else {
              vErrors.push(err29)
            }
            errors++
          }
        }
        if (data11.severitySource !== undefined) {
          let data17 = data11.severitySource
          if (typeof data17 !== 'string') {
            const err30 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.severitySource.type,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data17
            }
            if (vErrors === null) {
              vErrors = [err30]
            } else {
              vErrors.push(err30)
            }
            errors++
          }
          if (!(data17 === 'highest' || data17 === 'trivy' || data17 === 'grype')) {
            const err31 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.severitySource.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.severitySource.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data17
            }
            if (vErrors === null) {
              vErrors = [err31]
            } else {
              vErrors.push(err31)
            }
            errors++
          }
        }
        if (data11.maxCount !== undefined) {
          let data18 = data11.maxCount
          if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
            for (const key5 in data18) {
              if (!(
                key5 === 'critical' ||
                key5 === 'high' ||
                key5 === 'medium' ||
                key5 === 'low' ||
                key5 === 'info'
              )) {
                const err32 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
                  data: data18
                }
                if (vErrors === null) {
                  vErrors = [err32]
                } else {
                  vErrors.push(err32)
                }
                errors++
              }
            }
            if (data18.critical !== undefined) {
              let data19 = data18.critical
              if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                const err33 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/critical/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                  data: data19
                }
                if (vErrors === null) {
                  vErrors = [err33]
                } else {
                  vErrors.push(err33)
                }
                errors++
              }
              if (typeof data19 == 'number' && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err34 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                    schemaPath:
                      '#/properties/vulnerabilities/properties/maxCount/properties/critical/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                    data: data19
                  }
                  if (vErrors === null) {
                    vErrors = [err34]
                  } else {
                    vErrors.push(err34)
                  }
                  errors++
                }
              }
            }
            if (data18.high !== undefined) {
              let data20 = data18.high
              if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
                const err35 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/high',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.high.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                  data: data20
                }
                if (vErrors === null) {
                  vErrors = [err35]
                } else {
                  vErrors.push(err35)
                }
                errors++
              }
              if (typeof data20 == 'number' && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err36 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/high',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                    data: data20
                  }
                  if (vErrors === null) {
                    vErrors = [err36]
                  } else {
                    vErrors.push(err36)
                  }
                  errors++
                }
              }
            }
            if (data18.medium !== undefined) {
              let data21 = data18.medium
              if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
                const err37 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                  data: data21
                }
                if (vErrors === null) {
                  vErrors = [err37]
                } else {
                  vErrors.push(err37)
                }
                errors++
              }
              if (typeof data21 == 'number' && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err38 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                    data: data21
                  }
                  if (vErrors === null) {
                    vErrors = [err38]
                  } else {
                    vErrors.push(err38)
                  }
                  errors++
                }
              }
            }
            if (data18.low !== undefined) {
              let data22 = data18.low
              if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
                const err39 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/low',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.low.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                  data: data22
                }
                if (vErrors === null) {
                  vErrors = [err39]
                } else {
                  vErrors.push(err39)
                }
                errors++
              }
              if (typeof data22 == 'number' && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                  const err40 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/low',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                    data: data22
                  }
                  if (vErrors === null) {
                    vErrors = [err40]
                  } else {
                    vErrors.push(err40)
                  }
                  errors++
                }
              }
            }
            if (data18.info !== undefined) {
              let data23 = data18.info
              if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                const err41 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/info',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.info.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                  data: data23
                }
                if (vErrors === null) {
                  vErrors = [err41]
                } else {
                  vErrors.push(err41)
                }
                errors++
              }
              if (typeof data23 == 'number' && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err42 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/info',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                    data: data23
                  }
                  if (vErrors === null) {
                    vErrors = [err42]
                  } else {
                    vErrors.push(err42)
                  }
                  errors++
                }
              }
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/vulnerabilities/maxCount',
              schemaPath: '#/properties/vulnerabilities/properties/maxCount/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.vulnerabilities.properties.maxCount.type,
              parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
              data: data18
            }
            if (vErrors === null) {
              vErrors = [err43]
            } else {
              vErrors.push(err43)
            }
            errors++
          }
        }
        if (data11.cvssThreshold !== undefined) {
          let data24 = data11.cvssThreshold
          if (typeof data24 == 'number' && isFinite(data24)) {
            if (data24 > 10 || isNaN(data24)) {
              const err44 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 10 },
                message: 'must be <= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data24
              }
              if (vErrors === null) {
                vErrors = [err44]
              } else {
                vErrors.push(err44)
              }
              errors++
            }
            if (data24 < 0 || isNaN(data24)) {
              const err45 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data24
              }
              if (vErrors === null) {
                vErrors = [err45]
              } else {
                vErrors.push(err45)
              }
              errors++
            }
          } else {
            const err46 = {
              instancePath: instancePath + '/vulnerabilities/cvssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.cvssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
              data: data24
            }
            if (vErrors === null) {
              vErrors = [err46]
            } else {
              vErrors.push(err46)
            }
            errors++
          }
        }
        if (data11.failOnKnownExploited !== undefined) {
          let data25 = data11.failOnKnownExploited
          if (typeof data25 !== 'boolean') {
            const err47 = {
              instancePath: instancePath + '/vulnerabilities/failOnKnownExploited',
              schemaPath: '#/properties/vulnerabilities/properties/failOnKnownExploited/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.failOnKnownExploited.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOnKnownExploited,
              data: data25
            }
            if (vErrors === null) {
              vErrors = [err47]
            } else {
              vErrors.push(err47)
            }
            errors++
          }
        }
        if (data11.epssThreshold !== undefined) {
          let data26 = data11.epssThreshold
          if (typeof data26 == 'number' && isFinite(data26)) {
            if (data26 > 1 || isNaN(data26)) {
              const err48 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data26
              }
              if (vErrors === null) {
                vErrors = [err48]
              } else {
                vErrors.push(err48)
              }
              errors++
            }
            if (data26 < 0 || isNaN(data26)) {
              const err49 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data26
              }
              if (vErrors === null) {
                vErrors = [err49]
              } else {
                vErrors.push(err49)
              }
              errors++
            }
          } else {
            const err50 = {
              instancePath: instancePath + '/vulnerabilities/epssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.epssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
              data: data26
            }
            if (vErrors === null) {
              vErrors = [err50]
            } else {
              vErrors.push(err50)
            }
            errors++
          }
        }
        if (data11.secretsFailOn !== undefined) {
          let data27 = data11.secretsFailOn
          if (typeof data27 !== 'string') {
            const err51 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data27
            }
            if (vErrors === null) {
              vErrors = [err51]
            } else {
              vErrors.push(err51)
            }
            errors++
          }
          if (!(
            data27 === 'critical' ||
            data27 === 'high' ||
            data27 === 'medium' ||
            data27 === 'low' ||
            data27 === 'info' ||
            data27 === 'none'
          )) {
            const err52 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.secretsFailOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data27
            }
            if (vErrors === null) {
              vErrors = [err52]
            } else {
              vErrors.push(err52)
            }
            errors++
          }
        }
        if (data11.ignoreFiles !== undefined) {
          let data28 = data11.ignoreFiles
          if (typeof data28 !== 'boolean') {
            const err53 = {
              instancePath: instancePath + '/vulnerabilities/ignoreFiles',
              schemaPath: '#/properties/vulnerabilities/properties/ignoreFiles/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.ignoreFiles.type,
              parentSchema: schema11.properties.vulnerabilities.properties.ignoreFiles,
              data: data28
            }
            if (vErrors === null) {
              vErrors = [err53]
            } else {
              vErrors.push(err53)
            }
            errors++
          }
        }
        if (data11.timeoutSeconds !== undefined) {
          let data29 = data11.timeoutSeconds
          if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
            const err54 = {
              instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
              schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.vulnerabilities.properties.timeoutSeconds.type,
              parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
              data: data29
            }
            if (vErrors === null) {
              vErrors = [err54]
            } else {
              vErrors.push(err54)
            }
            errors++
          }
          if (typeof data29 == 'number' && isFinite(data29)) {
            if (data29 > 21600 || isNaN(data29)) {
              const err55 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 21600 },
                message: 'must be <= 21600',
                schema: 21600,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data29
              }
              if (vErrors === null) {
                vErrors = [err55]
              } else {
                vErrors.push(err55)
              }
              errors++
            }
            if (data29 < 10 || isNaN(data29)) {
              const err56 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data29
              }
              if (vErrors === null) {
                vErrors = [err56]
              } else {
                vErrors.push(err56)
              }
              errors++
            }
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/vulnerabilities',
          schemaPath: '#/properties/vulnerabilities/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.vulnerabilities.type,
          parentSchema: schema11.properties.vulnerabilities,
          data: data11
        }
        if (vErrors === null) {
          vErrors = [err57]
        } else {
          vErrors.push(err57)
        }
        errors++
      }
    }
    if (data.images !== undefined) {
      let data30 = data.images
      if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
        for (const key6 in data30) {
          if (!(key6 === 'failOn' || key6 === 'tags' || key6 === 'registries' || key6 === 'platform')) {
            const err58 = {
              instancePath: instancePath + '/images',
              schemaPath: '#/properties/images/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.images,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err58]
            } else {
              vErrors.push(err58)
            }
            errors++
          }
        }
        if (data30.failOn !== undefined) {
          let data31 = data30.failOn
          if (typeof data31 !== 'string') {
            const err59 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.failOn.type,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data31
            }
            if (vErrors === null) {
              vErrors = [err59]
            } else {
              vErrors.push(err59)
            }
            errors++
          }
          if (!(
            data31 === 'critical' ||
            data31 === 'high' ||
            data31 === 'medium' ||
            data31 === 'low' ||
            data31 === 'info' ||
            data31 === 'none'
          )) {
            const err60 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.images.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.images.properties.failOn.enum,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data31
            }
            if (vErrors === null) {
              vErrors = [err60]
            } else {
              vErrors.push(err60)
            }
            errors++
          }
        }
        if (data30.tags !== undefined) {
          let data32 = data30.tags
          if (data32 && typeof data32 == 'object' && !Array.isArray(data32)) {
            for (const key7 in data32) {
              if (!(key7 === 'forbidLatest' || key7 === 'forbidUntagged' || key7 === 'requireDigest')) {
                const err61 = {
                  instancePath: instancePath + '/images/tags',
                  schemaPath: '#/properties/images/properties/tags/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.tags,
                  data: data32
                }
                if (vErrors === null) {
                  vErrors = [err61]
                } else {
                  vErrors.push(err61)
                }
                errors++
              }
            }
            if (data32.forbidLatest !== undefined) {
              let data33 = data32.forbidLatest
              if (typeof data33 !== 'boolean') {
                const err62 = {
                  instancePath: instancePath + '/images/tags/forbidLatest',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
                  data: data33
                }
                if (vErrors === null) {
                  vErrors = [err62]
                } else {
                  vErrors.push(err62)
                }
                errors++
              }
            }
            if (data32.forbidUntagged !== undefined) {
              let data34 = data32.forbidUntagged
              if (typeof data34 !== 'boolean') {
                const err63 = {
                  instancePath: instancePath + '/images/tags/forbidUntagged',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
                  data: data34
                }
                if (vErrors === null) {
                  vErrors = [err63]
                } else {
                  vErrors.push(err63)
                }
                errors++
              }
            }
            if (data32.requireDigest !== undefined) {
              let data35 = data32.requireDigest
              if (typeof data35 !== 'boolean') {
                const err64 = {
                  instancePath: instancePath + '/images/tags/requireDigest',
                  schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
                  data: data35
                }
                if (vErrors === null) {
                  vErrors = [err64]
                } else {
                  vErrors.push(err64)
                }
                errors++
              }
            }
          } else {
            const err65 = {
              instancePath: instancePath + '/images/tags',
              schemaPath: '#/properties/images/properties/tags/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.tags.type,
              parentSchema: schema11.properties.images.properties.tags,
              data: data32
            }
            if (vErrors === null) {
              vErrors = [err65]
            } else {
              vErrors.push(err65)
            }
            errors++
          }
        }
        if (data30.registries !== undefined) {
          let data36 = data30.registries
          if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
            for (const key8 in data36) {
              if (!(key8 === 'allow')) {
                const err66 = {
                  instancePath: instancePath + '/images/registries',
                  schemaPath: '#/properties/images/properties/registries/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.registries,
                  data: data36
                }
                if (vErrors === null) {
                  vErrors = [err66]
                } else {
                  vErrors.push(err66)
                }
                errors++
              }
            }
            if (data36.allow !== undefined) {
              let data37 = data36.allow
              if (Array.isArray(data37)) {
                const len2 = data37.length
                for (let i3 = 0; i3 < len2; i3++) {
                  let data38 = data37[i3]
                  if (typeof data38 === 'string') {
                    if (!pattern2.test(data38)) {
                      const err67 = {
                        instancePath: instancePath + '/images/registries/allow/' + i3,
                        schemaPath:
                          '#/properties/images/properties/registries/properties/allow/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                        data: data38
                      }
                      if (vErrors === null) {
                        vErrors = [err67]
                      } else {
                        vErrors.push(err67)
                      }
                      errors++
                    }
                  } else {
                    const err68 = {
                      instancePath: instancePath + '/images/registries/allow/' + i3,
                      schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                      parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                      data: data38
                    }
                    if (vErrors === null) {
                      vErrors = [err68]
                    } else {
                      vErrors.push(err68)
                    }
                    errors++
                  }
                }
              } else {
                const err69 = {
                  instancePath: instancePath + '/images/registries/allow',
                  schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.images.properties.registries.properties.allow.type,
                  parentSchema: schema11.properties.images.properties.registries.properties.allow,
                  data: data37
                }
                if (vErrors === null) {
                  vErrors = [err69]
                } else {
                  vErrors.push(err69)
                }
                errors++
              }
            }
          } else {
            const err70 = {
              instancePath: instancePath + '/images/registries',
              schemaPath: '#/properties/images/properties/registries/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.registries.type,
              parentSchema: schema11.properties.images.properties.registries,
              data: data36
            }
            if (vErrors === null) {
              vErrors = [err70]
            } else {
              vErrors.push(err70)
            }
            errors++
          }
        }
        if (data30.platform !== undefined) {
          let data39 = data30.platform
          if (typeof data39 === 'string') {
            if (!pattern4.test(data39)) {
              const err71 = {
                instancePath: instancePath + '/images/platform',
                schemaPath: '#/properties/images/properties/platform/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' },
                message: 'must match pattern "' + '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' + '"',
                schema: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$',
                parentSchema: schema11.properties.images.properties.platform,
                data: data39
              }
              if (vErrors === null) {
                vErrors = [err71]
              } else {
                vErrors.push(err71)
              }
              errors++
            }
          } else {
            const err72 = {
              instancePath: instancePath + '/images/platform',
              schemaPath: '#/properties/images/properties/platform/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.platform.type,
              parentSchema: schema11.properties.images.properties.platform,
              data: data39
            }
            if (vErrors === null) {
              vErrors = [err72]
            } else {
              vErrors.push(err72)
            }
            errors++
          }
        }
      } else {
        const err73 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.images.type,
          parentSchema: schema11.properties.images,
          data: data30
        }
        if (vErrors === null) {
          vErrors = [err73]
        } else {
          vErrors.push(err73)
        }
        errors++
      }
    }
    if (data.signatures !== undefined) {
      let data40 = data.signatures
      if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
        for (const key9 in data40) {
          if (!(
            key9 === 'required' ||
            key9 === 'authorities' ||
            key9 === 'images' ||
            key9 === 'threshold' ||
            key9 === 'trustedRoot' ||
            key9 === 'verifier'
          )) {
            const err74 = {
              instancePath: instancePath + '/signatures',
              schemaPath: '#/properties/signatures/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.signatures,
              data: data40
            }
            if (vErrors === null) {
              vErrors = [err74]
            } else {
              vErrors.push(err74)
            }
            errors++
          }
        }
        if (data40.required !== undefined) {
          let data41 = data40.required
          if (typeof data41 !== 'boolean') {
            const err75 = {
              instancePath: instancePath + '/signatures/required',
              schemaPath: '#/properties/signatures/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.signatures.properties.required.type,
              parentSchema: schema11.properties.signatures.properties.required,
              data: data41
            }
            if (vErrors === null) {
              vErrors = [err75]
            } else {
              vErrors.push(err75)
            }
            errors++
          }
        }
        if (data40.authorities !== undefined) {
          let data42 = data40.authorities
          if (Array.isArray(data42)) {
            const len3 = data42.length
            for (let i4 = 0; i4 < len3; i4++) {
              let data43 = data42[i4]
              if (data43 && typeof data43 == 'object' && !Array.isArray(data43)) {
                for (const key10 in data43) {
                  if (!(
                    key10 === 'name' ||
                    key10 === 'key' ||
                    key10 === 'keyless' ||
                    key10 === 'threshold' ||
                    key10 === 'tlog' ||
                    key10 === 'ctlog'
                  )) {
                    const err76 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4,
                      schemaPath: '#/properties/signatures/properties/authorities/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key10 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.signatures.properties.authorities.items,
                      data: data43
                    }
                    if (vErrors === null) {
                      vErrors = [err76]
                    } else {
                      vErrors.push(err76)
                    }
                    errors++
                  }
                }
                if (data43.name !== undefined) {
                  let data44 = data43.name
                  if (typeof data44 === 'string') {
                    if (!pattern2.test(data44)) {
                      const err77 = {
                        instancePath: instancePath + '/signatures/authorities/' + i4 + '/name',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.name,
                        data: data44
                      }
                      if (vErrors === null) {
                        vErrors = [err77]
                      } else {
                        vErrors.push(err77)
                      }
                      errors++
                    }
                  } else {
                    const err78 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/name',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.name.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.name,
                      data: data44
                    }
                    if (vErrors === null) {
                      vErrors = [err78]
                    } else {
                      vErrors.push(err78)
                    }
                    errors++
                  }
                }
                if (data43.key !== undefined) {
                  let data45 = data43.key
                  if (data45 && typeof data45 == 'object' && !Array.isArray(data45)) {
                    for (const key11 in data45) {
                      if (!(key11 === 'path' || key11 === 'data' || key11 === 'kms')) {
                        const err79 = {
                          instancePath: instancePath + '/signatures/authorities/' + i4 + '/key',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key11 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key,
                          data: data45
                        }
                        if (vErrors === null) {
                          vErrors = [err79]
                        } else {
                          vErrors.push(err79)
                        }
                        errors++
                      }
                    }
                    if (data45.path !== undefined) {
                      let data46 = data45.path
                      if (typeof data46 === 'string') {
                        if (!pattern2.test(data46)) {
                          const err80 = {
                            instancePath: instancePath + '/signatures/authorities/' + i4 + '/key/path',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/path/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.path,
                            data: data46
                          }
                          if (vErrors === null) {
                            vErrors = [err80]
                          } else {
                            vErrors.push(err80)
                          }
                          errors++
                        }
                      } else {
                        const err81 = {
                          instancePath: instancePath + '/signatures/authorities/' + i4 + '/key/path',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/properties/path/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema11.properties.signatures.properties.authorities.items.properties.key
                              .properties.path.type,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key
                              .properties.path,
                          data: data46
                        }
                        if (vErrors === null) {
                          vErrors = [err81]
                        } else {
                          vErrors.push(err81)
                        }
                        errors++
                      }
                    }
                    if (data45.data !== undefined) {
                      let data47 = data45.data
                      if (typeof data47 === 'string') {
                        if (!pattern2.test(data47)) {
                          const err82 = {
                            instancePath: instancePath + '/signatures/authorities/' + i4 + '/key/data',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/data/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.data,
                            data: data47
                          }
                          if (vErrors === null) {
                            vErrors = [err82]
                          } else {
                            vErrors.push(err82)
                          }
                          errors++
                        }
                      } else {
                        const err83 = {
                          instancePath: instancePath + '/signatures/authorities/' + i4 + '/key/data',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/properties/data/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema11.properties.signatures.properties.authorities.items.properties.key
                              .properties.data.type,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key
                              .properties.data,
                          data: data47
                        }
                        if (vErrors === null) {
                          vErrors = [err83]
                        } else {
                          vErrors.push(err83)
                        }
                        errors++
                      }
                    }
                    if (data45.kms !== undefined) {
                      let data48 = data45.kms
                      if (typeof data48 === 'string') {
                        if (!pattern2.test(data48)) {
                          const err84 = {
                            instancePath: instancePath + '/signatures/authorities/' + i4 + '/key/kms',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/kms/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.kms,
                            data: data48
                          }
                          if (vErrors === null) {
                            vErrors = [err84]
                          } else {
                            vErrors.push(err84)
                          }
                          errors++
                        }
                      } else {
                        const err85 = {
                          instancePath: instancePath + '/signatures/authorities/' + i4 + '/key/kms',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/properties/kms/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema11.properties.signatures.properties.authorities.items.properties.key
                              .properties.kms.type,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key
                              .properties.kms,
                          data: data48
                        }
                        if (vErrors === null) {
                          vErrors = [err85]
                        } else {
                          vErrors.push(err85)
                        }
                        errors++
                      }
                    }
                  } else {
                    const err86 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/key',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema11.properties.signatures.properties.authorities.items.properties.key.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.key,
                      data: data45
                    }
                    if (vErrors === null) {
                      vErrors = [err86]
                    } else {
                      vErrors.push(err86)
                    }
                    errors++
                  }
                }
                if (data43.keyless !== undefined) {
                  let data49 = data43.keyless
                  if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
                    if (data49.identities === undefined) {
                      const err87 = {
                        instancePath: instancePath + '/signatures/authorities/' + i4 + '/keyless',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/keyless/required',
                        keyword: 'required',
                        params: { missingProperty: 'identities' },
                        message: "must have required property '" + 'identities' + "'",
                        schema:
                          schema11.properties.signatures.properties.authorities.items.properties.keyless
                            .required,
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.keyless,
                        data: data49
                      }
                      if (vErrors === null) {
                        vErrors = [err87]
                      } else {
                        vErrors.push(err87)
                      }
                      errors++
                    }
                    for (const key12 in data49) {
                      if (!(key12 === 'identities' || key12 === 'trustedRoot')) {
                        const err88 = {
                          instancePath: instancePath + '/signatures/authorities/' + i4 + '/keyless',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/keyless/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key12 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless,
                          data: data49
                        }
                        if (vErrors === null) {
                          vErrors = [err88]
                        } else {
                          vErrors.push(err88)
                        }
                        errors++
                      }
                    }
                    if (data49.identities !== undefined) {
                      let data50 = data49.identities
                      if (Array.isArray(data50)) {
                        const len4 = data50.length
                        for (let i5 = 0; i5 < len4; i5++) {
                          let data51 = data50[i5]
                          if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
                            for (const key13 in data51) {
                              if (!(
                                key13 === 'issuer' ||
                                key13 === 'issuerRegExp' ||
                                key13 === 'subject' ||
                                key13 === 'subjectRegExp'
                              )) {
                                const err89 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i4 +
                                    '/keyless/identities/' +
                                    i5,
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key13 },
                                  message: 'must NOT have additional properties',
                                  schema: false,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items,
                                  data: data51
                                }
                                if (vErrors === null) {
                                  vErrors = [err89]
                                } else {
                                  vErrors.push(err89)
                                }
                                errors++
                              }
                            }
                            if (data51.issuer !== undefined) {
                              let data52 = data51.issuer
                              if (typeof data52 === 'string') {
                                if (!pattern2.test(data52)) {
                                  const err90 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i4 +
                                      '/keyless/identities/' +
                                      i5 +
                                      '/issuer',
                                    schemaPath:
                                      '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuer/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '\\S' },
                                    message: 'must match pattern "' + '\\S' + '"',
                                    schema: '\\S',
                                    parentSchema:
                                      schema11.properties.signatures.properties.authorities.items.properties
                                        .keyless.properties.identities.items.properties.issuer,
                                    data: data52
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err90]
                                  } else {
                                    vErrors.push(err90)
                                  }
                                  errors++
                                }
                              } else {
                                const err91 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i4 +
                                    '/keyless/identities/' +
                                    i5 +
                                    '/issuer',
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuer/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.issuer.type,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.issuer,
                                  data: data52
                                }
                                if (vErrors === null) {
                                  vErrors = [err91]
                                } else {
                                  vErrors.push(err91)
                                }
                                errors++
                              }
                            }
                            if (data51.issuerRegExp !== undefined) {
                              let data53 = data51.issuerRegExp
                              if (typeof data53 === 'string') {
                                if (!pattern2.test(data53)) {
                                  const err92 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i4 +
                                      '/keyless/identities/' +
                                      i5 +
                                      '/issuerRegExp',
                                    schemaPath:
                                      '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuerRegExp/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '\\S' },
                                    message: 'must match pattern "' + '\\S' + '"',
                                    schema: '\\S',
                                    parentSchema:
                                      schema11.properties.signatures.properties.authorities.items.properties
                                        .keyless.properties.identities.items.properties.issuerRegExp,
                                    data: data53
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err92]
                                  } else {
                                    vErrors.push(err92)
                                  }
                                  errors++
                                }
                              } else {
                                const err93 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i4 +
                                    '/keyless/identities/' +
                                    i5 +
                                    '/issuerRegExp',
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/issuerRegExp/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.issuerRegExp.type,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.issuerRegExp,
                                  data: data53
                                }
                                if (vErrors === null) {
                                  vErrors = [err93]
                                } else {
                                  vErrors.push(err93)
                                }
                                errors++
                              }
                            }
                            if (data51.subject !== undefined) {
                              let data54 = data51.subject
                              if (typeof data54 === 'string') {
                                if (!pattern2.test(data54)) {
                                  const err94 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i4 +
                                      '/keyless/identities/' +
                                      i5 +
                                      '/subject',
                                    schemaPath:
                                      '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subject/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '\\S' },
                                    message: 'must match pattern "' + '\\S' + '"',
                                    schema: '\\S',
                                    parentSchema:
                                      schema11.properties.signatures.properties.authorities.items.properties
                                        .keyless.properties.identities.items.properties.subject,
                                    data: data54
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err94]
                                  } else {
                                    vErrors.push(err94)
                                  }
                                  errors++
                                }
                              } else {
                                const err95 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i4 +
                                    '/keyless/identities/' +
                                    i5 +
                                    '/subject',
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subject/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.subject.type,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.subject,
                                  data: data54
                                }
                                if (vErrors === null) {
                                  vErrors = [err95]
                                } else {
                                  vErrors.push(err95)
                                }
                                errors++
                              }
                            }
                            if (data51.subjectRegExp !== undefined) {
                              let data55 = data51.subjectRegExp
                              if (typeof data55 === 'string') {
                                if (!pattern2.test(data55)) {
                                  const err96 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i4 +
                                      '/keyless/identities/' +
                                      i5 +
                                      '/subjectRegExp',
                                    schemaPath:
                                      '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subjectRegExp/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '\\S' },
                                    message: 'must match pattern "' + '\\S' + '"',
                                    schema: '\\S',
                                    parentSchema:
                                      schema11.properties.signatures.properties.authorities.items.properties
                                        .keyless.properties.identities.items.properties.subjectRegExp,
                                    data: data55
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err96]
                                  } else {
                                    vErrors.push(err96)
                                  }
                                  errors++
                                }
                              } else {
                                const err97 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i4 +
                                    '/keyless/identities/' +
                                    i5 +
                                    '/subjectRegExp',
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/properties/subjectRegExp/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.subjectRegExp.type,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items.properties.subjectRegExp,
                                  data: data55
                                }
                                if (vErrors === null) {
                                  vErrors = [err97]
                                } else {
                                  vErrors.push(err97)
                                }
                                errors++
                              }
                            }
                          } else {
                            const err98 = {
                              instancePath:
                                instancePath + '/signatures/authorities/' + i4 + '/keyless/identities/' + i5,
                              schemaPath:
                                '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                              schema:
                                schema11.properties.signatures.properties.authorities.items.properties.keyless
                                  .properties.identities.items.type,
                              parentSchema:
                                schema11.properties.signatures.properties.authorities.items.properties.keyless
                                  .properties.identities.items,
                              data: data51
                            }
                            if (vErrors === null) {
                              vErrors = [err98]
                            } else {
                              vErrors.push(err98)
                            }
                            errors++
                          }
                        }
                      } else {
                        const err99 = {
                          instancePath:
                            instancePath + '/signatures/authorities/' + i4 + '/keyless/identities',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                          schema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless
                              .properties.identities.type,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless
                              .properties.identities,
                          data: data50
                        }
                        if (vErrors === null) {
                          vErrors = [err99]
                        } else {
                          vErrors.push(err99)
                        }
                        errors++
                      }
                    }
                    if (data49.trustedRoot !== undefined) {
                      let data56 = data49.trustedRoot
                      if (typeof data56 === 'string') {
                        if (!pattern2.test(data56)) {
                          const err100 = {
                            instancePath:
                              instancePath + '/signatures/authorities/' + i4 + '/keyless/trustedRoot',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/keyless/properties/trustedRoot/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.keyless
                                .properties.trustedRoot,
                            data: data56
                          }
                          if (vErrors === null) {
                            vErrors = [err100]
                          } else {
                            vErrors.push(err100)
                          }
                          errors++
                        }
                      } else {
                        const err101 = {
                          instancePath:
                            instancePath + '/signatures/authorities/' + i4 + '/keyless/trustedRoot',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/keyless/properties/trustedRoot/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless
                              .properties.trustedRoot.type,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless
                              .properties.trustedRoot,
                          data: data56
                        }
                        if (vErrors === null) {
                          vErrors = [err101]
                        } else {
                          vErrors.push(err101)
                        }
                        errors++
                      }
                    }
                  } else {
                    const err102 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/keyless',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/keyless/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.keyless.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.keyless,
                      data: data49
                    }
                    if (vErrors === null) {
                      vErrors = [err102]
                    } else {
                      vErrors.push(err102)
                    }
                    errors++
                  }
                }
                if (data43.threshold !== undefined) {
                  let data57 = data43.threshold
                  if (!(typeof data57 == 'number' && !(data57 % 1) && !isNaN(data57) && isFinite(data57))) {
                    const err103 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/threshold',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/threshold/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.threshold.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.threshold,
                      data: data57
                    }
                    if (vErrors === null) {
                      vErrors = [err103]
                    } else {
                      vErrors.push(err103)
                    }
                    errors++
                  }
                  if (typeof data57 == 'number' && isFinite(data57)) {
                    if (data57 < 1 || isNaN(data57)) {
                      const err104 = {
                        instancePath: instancePath + '/signatures/authorities/' + i4 + '/threshold',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/threshold/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.threshold,
                        data: data57
                      }
                      if (vErrors === null) {
                        vErrors = [err104]
                      } else {
                        vErrors.push(err104)
                      }
                      errors++
                    }
                  }
                }
                if (data43.tlog !== undefined) {
                  let data58 = data43.tlog
                  if (typeof data58 !== 'string') {
                    const err105 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/tlog',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog,
                      data: data58
                    }
                    if (vErrors === null) {
                      vErrors = [err105]
                    } else {
                      vErrors.push(err105)
                    }
                    errors++
                  }
                  if (!(data58 === 'required' || data58 === 'optional')) {
                    const err106 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/tlog',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema11.properties.signatures.properties.authorities.items.properties.tlog.enum
                      },
                      message: 'must be equal to one of the allowed values',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog.enum,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog,
                      data: data58
                    }
                    if (vErrors === null) {
                      vErrors = [err106]
                    } else {
                      vErrors.push(err106)
                    }
                    errors++
                  }
                }
                if (data43.ctlog !== undefined) {
                  let data59 = data43.ctlog
                  if (typeof data59 !== 'string') {
                    const err107 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/ctlog',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/ctlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog,
                      data: data59
                    }
                    if (vErrors === null) {
                      vErrors = [err107]
                    } else {
                      vErrors.push(err107)
                    }
                    errors++
                  }
                  if (!(data59 === 'required' || data59 === 'optional')) {
                    const err108 = {
                      instancePath: instancePath + '/signatures/authorities/' + i4 + '/ctlog',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/ctlog/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema11.properties.signatures.properties.authorities.items.properties.ctlog.enum
                      },
                      message: 'must be equal to one of the allowed values',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog.enum,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog,
                      data: data59
                    }
                    if (vErrors === null) {
                      vErrors = [err108]
                    } else {
                      vErrors.push(err108)
                    }
                    errors++
                  }
                }
              } else {
                const err109 = {
                  instancePath: instancePath + '/signatures/authorities/' + i4,
                  schemaPath: '#/properties/signatures/properties/authorities/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.signatures.properties.authorities.items.type,
                  parentSchema: schema11.properties.signatures.properties.authorities.items,
                  data: data43
                }
                if (vErrors === null) {
                  vErrors = [err109]
                } else {
                  vErrors.push(err109)
                }
                errors++
              }
            }
          } else {
            const err110 = {
              instancePath: instancePath + '/signatures/authorities',
              schemaPath: '#/properties/signatures/properties/authorities/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.authorities.type,
              parentSchema: schema11.properties.signatures.properties.authorities,
              data: data42
            }
            if (vErrors === null) {
              vErrors = [err110]
            } else {
              vErrors.push(err110)
            }
            errors++
          }
        }
        if (data40.images !== undefined) {
          let data60 = data40.images
          if (Array.isArray(data60)) {
            const len5 = data60.length
            for (let i6 = 0; i6 < len5; i6++) {
              let data61 = data60[i6]
              if (typeof data61 === 'string') {
                if (!pattern2.test(data61)) {
                  const err111 = {
                    instancePath: instancePath + '/signatures/images/' + i6,
                    schemaPath: '#/properties/signatures/properties/images/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.signatures.properties.images.items,
                    data: data61
                  }
                  if (vErrors === null) {
                    vErrors = [err111]
                  } else {
                    vErrors.push(err111)
                  }
                  errors++
                }
              } else {
                const err112 = {
                  instancePath: instancePath + '/signatures/images/' + i6,
                  schemaPath: '#/properties/signatures/properties/images/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.signatures.properties.images.items.type,
                  parentSchema: schema11.properties.signatures.properties.images.items,
                  data: data61
                }
                if (vErrors === null) {
                  vErrors = [err112]
                } else {
                  vErrors.push(err112)
                }
                errors++
              }
            }
          } else {
            const err113 = {
              instancePath: instancePath + '/signatures/images',
              schemaPath: '#/properties/signatures/properties/images/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.images.type,
              parentSchema: schema11.properties.signatures.properties.images,
              data: data60
            }
            if (vErrors === null) {
              vErrors = [err113]
            } else {
              vErrors.push(err113)
            }
            errors++
          }
        }
        if (data40.threshold !== undefined) {
          let data62 = data40.threshold
          if (!(typeof data62 == 'number' && !(data62 % 1) && !isNaN(data62) && isFinite(data62))) {
            const err114 = {
              instancePath: instancePath + '/signatures/threshold',
              schemaPath: '#/properties/signatures/properties/threshold/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.signatures.properties.threshold.type,
              parentSchema: schema11.properties.signatures.properties.threshold,
              data: data62
            }
            if (vErrors === null) {
              vErrors = [err114]
            } else {
              vErrors.push(err114)
            }
            errors++
          }
          if (typeof data62 == 'number' && isFinite(data62)) {
            if (data62 < 1 || isNaN(data62)) {
              const err115 = {
                instancePath: instancePath + '/signatures/threshold',
                schemaPath: '#/properties/signatures/properties/threshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.signatures.properties.threshold,
                data: data62
              }
              if (vErrors === null) {
                vErrors = [err115]
              } else {
                vErrors.push(err115)
              }
              errors++
            }
          }
        }
        if (data40.trustedRoot !== undefined) {
          let data63 = data40.trustedRoot
          if (typeof data63 === 'string') {
            if (!pattern2.test(data63)) {
              const err116 = {
                instancePath: instancePath + '/signatures/trustedRoot',
                schemaPath: '#/properties/signatures/properties/trustedRoot/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema11.properties.signatures.properties.trustedRoot,
                data: data63
              }
              if (vErrors === null) {
                vErrors = [err116]
              } else {
                vErrors.push(err116)
              }
              errors++
            }
          } else {
            const err117 = {
              instancePath: instancePath + '/signatures/trustedRoot',
              schemaPath: '#/properties/signatures/properties/trustedRoot/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.trustedRoot.type,
              parentSchema: schema11.properties.signatures.properties.trustedRoot,
              data: data63
            }
            if (vErrors === null) {
              vErrors = [err117]
            } else {
              vErrors.push(err117)
            }
            errors++
          }
        }
        if (data40.verifier !== undefined) {
          let data64 = data40.verifier
          if (typeof data64 !== 'string') {
            const err118 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.verifier.type,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data64
            }
            if (vErrors === null) {
              vErrors = [err118]
            } else {
              vErrors.push(err118)
            }
            errors++
          }
          if (!(data64 === 'native' || data64 === 'cosign')) {
            const err119 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.signatures.properties.verifier.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.signatures.properties.verifier.enum,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data64
            }
            if (vErrors === null) {
              vErrors = [err119]
            } else {
              vErrors.push(err119)
            }
            errors++
          }
        }
      } else {
        const err120 = {
          instancePath: instancePath + '/signatures',
          schemaPath: '#/properties/signatures/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.signatures.type,
          parentSchema: schema11.properties.signatures,
          data: data40
        }
        if (vErrors === null) {
          vErrors = [err120]
        } else {
          vErrors.push(err120)
        }
        errors++
      }
    }
    if (data.exceptions !== undefined) {
      let data65 = data.exceptions
      if (Array.isArray(data65)) {
        const len6 = data65.length
        for (let i7 = 0; i7 < len6; i7++) {
          let data66 = data65[i7]
          if (data66 && typeof data66 == 'object' && !Array.isArray(data66)) {
            if (data66.id === undefined) {
              const err121 = {
                instancePath: instancePath + '/exceptions/' + i7,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data66
              }
              if (vErrors === null) {
                vErrors = [err121]
              } else {
                vErrors.push(err121)
              }
              errors++
            }
            if (data66.reason === undefined) {
              const err122 = {
                instancePath: instancePath + '/exceptions/' + i7,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data66
              }
              if (vErrors === null) {
                vErrors = [err122]
              } else {
                vErrors.push(err122)
              }
              errors++
            }
            for (const key14 in data66) {
              if (!(
                key14 === 'id' ||
                key14 === 'package' ||
                key14 === 'image' ||
                key14 === 'reason' ||
                key14 === 'expires'
              )) {
                const err123 = {
                  instancePath: instancePath + '/exceptions/' + i7,
                  schemaPath: '#/properties/exceptions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key14 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.exceptions.items,
                  data: data66
                }
                if (vErrors === null) {
                  vErrors = [err123]
                } else {
                  vErrors.push(err123)
                }
                errors++
              }
            }
            if (data66.id !== undefined) {
              let data67 = data66.id
              if (typeof data67 === 'string') {
                if (!pattern16.test(data67)) {
                  const err124 = {
                    instancePath: instancePath + '/exceptions/' + i7 + '/id',
                    schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                    schema: '^\\S+$',
                    parentSchema: schema11.properties.exceptions.items.properties.id,
                    data: data67
                  }
                  if (vErrors === null) {
                    vErrors = [err124]
                  } else {
                    vErrors.push(err124)
                  }
                  errors++
                }
              } else {
                const err125 = {
                  instancePath: instancePath + '/exceptions/' + i7 + '/id',
                  schemaPath: '#/properties/exceptions/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.id.type,
                  parentSchema: schema11.properties.exceptions.items.properties.id,
                  data: data67
                }
                if (vErrors === null) {
                  vErrors = [err125]
                } else {
                  vErrors.push(err125)
                }
                errors++
              }
            }
            if (data66.package !== undefined) {
              let data68 = data66.package
              if (typeof data68 === 'string') {
                if (!pattern2.test(data68)) {
                  const err126 = {
                    instancePath: instancePath + '/exceptions/' + i7 + '/package',
                    schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.package,
                    data: data68
                  }
                  if (vErrors === null) {
                    vErrors = [err126]
                  } else {
                    vErrors.push(err126)
                  }
                  errors++
                }
              } else {
                const err127 = {
                  instancePath: instancePath + '/exceptions/' + i7 + '/package',
                  schemaPath: '#/properties/exceptions/items/properties/package/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.package.type,
                  parentSchema: schema11.properties.exceptions.items.properties.package,
                  data: data68
                }
                if (vErrors === null) {
                  vErrors = [err127]
                } else {
                  vErrors.push(err127)
                }
                errors++
              }
            }
            if (data66.image !== undefined) {
              let data69 = data66.image
              if (typeof data69 === 'string') {
                if (!pattern2.test(data69)) {
                  const err128 = {
                    instancePath: instancePath + '/exceptions/' + i7 + '/image',
                    schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.image,
                    data: data69
                  }
                  if (vErrors === null) {
                    vErrors = [err128]
                  } else {
                    vErrors.push(err128)
                  }
                  errors++
                }
              } else {
                const err129 = {
                  instancePath: instancePath + '/exceptions/' + i7 + '/image',
                  schemaPath: '#/properties/exceptions/items/properties/image/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.image.type,
                  parentSchema: schema11.properties.exceptions.items.properties.image,
                  data: data69
                }
                if (vErrors === null) {
                  vErrors = [err129]
                } else {
                  vErrors.push(err129)
                }
                errors++
              }
            }
            if (data66.reason !== undefined) {
              let data70 = data66.reason
              if (typeof data70 === 'string') {
                if (!pattern2.test(data70)) {
                  const err130 = {
                    instancePath: instancePath + '/exceptions/' + i7 + '/reason',
                    schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                    data: data70
                  }
                  if (vErrors === null) {
                    vErrors = [err130]
                  } else {
                    vErrors.push(err130)
                  }
                  errors++
                }
              } else {
                const err131 = {
                  instancePath: instancePath + '/exceptions/' + i7 + '/reason',
                  schemaPath: '#/properties/exceptions/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.reason.type,
                  parentSchema: schema11.properties.exceptions.items.properties.reason,
                  data: data70
                }
                if (vErrors === null) {
                  vErrors = [err131]
                } else {
                  vErrors.push(err131)
                }
                errors++
              }
            }
            if (data66.expires !== undefined) {
              let data71 = data66.expires
              if (typeof data71 === 'string') {
                if (!formats0(data71)) {
                  const err132 = {
                    instancePath: instancePath + '/exceptions/' + i7 + '/expires',
                    schemaPath: '#/properties/exceptions/items/properties/expires/format',
                    keyword: 'format',
                    params: { format: 'date' },
                    message: 'must match format "' + 'date' + '"',
                    schema: 'date',
                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                    data: data71
                  }
                  if (vErrors === null) {
                    vErrors = [err132]
                  } else {
                    vErrors.push(err132)
                  }
                  errors++
                }
              } else {
                const err133 = {
                  instancePath: instancePath + '/exceptions/' + i7 + '/expires',
                  schemaPath: '#/properties/exceptions/items/properties/expires/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.expires.type,
                  parentSchema: schema11.properties.exceptions.items.properties.expires,
                  data: data71
                }
                if (vErrors === null) {
                  vErrors = [err133]
                } else {
                  vErrors.push(err133)
                }
                errors++
              }
            }
          } else {
            const err134 = {
              instancePath: instancePath + '/exceptions/' + i7,
              schemaPath: '#/properties/exceptions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.exceptions.items.type,
              parentSchema: schema11.properties.exceptions.items,
              data: data66
            }
            if (vErrors === null) {
              vErrors = [err134]
            } else {
              vErrors.push(err134)
            }
            errors++
          }
        }
      } else {
        const err135 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.exceptions.type,
          parentSchema: schema11.properties.exceptions,
          data: data65
        }
        if (vErrors === null) {
          vErrors = [err135]
        } else {
          vErrors.push(err135)
        }
        errors++
      }
    }
    if (data.report !== undefined) {
      let data72 = data.report
      if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
        for (const key15 in data72) {
          if (!(key15 === 'comment')) {
            const err136 = {
              instancePath: instancePath + '/report',
              schemaPath: '#/properties/report/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key15 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.report,
              data: data72
            }
            if (vErrors === null) {
              vErrors = [err136]
            } else {
              vErrors.push(err136)
            }
            errors++
          }
        }
        if (data72.comment !== undefined) {
          let data73 = data72.comment
          if (typeof data73 !== 'string') {
            const err137 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.report.properties.comment.type,
              parentSchema: schema11.properties.report.properties.comment,
              data: data73
            }
            if (vErrors === null) {
              vErrors = [err137]
            } else {
              vErrors.push(err137)
            }
            errors++
          }
          if (!(
            data73 === 'always' ||
            data73 === 'on-failure' ||
            data73 === 'update-only' ||
            data73 === 'never'
          )) {
            const err138 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.report.properties.comment.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.report.properties.comment.enum,
              parentSchema: schema11.properties.report.properties.comment,
              data: data73
            }
            if (vErrors === null) {
              vErrors = [err138]
            } else {
              vErrors.push(err138)
            }
            errors++
          }
        }
      } else {
        const err139 = {
          instancePath: instancePath + '/report',
          schemaPath: '#/properties/report/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.report.type,
          parentSchema: schema11.properties.report,
          data: data72
        }
        if (vErrors === null) {
          vErrors = [err139]
        } else {
          vErrors.push(err139)
        }
        errors++
      }
    }
  } else {
    const err140 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data
    }
    if (vErrors === null) {
      vErrors = [err140]
    } else {
      vErrors.push(err140)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
