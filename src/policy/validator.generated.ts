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
    extends: {
      anyOf: [
        { type: 'string', pattern: '^\\S+$' },
        {
          type: 'array',
          items: {
            anyOf: [
              { type: 'string', pattern: '^\\S+$' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['url', 'sha256'],
                properties: {
                  url: { type: 'string', pattern: '^https://\\S+$' },
                  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }
                }
              }
            ]
          }
        }
      ]
    },
    locked: {
      anyOf: [
        { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, uniqueItems: true },
        { type: 'string', const: 'all' }
      ]
    },
    maxExceptionDays: { type: 'integer', minimum: 1 },
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
    imageConfig: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        required: { type: 'boolean' },
        failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
        rules: {
          type: 'object',
          additionalProperties: false,
          patternProperties: {
            '^IG40[1-8]$': { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'off'] }
          }
        },
        maxAgeDays: { type: 'integer', minimum: 1 },
        allowedPorts: {
          type: 'array',
          items: { type: 'integer', minimum: 1, maximum: 1023 },
          uniqueItems: true
        },
        requireLabels: { type: 'array', items: { type: 'string', pattern: '\\S' }, uniqueItems: true }
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
const func2 = Object.prototype.hasOwnProperty
const pattern0 = new RegExp('^\\S+$', 'u')
const pattern2 = new RegExp('^https://\\S+$', 'u')
const pattern3 = new RegExp('^[0-9a-f]{64}$', 'u')
const pattern5 = new RegExp('^(DL|SC|IG)[0-9]+$', 'u')
const pattern7 = new RegExp('\\S', 'u')
const pattern9 = new RegExp('^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$', 'u')
const pattern21 = new RegExp('^IG40[1-8]$', 'u')
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
      if (!func2.call(schema11.properties, key0)) {
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
    if (data.extends !== undefined) {
      let data1 = data.extends
      const _errs5 = errors
      let valid1 = false
      const _errs6 = errors
      if (typeof data1 === 'string') {
        if (!pattern0.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/properties/extends/anyOf/0/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\S+$' },
            message: 'must match pattern "' + '^\\S+$' + '"',
            schema: '^\\S+$',
            parentSchema: schema11.properties.extends.anyOf[0],
            data: data1
          }
          if (vErrors === null) {
            vErrors = [err4]
          } else {
            vErrors.push(err4)
          }
          errors++
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/extends',
          schemaPath: '#/properties/extends/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.extends.anyOf[0].type,
          parentSchema: schema11.properties.extends.anyOf[0],
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err5]
        } else {
          vErrors.push(err5)
        }
        errors++
      }
      var _valid0 = _errs6 === errors
      valid1 = valid1 || _valid0
      if (!valid1) {
        const _errs8 = errors
        if (Array.isArray(data1)) {
          const len0 = data1.length
          for (let i0 = 0; i0 < len0; i0++) {
            let data2 = data1[i0]
            const _errs11 = errors
            let valid4 = false
            const _errs12 = errors
            if (typeof data2 === 'string') {
              if (!pattern0.test(data2)) {
                const err6 = {
                  instancePath: instancePath + '/extends/' + i0,
                  schemaPath: '#/properties/extends/anyOf/1/items/anyOf/0/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^\\S+$' },
                  message: 'must match pattern "' + '^\\S+$' + '"',
                  schema: '^\\S+$',
                  parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[0],
                  data: data2
                }
                if (vErrors === null) {
                  vErrors = [err6]
                } else {
                  vErrors.push(err6)
                }
                errors++
              }
            } else {
              const err7 = {
                instancePath: instancePath + '/extends/' + i0,
                schemaPath: '#/properties/extends/anyOf/1/items/anyOf/0/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema11.properties.extends.anyOf[1].items.anyOf[0].type,
                parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[0],
                data: data2
              }
              if (vErrors === null) {
                vErrors = [err7]
              } else {
                vErrors.push(err7)
              }
              errors++
            }
            var _valid1 = _errs12 === errors
            valid4 = valid4 || _valid1
            if (!valid4) {
              const _errs14 = errors
              if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                if (data2.url === undefined) {
                  const err8 = {
                    instancePath: instancePath + '/extends/' + i0,
                    schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/required',
                    keyword: 'required',
                    params: { missingProperty: 'url' },
                    message: "must have required property '" + 'url' + "'",
                    schema: schema11.properties.extends.anyOf[1].items.anyOf[1].required,
                    parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                    data: data2
                  }
                  if (vErrors === null) {
                    vErrors = [err8]
                  } else {
                    vErrors.push(err8)
                  }
                  errors++
                }
                if (data2.sha256 === undefined) {
                  const err9 = {
                    instancePath: instancePath + '/extends/' + i0,
                    schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/required',
                    keyword: 'required',
                    params: { missingProperty: 'sha256' },
                    message: "must have required property '" + 'sha256' + "'",
                    schema: schema11.properties.extends.anyOf[1].items.anyOf[1].required,
                    parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                    data: data2
                  }
                  if (vErrors === null) {
                    vErrors = [err9]
                  } else {
                    vErrors.push(err9)
                  }
                  errors++
                }
                for (const key1 in data2) {
                  if (!(key1 === 'url' || key1 === 'sha256')) {
                    const err10 = {
                      instancePath: instancePath + '/extends/' + i0,
                      schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key1 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                      data: data2
                    }
                    if (vErrors === null) {
                      vErrors = [err10]
                    } else {
                      vErrors.push(err10)
                    }
                    errors++
                  }
                }
                if (data2.url !== undefined) {
                  let data3 = data2.url
                  if (typeof data3 === 'string') {
                    if (!pattern2.test(data3)) {
                      const err11 = {
                        instancePath: instancePath + '/extends/' + i0 + '/url',
                        schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/url/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^https://\\S+$' },
                        message: 'must match pattern "' + '^https://\\S+$' + '"',
                        schema: '^https://\\S+$',
                        parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.url,
                        data: data3
                      }
                      if (vErrors === null) {
                        vErrors = [err11]
                      } else {
                        vErrors.push(err11)
                      }
                      errors++
                    }
                  } else {
                    const err12 = {
                      instancePath: instancePath + '/extends/' + i0 + '/url',
                      schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/url/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.url.type,
                      parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.url,
                      data: data3
                    }
                    if (vErrors === null) {
                      vErrors = [err12]
                    } else {
                      vErrors.push(err12)
                    }
                    errors++
                  }
                }
                if (data2.sha256 !== undefined) {
                  let data4 = data2.sha256
                  if (typeof data4 === 'string') {
                    if (!pattern3.test(data4)) {
                      const err13 = {
                        instancePath: instancePath + '/extends/' + i0 + '/sha256',
                        schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/sha256/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[0-9a-f]{64}$' },
                        message: 'must match pattern "' + '^[0-9a-f]{64}$' + '"',
                        schema: '^[0-9a-f]{64}$',
                        parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.sha256,
                        data: data4
                      }
                      if (vErrors === null) {
                        vErrors = [err13]
                      } else {
                        vErrors.push(err13)
                      }
                      errors++
                    }
                  } else {
                    const err14 = {
                      instancePath: instancePath + '/extends/' + i0 + '/sha256',
                      schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/properties/sha256/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.sha256.type,
                      parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1].properties.sha256,
                      data: data4
                    }
                    if (vErrors === null) {
                      vErrors = [err14]
                    } else {
                      vErrors.push(err14)
                    }
                    errors++
                  }
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/extends/' + i0,
                  schemaPath: '#/properties/extends/anyOf/1/items/anyOf/1/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.extends.anyOf[1].items.anyOf[1].type,
                  parentSchema: schema11.properties.extends.anyOf[1].items.anyOf[1],
                  data: data2
                }
                if (vErrors === null) {
                  vErrors = [err15]
                } else {
                  vErrors.push(err15)
                }
                errors++
              }
              var _valid1 = _errs14 === errors
              valid4 = valid4 || _valid1
            }
            if (!valid4) {
              const err16 = {
                instancePath: instancePath + '/extends/' + i0,
                schemaPath: '#/properties/extends/anyOf/1/items/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
                schema: schema11.properties.extends.anyOf[1].items.anyOf,
                parentSchema: schema11.properties.extends.anyOf[1].items,
                data: data2
              }
              if (vErrors === null) {
                vErrors = [err16]
              } else {
                vErrors.push(err16)
              }
              errors++
            } else {
              errors = _errs11
              if (vErrors !== null) {
                if (_errs11) {
                  vErrors.length = _errs11
                } else {
                  vErrors = null
                }
              }
            }
          }
        } else {
          const err17 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/properties/extends/anyOf/1/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
            schema: schema11.properties.extends.anyOf[1].type,
            parentSchema: schema11.properties.extends.anyOf[1],
            data: data1
          }
          if (vErrors === null) {
            vErrors = [err17]
          } else {
            vErrors.push(err17)
          }
          errors++
        }
        var _valid0 = _errs8 === errors
        valid1 = valid1 || _valid0
      }
      if (!valid1) {
        const err18 = {
          instancePath: instancePath + '/extends',
          schemaPath: '#/properties/extends/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema11.properties.extends.anyOf,
          parentSchema: schema11.properties.extends,
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err18]
        } else {
          vErrors.push(err18)
        }
        errors++
      } else {
        errors = _errs5
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5
          } else {
            vErrors = null
          }
        }
      }
    }
    if (data.locked !== undefined) {
      let data5 = data.locked
      const _errs22 = errors
      let valid6 = false
      const _errs23 = errors
      if (Array.isArray(data5)) {
        const len1 = data5.length
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1]
          if (typeof data6 === 'string') {
            if (!pattern0.test(data6)) {
              const err19 = {
                instancePath: instancePath + '/locked/' + i1,
                schemaPath: '#/properties/locked/anyOf/0/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^\\S+$' },
                message: 'must match pattern "' + '^\\S+$' + '"',
                schema: '^\\S+$',
                parentSchema: schema11.properties.locked.anyOf[0].items,
                data: data6
              }
              if (vErrors === null) {
                vErrors = [err19]
              } else {
                vErrors.push(err19)
              }
              errors++
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/locked/' + i1,
              schemaPath: '#/properties/locked/anyOf/0/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.locked.anyOf[0].items.type,
              parentSchema: schema11.properties.locked.anyOf[0].items,
              data: data6
            }
            if (vErrors === null) {
              vErrors = [err20]
            } else {
              vErrors.push(err20)
            }
            errors++
          }
        }
        let i2 = data5.length
        let j0
        if (i2 > 1) {
          const indices0 = {}
          for (; i2--;) {
            let item0 = data5[i2]
            if (typeof item0 !== 'string') {
              continue
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0]
              const err21 = {
                instancePath: instancePath + '/locked',
                schemaPath: '#/properties/locked/anyOf/0/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i2, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                schema: true,
                parentSchema: schema11.properties.locked.anyOf[0],
                data: data5
              }
              if (vErrors === null) {
                vErrors = [err21]
              } else {
                vErrors.push(err21)
              }
              errors++
              break
            }
            indices0[item0] = i2
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/locked',
          schemaPath: '#/properties/locked/anyOf/0/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.locked.anyOf[0].type,
          parentSchema: schema11.properties.locked.anyOf[0],
          data: data5
        }
        if (vErrors === null) {
          vErrors = [err22]
        } else {
          vErrors.push(err22)
        }
        errors++
      }
      var _valid2 = _errs23 === errors
      valid6 = valid6 || _valid2
      if (!valid6) {
        const _errs27 = errors
        if (typeof data5 !== 'string') {
          const err23 = {
            instancePath: instancePath + '/locked',
            schemaPath: '#/properties/locked/anyOf/1/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema11.properties.locked.anyOf[1].type,
            parentSchema: schema11.properties.locked.anyOf[1],
            data: data5
          }
          if (vErrors === null) {
            vErrors = [err23]
          } else {
            vErrors.push(err23)
          }
          errors++
        }
        if ('all' !== data5) {
          const err24 = {
            instancePath: instancePath + '/locked',
            schemaPath: '#/properties/locked/anyOf/1/const',
            keyword: 'const',
            params: { allowedValue: 'all' },
            message: 'must be equal to constant',
            schema: 'all',
            parentSchema: schema11.properties.locked.anyOf[1],
            data: data5
          }
          if (vErrors === null) {
            vErrors = [err24]
          } else {
            vErrors.push(err24)
          }
          errors++
        }
        var _valid2 = _errs27 === errors
        valid6 = valid6 || _valid2
      }
      if (!valid6) {
        const err25 = {
          instancePath: instancePath + '/locked',
          schemaPath: '#/properties/locked/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema11.properties.locked.anyOf,
          parentSchema: schema11.properties.locked,
          data: data5
        }
        if (vErrors === null) {
          vErrors = [err25]
        } else {
          vErrors.push(err25)
        }
        errors++
      } else {
        errors = _errs22
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22
          } else {
            vErrors = null
          }
        }
      }
    }
    if (data.maxExceptionDays !== undefined) {
      let data7 = data.maxExceptionDays
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err26 = {
          instancePath: instancePath + '/maxExceptionDays',
          schemaPath: '#/properties/maxExceptionDays/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema11.properties.maxExceptionDays.type,
          parentSchema: schema11.properties.maxExceptionDays,
          data: data7
        }
        if (vErrors === null) {
          vErrors = [err26]
        } else {
          vErrors.push(err26)
        }
        errors++
      }
      if (typeof data7 == 'number' && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err27 = {
            instancePath: instancePath + '/maxExceptionDays',
            schemaPath: '#/properties/maxExceptionDays/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema11.properties.maxExceptionDays,
            data: data7
          }
          if (vErrors === null) {
            vErrors = [err27]
          } else {
            vErrors.push(err27)
          }
          errors++
        }
      }
    }
    if (data.mode !== undefined) {
      let data8 = data.mode
      if (typeof data8 !== 'string') {
        const err28 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.mode.type,
          parentSchema: schema11.properties.mode,
          data: data8
        }
        if (vErrors === null) {
          vErrors = [err28]
        } else {
          vErrors.push(err28)
        }
        errors++
      }
      if (!(data8 === 'enforce' || data8 === 'warn')) {
        const err29 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema11.properties.mode.enum,
          parentSchema: schema11.properties.mode,
          data: data8
        }
        if (vErrors === null) {
          vErrors = [err29]
        } else {
          vErrors.push(err29)
        }
        errors++
      }
    }
    if (data.dockerfile !== undefined) {
      let data9 = data.dockerfile
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(
            key2 === 'failOn' ||
            key2 === 'rules' ||
            key2 === 'shellcheck' ||
            key2 === 'shellcheckRequired' ||
            key2 === 'hadolintConfig' ||
            key2 === 'trustedRegistries'
          )) {
            const err30 = {
              instancePath: instancePath + '/dockerfile',
              schemaPath: '#/properties/dockerfile/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.dockerfile,
              data: data9
            }
            if (vErrors === null) {
              vErrors = [err30]
            } else {
              vErrors.push(err30)
            }
            errors++
          }
        }
        if (data9.failOn !== undefined) {
          let data10 = data9.failOn
          if (typeof data10 !== 'string') {
            const err31 = {
              instancePath: instancePath + '/dockerfile/failOn',
              schemaPath: '#/properties/dockerfile/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.dockerfile.properties.failOn.type,
              parentSchema: schema11.properties.dockerfile.properties.failOn,
              data: data10
            }
            if (vErrors === null) {
              vErrors = [err31]
            } else {
              vErrors.push(err31)
            }
            errors++
          }
          if (!(
            data10 === 'error' ||
            data10 === 'warning' ||
            data10 === 'info' ||
            data10 === 'style' ||
            data10 === 'none'
          )) {
            const err32 = {
              instancePath: instancePath + '/dockerfile/failOn',
              schemaPath: '#/properties/dockerfile/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.dockerfile.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.dockerfile.properties.failOn.enum,
              parentSchema: schema11.properties.dockerfile.properties.failOn,
              data: data10
            }
            if (vErrors === null) {
              vErrors = [err32]
            } else {
              vErrors.push(err32)
            }
            errors++
          }
        }
        if (data9.rules !== undefined) {
          let data11 = data9.rules
          if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
            for (const key3 in data11) {
              if (!pattern5.test(key3)) {
                const err33 = {
                  instancePath: instancePath + '/dockerfile/rules',
                  schemaPath: '#/properties/dockerfile/properties/rules/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.dockerfile.properties.rules,
                  data: data11
                }
                if (vErrors === null) {
                  vErrors = [err33]
                } else {
                  vErrors.push(err33)
                }
                errors++
              }
            }
            for (const key4 in data11) {
              if (pattern5.test(key4)) {
                let data12 = data11[key4]
                if (typeof data12 !== 'string') {
                  const err34 = {
                    instancePath:
                      instancePath + '/dockerfile/rules/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
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
                    data: data12
                  }
                  if (vErrors === null) {
                    vErrors = [err34]
                  } else {
                    vErrors.push(err34)
                  }
                  errors++
                }
                if (!(
                  data12 === 'error' ||
                  data12 === 'warning' ||
                  data12 === 'info' ||
                  data12 === 'style' ||
                  data12 === 'off'
                )) {
                  const err35 = {
                    instancePath:
                      instancePath + '/dockerfile/rules/' + key4.replace(/~/g, '~0').replace(/\//g, '~1'),
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
                    data: data12
                  }
                  if (vErrors === null) {
                    vErrors = [err35]
                  } else {
                    vErrors.push(err35)
                  }
                  errors++
                }
              }
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/dockerfile/rules',
              schemaPath: '#/properties/dockerfile/properties/rules/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.dockerfile.properties.rules.type,
              parentSchema: schema11.properties.dockerfile.properties.rules,
              data: data11
            }
            if (vErrors === null) {
              vErrors = [err36]
            } else {
              vErrors.push(err36)
            }
            errors++
          }
        }
        if (data9.shellcheck !== undefined) {
          let data13 = data9.shellcheck
          if (typeof data13 !== 'boolean') {
            const err37 = {
              instancePath: instancePath + '/dockerfile/shellcheck',
              schemaPath: '#/properties/dockerfile/properties/shellcheck/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.shellcheck.type,
              parentSchema: schema11.properties.dockerfile.properties.shellcheck,
              data: data13
            }
            if (vErrors === null) {
              vErrors = [err37]
            } else {
              vErrors.push(err37)
            }
            errors++
          }
        }
        if (data9.shellcheckRequired !== undefined) {
          let data14 = data9.shellcheckRequired
          if (typeof data14 !== 'boolean') {
            const err38 = {
              instancePath: instancePath + '/dockerfile/shellcheckRequired',
              schemaPath: '#/properties/dockerfile/properties/shellcheckRequired/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.shellcheckRequired.type,
              parentSchema: schema11.properties.dockerfile.properties.shellcheckRequired,
              data: data14
            }
            if (vErrors === null) {
              vErrors = [err38]
            } else {
              vErrors.push(err38)
            }
            errors++
          }
        }
        if (data9.hadolintConfig !== undefined) {
          let data15 = data9.hadolintConfig
          if (typeof data15 !== 'boolean') {
            const err39 = {
              instancePath: instancePath + '/dockerfile/hadolintConfig',
              schemaPath: '#/properties/dockerfile/properties/hadolintConfig/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.hadolintConfig.type,
              parentSchema: schema11.properties.dockerfile.properties.hadolintConfig,
              data: data15
            }
            if (vErrors === null) {
              vErrors = [err39]
            } else {
              vErrors.push(err39)
            }
            errors++
          }
        }
        if (data9.trustedRegistries !== undefined) {
          let data16 = data9.trustedRegistries
          if (Array.isArray(data16)) {
            const len2 = data16.length
            for (let i3 = 0; i3 < len2; i3++) {
              let data17 = data16[i3]
              if (typeof data17 === 'string') {
                if (!pattern7.test(data17)) {
                  const err40 = {
                    instancePath: instancePath + '/dockerfile/trustedRegistries/' + i3,
                    schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                    data: data17
                  }
                  if (vErrors === null) {
                    vErrors = [err40]
                  } else {
                    vErrors.push(err40)
                  }
                  errors++
                }
              } else {
                const err41 = {
                  instancePath: instancePath + '/dockerfile/trustedRegistries/' + i3,
                  schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.dockerfile.properties.trustedRegistries.items.type,
                  parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                  data: data17
                }
                if (vErrors === null) {
                  vErrors = [err41]
                } else {
                  vErrors.push(err41)
                }
                errors++
              }
            }
          } else {
            const err42 = {
              instancePath: instancePath + '/dockerfile/trustedRegistries',
              schemaPath: '#/properties/dockerfile/properties/trustedRegistries/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.dockerfile.properties.trustedRegistries.type,
              parentSchema: schema11.properties.dockerfile.properties.trustedRegistries,
              data: data16
            }
            if (vErrors === null) {
              vErrors = [err42]
            } else {
              vErrors.push(err42)
            }
            errors++
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/dockerfile',
          schemaPath: '#/properties/dockerfile/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.dockerfile.type,
          parentSchema: schema11.properties.dockerfile,
          data: data9
        }
        if (vErrors === null) {
          vErrors = [err43]
        } else {
          vErrors.push(err43)
        }
        errors++
      }
    }
    if (data.vulnerabilities !== undefined) {
      let data18 = data.vulnerabilities
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        for (const key5 in data18) {
          if (!func2.call(schema11.properties.vulnerabilities.properties, key5)) {
            const err44 = {
              instancePath: instancePath + '/vulnerabilities',
              schemaPath: '#/properties/vulnerabilities/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.vulnerabilities,
              data: data18
            }
            if (vErrors === null) {
              vErrors = [err44]
            } else {
              vErrors.push(err44)
            }
            errors++
          }
        }
        if (data18.scanners !== undefined) {
          let data19 = data18.scanners
          if (Array.isArray(data19)) {
            const len3 = data19.length
            for (let i4 = 0; i4 < len3; i4++) {
              let data20 = data19[i4]
              if (typeof data20 !== 'string') {
                const err45 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i4,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data20
                }
                if (vErrors === null) {
                  vErrors = [err45]
                } else {
                  vErrors.push(err45)
                }
                errors++
              }
              if (!(data20 === 'trivy' || data20 === 'grype')) {
                const err46 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i4,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data20
                }
                if (vErrors === null) {
                  vErrors = [err46]
                } else {
                  vErrors.push(err46)
                }
                errors++
              }
            }
            let i5 = data19.length
            let j1
            if (i5 > 1) {
              const indices1 = {}
              for (; i5--;) {
                let item1 = data19[i5]
                if (typeof item1 !== 'string') {
                  continue
                }
                if (typeof indices1[item1] == 'number') {
                  j1 = indices1[item1]
                  const err47 = {
                    instancePath: instancePath + '/vulnerabilities/scanners',
                    schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i5, j: j1 },
                    message:
                      'must NOT have duplicate items (items ## ' + j1 + ' and ' + i5 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                    data: data19
                  }
                  if (vErrors === null) {
                    vErrors = [err47]
                  } else {
                    vErrors.push(err47)
                  }
                  errors++
                  break
                }
                indices1[item1] = i5
              }
            }
          } else {
            const err48 = {
              instancePath: instancePath + '/vulnerabilities/scanners',
              schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.vulnerabilities.properties.scanners.type,
              parentSchema: schema11.properties.vulnerabilities.properties.scanners,
              data: data19
            }
            if (vErrors === null) {
              vErrors = [err48]
            } else {
              vErrors.push(err48)
            }
            errors++
          }
        }
        if (data18.failOn !== undefined) {
          let data21 = data18.failOn
          if (typeof data21 !== 'string') {
            const err49 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.failOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data21
            }
            if (vErrors === null) {
              vErrors = [err49]
            } else {
              vErrors.push(err49)
            }
            errors++
          }
          if (!(
            data21 === 'critical' ||
            data21 === 'high' ||
            data21 === 'medium' ||
            data21 === 'low' ||
            data21 === 'info' ||
            data21 === 'none'
          )) {
            const err50 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.failOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data21
            }
            if (vErrors === null) {
              vErrors = [err50]
            } else {
              vErrors.push(err50)
            }
            errors++
          }
        }
        if (data18.onlyFixed !== undefined) {
          let data22 = data18.onlyFixed
          if (typeof data22 !== 'boolean') {
            const err51 = {
              instancePath: instancePath + '/vulnerabilities/onlyFixed',
              schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
              parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
              data: data22
            }
            if (vErrors === null) {
              vErrors = [err51]
            } else {
              vErrors.push(err51)
            }
            errors++
          }
        }
        if (data18.severitySource !== undefined) {
          let data23 = data18.severitySource
          if (typeof data23 !== 'string') {
            const err52 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.severitySource.type,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data23
            }
            if (vErrors === null) {
              vErrors = [err52]
            } else {
              vErrors.push(err52)
            }
            errors++
          }
          if (!(data23 === 'highest' || data23 === 'trivy' || data23 === 'grype')) {
            const err53 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.severitySource.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.severitySource.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data23
            }
            if (vErrors === null) {
              vErrors = [err53]
            } else {
              vErrors.push(err53)
            }
            errors++
          }
        }
        if (data18.maxCount !== undefined) {
          let data24 = data18.maxCount
          if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
            for (const key6 in data24) {
              if (!(
                key6 === 'critical' ||
                key6 === 'high' ||
                key6 === 'medium' ||
                key6 === 'low' ||
                key6 === 'info'
              )) {
                const err54 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
                  data: data24
                }
                if (vErrors === null) {
                  vErrors = [err54]
                } else {
                  vErrors.push(err54)
                }
                errors++
              }
            }
            if (data24.critical !== undefined) {
              let data25 = data24.critical
              if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
                const err55 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/critical/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                  data: data25
                }
                if (vErrors === null) {
                  vErrors = [err55]
                } else {
                  vErrors.push(err55)
                }
                errors++
              }
              if (typeof data25 == 'number' && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err56 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                    schemaPath:
                      '#/properties/vulnerabilities/properties/maxCount/properties/critical/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                    data: data25
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
            if (data24.high !== undefined) {
              let data26 = data24.high
              if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                const err57 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/high',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.high.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                  data: data26
                }
                if (vErrors === null) {
                  vErrors = [err57]
                } else {
                  vErrors.push(err57)
                }
                errors++
              }
              if (typeof data26 == 'number' && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err58 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/high',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                    data: data26
                  }
                  if (vErrors === null) {
                    vErrors = [err58]
                  } else {
                    vErrors.push(err58)
                  }
                  errors++
                }
              }
            }
            if (data24.medium !== undefined) {
              let data27 = data24.medium
              if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
                const err59 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                  data: data27
                }
                if (vErrors === null) {
                  vErrors = [err59]
                } else {
                  vErrors.push(err59)
                }
                errors++
              }
              if (typeof data27 == 'number' && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err60 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                    data: data27
                  }
                  if (vErrors === null) {
                    vErrors = [err60]
                  } else {
                    vErrors.push(err60)
                  }
                  errors++
                }
              }
            }
            if (data24.low !== undefined) {
              let data28 = data24.low
              if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                const err61 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/low',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.low.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                  data: data28
                }
                if (vErrors === null) {
                  vErrors = [err61]
                } else {
                  vErrors.push(err61)
                }
                errors++
              }
              if (typeof data28 == 'number' && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err62 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/low',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                    data: data28
                  }
                  if (vErrors === null) {
                    vErrors = [err62]
                  } else {
                    vErrors.push(err62)
                  }
                  errors++
                }
              }
            }
            if (data24.info !== undefined) {
              let data29 = data24.info
              if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
                const err63 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/info',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.info.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                  data: data29
                }
                if (vErrors === null) {
                  vErrors = [err63]
                } else {
                  vErrors.push(err63)
                }
                errors++
              }
              if (typeof data29 == 'number' && isFinite(data29)) {
                if (data29 < 0 || isNaN(data29)) {
                  const err64 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/info',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                    data: data29
                  }
                  if (vErrors === null) {
                    vErrors = [err64]
                  } else {
                    vErrors.push(err64)
                  }
                  errors++
                }
              }
            }
          } else {
            const err65 = {
              instancePath: instancePath + '/vulnerabilities/maxCount',
              schemaPath: '#/properties/vulnerabilities/properties/maxCount/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.vulnerabilities.properties.maxCount.type,
              parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
              data: data24
            }
            if (vErrors === null) {
              vErrors = [err65]
            } else {
              vErrors.push(err65)
            }
            errors++
          }
        }
        if (data18.cvssThreshold !== undefined) {
          let data30 = data18.cvssThreshold
          if (typeof data30 == 'number' && isFinite(data30)) {
            if (data30 > 10 || isNaN(data30)) {
              const err66 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 10 },
                message: 'must be <= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data30
              }
              if (vErrors === null) {
                vErrors = [err66]
              } else {
                vErrors.push(err66)
              }
              errors++
            }
            if (data30 < 0 || isNaN(data30)) {
              const err67 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data30
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
              instancePath: instancePath + '/vulnerabilities/cvssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.cvssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err68]
            } else {
              vErrors.push(err68)
            }
            errors++
          }
        }
        if (data18.failOnKnownExploited !== undefined) {
          let data31 = data18.failOnKnownExploited
          if (typeof data31 !== 'boolean') {
            const err69 = {
              instancePath: instancePath + '/vulnerabilities/failOnKnownExploited',
              schemaPath: '#/properties/vulnerabilities/properties/failOnKnownExploited/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.failOnKnownExploited.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOnKnownExploited,
              data: data31
            }
            if (vErrors === null) {
              vErrors = [err69]
            } else {
              vErrors.push(err69)
            }
            errors++
          }
        }
        if (data18.epssThreshold !== undefined) {
          let data32 = data18.epssThreshold
          if (typeof data32 == 'number' && isFinite(data32)) {
            if (data32 > 1 || isNaN(data32)) {
              const err70 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data32
              }
              if (vErrors === null) {
                vErrors = [err70]
              } else {
                vErrors.push(err70)
              }
              errors++
            }
            if (data32 < 0 || isNaN(data32)) {
              const err71 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data32
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
              instancePath: instancePath + '/vulnerabilities/epssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.epssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
              data: data32
            }
            if (vErrors === null) {
              vErrors = [err72]
            } else {
              vErrors.push(err72)
            }
            errors++
          }
        }
        if (data18.secretsFailOn !== undefined) {
          let data33 = data18.secretsFailOn
          if (typeof data33 !== 'string') {
            const err73 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data33
            }
            if (vErrors === null) {
              vErrors = [err73]
            } else {
              vErrors.push(err73)
            }
            errors++
          }
          if (!(
            data33 === 'critical' ||
            data33 === 'high' ||
            data33 === 'medium' ||
            data33 === 'low' ||
            data33 === 'info' ||
            data33 === 'none'
          )) {
            const err74 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.secretsFailOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data33
            }
            if (vErrors === null) {
              vErrors = [err74]
            } else {
              vErrors.push(err74)
            }
            errors++
          }
        }
        if (data18.ignoreFiles !== undefined) {
          let data34 = data18.ignoreFiles
          if (typeof data34 !== 'boolean') {
            const err75 = {
              instancePath: instancePath + '/vulnerabilities/ignoreFiles',
              schemaPath: '#/properties/vulnerabilities/properties/ignoreFiles/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.ignoreFiles.type,
              parentSchema: schema11.properties.vulnerabilities.properties.ignoreFiles,
              data: data34
            }
            if (vErrors === null) {
              vErrors = [err75]
            } else {
              vErrors.push(err75)
            }
            errors++
          }
        }
        if (data18.timeoutSeconds !== undefined) {
          let data35 = data18.timeoutSeconds
          if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
            const err76 = {
              instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
              schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.vulnerabilities.properties.timeoutSeconds.type,
              parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
              data: data35
            }
            if (vErrors === null) {
              vErrors = [err76]
            } else {
              vErrors.push(err76)
            }
            errors++
          }
          if (typeof data35 == 'number' && isFinite(data35)) {
            if (data35 > 21600 || isNaN(data35)) {
              const err77 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 21600 },
                message: 'must be <= 21600',
                schema: 21600,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data35
              }
              if (vErrors === null) {
                vErrors = [err77]
              } else {
                vErrors.push(err77)
              }
              errors++
            }
            if (data35 < 10 || isNaN(data35)) {
              const err78 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data35
              }
              if (vErrors === null) {
                vErrors = [err78]
              } else {
                vErrors.push(err78)
              }
              errors++
            }
          }
        }
      } else {
        const err79 = {
          instancePath: instancePath + '/vulnerabilities',
          schemaPath: '#/properties/vulnerabilities/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.vulnerabilities.type,
          parentSchema: schema11.properties.vulnerabilities,
          data: data18
        }
        if (vErrors === null) {
          vErrors = [err79]
        } else {
          vErrors.push(err79)
        }
        errors++
      }
    }
    if (data.images !== undefined) {
      let data36 = data.images
      if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
        for (const key7 in data36) {
          if (!(key7 === 'failOn' || key7 === 'tags' || key7 === 'registries' || key7 === 'platform')) {
            const err80 = {
              instancePath: instancePath + '/images',
              schemaPath: '#/properties/images/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.images,
              data: data36
            }
            if (vErrors === null) {
              vErrors = [err80]
            } else {
              vErrors.push(err80)
            }
            errors++
          }
        }
        if (data36.failOn !== undefined) {
          let data37 = data36.failOn
          if (typeof data37 !== 'string') {
            const err81 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.failOn.type,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data37
            }
            if (vErrors === null) {
              vErrors = [err81]
            } else {
              vErrors.push(err81)
            }
            errors++
          }
          if (!(
            data37 === 'critical' ||
            data37 === 'high' ||
            data37 === 'medium' ||
            data37 === 'low' ||
            data37 === 'info' ||
            data37 === 'none'
          )) {
            const err82 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.images.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.images.properties.failOn.enum,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data37
            }
            if (vErrors === null) {
              vErrors = [err82]
            } else {
              vErrors.push(err82)
            }
            errors++
          }
        }
        if (data36.tags !== undefined) {
          let data38 = data36.tags
          if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
            for (const key8 in data38) {
              if (!(key8 === 'forbidLatest' || key8 === 'forbidUntagged' || key8 === 'requireDigest')) {
                const err83 = {
                  instancePath: instancePath + '/images/tags',
                  schemaPath: '#/properties/images/properties/tags/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.tags,
                  data: data38
                }
                if (vErrors === null) {
                  vErrors = [err83]
                } else {
                  vErrors.push(err83)
                }
                errors++
              }
            }
            if (data38.forbidLatest !== undefined) {
              let data39 = data38.forbidLatest
              if (typeof data39 !== 'boolean') {
                const err84 = {
                  instancePath: instancePath + '/images/tags/forbidLatest',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
                  data: data39
                }
                if (vErrors === null) {
                  vErrors = [err84]
                } else {
                  vErrors.push(err84)
                }
                errors++
              }
            }
            if (data38.forbidUntagged !== undefined) {
              let data40 = data38.forbidUntagged
              if (typeof data40 !== 'boolean') {
                const err85 = {
                  instancePath: instancePath + '/images/tags/forbidUntagged',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
                  data: data40
                }
                if (vErrors === null) {
                  vErrors = [err85]
                } else {
                  vErrors.push(err85)
                }
                errors++
              }
            }
            if (data38.requireDigest !== undefined) {
              let data41 = data38.requireDigest
              if (typeof data41 !== 'boolean') {
                const err86 = {
                  instancePath: instancePath + '/images/tags/requireDigest',
                  schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
                  data: data41
                }
                if (vErrors === null) {
                  vErrors = [err86]
                } else {
                  vErrors.push(err86)
                }
                errors++
              }
            }
          } else {
            const err87 = {
              instancePath: instancePath + '/images/tags',
              schemaPath: '#/properties/images/properties/tags/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.tags.type,
              parentSchema: schema11.properties.images.properties.tags,
              data: data38
            }
            if (vErrors === null) {
              vErrors = [err87]
            } else {
              vErrors.push(err87)
            }
            errors++
          }
        }
        if (data36.registries !== undefined) {
          let data42 = data36.registries
          if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
            for (const key9 in data42) {
              if (!(key9 === 'allow')) {
                const err88 = {
                  instancePath: instancePath + '/images/registries',
                  schemaPath: '#/properties/images/properties/registries/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key9 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.registries,
                  data: data42
                }
                if (vErrors === null) {
                  vErrors = [err88]
                } else {
                  vErrors.push(err88)
                }
                errors++
              }
            }
            if (data42.allow !== undefined) {
              let data43 = data42.allow
              if (Array.isArray(data43)) {
                const len4 = data43.length
                for (let i6 = 0; i6 < len4; i6++) {
                  let data44 = data43[i6]
                  if (typeof data44 === 'string') {
                    if (!pattern7.test(data44)) {
                      const err89 = {
                        instancePath: instancePath + '/images/registries/allow/' + i6,
                        schemaPath:
                          '#/properties/images/properties/registries/properties/allow/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                        data: data44
                      }
                      if (vErrors === null) {
                        vErrors = [err89]
                      } else {
                        vErrors.push(err89)
                      }
                      errors++
                    }
                  } else {
                    const err90 = {
                      instancePath: instancePath + '/images/registries/allow/' + i6,
                      schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                      parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                      data: data44
                    }
                    if (vErrors === null) {
                      vErrors = [err90]
                    } else {
                      vErrors.push(err90)
                    }
                    errors++
                  }
                }
              } else {
                const err91 = {
                  instancePath: instancePath + '/images/registries/allow',
                  schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.images.properties.registries.properties.allow.type,
                  parentSchema: schema11.properties.images.properties.registries.properties.allow,
                  data: data43
                }
                if (vErrors === null) {
                  vErrors = [err91]
                } else {
                  vErrors.push(err91)
                }
                errors++
              }
            }
          } else {
            const err92 = {
              instancePath: instancePath + '/images/registries',
              schemaPath: '#/properties/images/properties/registries/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.registries.type,
              parentSchema: schema11.properties.images.properties.registries,
              data: data42
            }
            if (vErrors === null) {
              vErrors = [err92]
            } else {
              vErrors.push(err92)
            }
            errors++
          }
        }
        if (data36.platform !== undefined) {
          let data45 = data36.platform
          if (typeof data45 === 'string') {
            if (!pattern9.test(data45)) {
              const err93 = {
                instancePath: instancePath + '/images/platform',
                schemaPath: '#/properties/images/properties/platform/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' },
                message: 'must match pattern "' + '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$' + '"',
                schema: '^[a-z0-9._-]+/[a-z0-9._-]+(/[a-z0-9._-]+)?$',
                parentSchema: schema11.properties.images.properties.platform,
                data: data45
              }
              if (vErrors === null) {
                vErrors = [err93]
              } else {
                vErrors.push(err93)
              }
              errors++
            }
          } else {
            const err94 = {
              instancePath: instancePath + '/images/platform',
              schemaPath: '#/properties/images/properties/platform/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.platform.type,
              parentSchema: schema11.properties.images.properties.platform,
              data: data45
            }
            if (vErrors === null) {
              vErrors = [err94]
            } else {
              vErrors.push(err94)
            }
            errors++
          }
        }
      } else {
        const err95 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.images.type,
          parentSchema: schema11.properties.images,
          data: data36
        }
        if (vErrors === null) {
          vErrors = [err95]
        } else {
          vErrors.push(err95)
        }
        errors++
      }
    }
    if (data.signatures !== undefined) {
      let data46 = data.signatures
      if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
        for (const key10 in data46) {
          if (!(
            key10 === 'required' ||
            key10 === 'authorities' ||
            key10 === 'images' ||
            key10 === 'threshold' ||
            key10 === 'trustedRoot' ||
            key10 === 'verifier'
          )) {
            const err96 = {
              instancePath: instancePath + '/signatures',
              schemaPath: '#/properties/signatures/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.signatures,
              data: data46
            }
            if (vErrors === null) {
              vErrors = [err96]
            } else {
              vErrors.push(err96)
            }
            errors++
          }
        }
        if (data46.required !== undefined) {
          let data47 = data46.required
          if (typeof data47 !== 'boolean') {
            const err97 = {
              instancePath: instancePath + '/signatures/required',
              schemaPath: '#/properties/signatures/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.signatures.properties.required.type,
              parentSchema: schema11.properties.signatures.properties.required,
              data: data47
            }
            if (vErrors === null) {
              vErrors = [err97]
            } else {
              vErrors.push(err97)
            }
            errors++
          }
        }
        if (data46.authorities !== undefined) {
          let data48 = data46.authorities
          if (Array.isArray(data48)) {
            const len5 = data48.length
            for (let i7 = 0; i7 < len5; i7++) {
              let data49 = data48[i7]
              if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
                for (const key11 in data49) {
                  if (!(
                    key11 === 'name' ||
                    key11 === 'key' ||
                    key11 === 'keyless' ||
                    key11 === 'threshold' ||
                    key11 === 'tlog' ||
                    key11 === 'ctlog'
                  )) {
                    const err98 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7,
                      schemaPath: '#/properties/signatures/properties/authorities/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key11 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.signatures.properties.authorities.items,
                      data: data49
                    }
                    if (vErrors === null) {
                      vErrors = [err98]
                    } else {
                      vErrors.push(err98)
                    }
                    errors++
                  }
                }
                if (data49.name !== undefined) {
                  let data50 = data49.name
                  if (typeof data50 === 'string') {
                    if (!pattern7.test(data50)) {
                      const err99 = {
                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/name',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.name,
                        data: data50
                      }
                      if (vErrors === null) {
                        vErrors = [err99]
                      } else {
                        vErrors.push(err99)
                      }
                      errors++
                    }
                  } else {
                    const err100 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/name',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.name.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.name,
                      data: data50
                    }
                    if (vErrors === null) {
                      vErrors = [err100]
                    } else {
                      vErrors.push(err100)
                    }
                    errors++
                  }
                }
                if (data49.key !== undefined) {
                  let data51 = data49.key
                  if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
                    for (const key12 in data51) {
                      if (!(key12 === 'path' || key12 === 'data' || key12 === 'kms')) {
                        const err101 = {
                          instancePath: instancePath + '/signatures/authorities/' + i7 + '/key',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key12 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key,
                          data: data51
                        }
                        if (vErrors === null) {
                          vErrors = [err101]
                        } else {
                          vErrors.push(err101)
                        }
                        errors++
                      }
                    }
                    if (data51.path !== undefined) {
                      let data52 = data51.path
                      if (typeof data52 === 'string') {
                        if (!pattern7.test(data52)) {
                          const err102 = {
                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/path',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/path/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.path,
                            data: data52
                          }
                          if (vErrors === null) {
                            vErrors = [err102]
                          } else {
                            vErrors.push(err102)
                          }
                          errors++
                        }
                      } else {
                        const err103 = {
                          instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/path',
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
                          data: data52
                        }
                        if (vErrors === null) {
                          vErrors = [err103]
                        } else {
                          vErrors.push(err103)
                        }
                        errors++
                      }
                    }
                    if (data51.data !== undefined) {
                      let data53 = data51.data
                      if (typeof data53 === 'string') {
                        if (!pattern7.test(data53)) {
                          const err104 = {
                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/data',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/data/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.data,
                            data: data53
                          }
                          if (vErrors === null) {
                            vErrors = [err104]
                          } else {
                            vErrors.push(err104)
                          }
                          errors++
                        }
                      } else {
                        const err105 = {
                          instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/data',
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
                          data: data53
                        }
                        if (vErrors === null) {
                          vErrors = [err105]
                        } else {
                          vErrors.push(err105)
                        }
                        errors++
                      }
                    }
                    if (data51.kms !== undefined) {
                      let data54 = data51.kms
                      if (typeof data54 === 'string') {
                        if (!pattern7.test(data54)) {
                          const err106 = {
                            instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/kms',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/kms/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.kms,
                            data: data54
                          }
                          if (vErrors === null) {
                            vErrors = [err106]
                          } else {
                            vErrors.push(err106)
                          }
                          errors++
                        }
                      } else {
                        const err107 = {
                          instancePath: instancePath + '/signatures/authorities/' + i7 + '/key/kms',
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
                          data: data54
                        }
                        if (vErrors === null) {
                          vErrors = [err107]
                        } else {
                          vErrors.push(err107)
                        }
                        errors++
                      }
                    }
                  } else {
                    const err108 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/key',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema11.properties.signatures.properties.authorities.items.properties.key.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.key,
                      data: data51
                    }
                    if (vErrors === null) {
                      vErrors = [err108]
                    } else {
                      vErrors.push(err108)
                    }
                    errors++
                  }
                }
                if (data49.keyless !== undefined) {
                  let data55 = data49.keyless
                  if (data55 && typeof data55 == 'object' && !Array.isArray(data55)) {
                    if (data55.identities === undefined) {
                      const err109 = {
                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless',
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
                        data: data55
                      }
                      if (vErrors === null) {
                        vErrors = [err109]
                      } else {
                        vErrors.push(err109)
                      }
                      errors++
                    }
                    for (const key13 in data55) {
                      if (!(key13 === 'identities' || key13 === 'trustedRoot')) {
                        const err110 = {
                          instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/keyless/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key13 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless,
                          data: data55
                        }
                        if (vErrors === null) {
                          vErrors = [err110]
                        } else {
                          vErrors.push(err110)
                        }
                        errors++
                      }
                    }
                    if (data55.identities !== undefined) {
                      let data56 = data55.identities
                      if (Array.isArray(data56)) {
                        const len6 = data56.length
                        for (let i8 = 0; i8 < len6; i8++) {
                          let data57 = data56[i8]
                          if (data57 && typeof data57 == 'object' && !Array.isArray(data57)) {
                            for (const key14 in data57) {
                              if (!(
                                key14 === 'issuer' ||
                                key14 === 'issuerRegExp' ||
                                key14 === 'subject' ||
                                key14 === 'subjectRegExp'
                              )) {
                                const err111 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i7 +
                                    '/keyless/identities/' +
                                    i8,
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key14 },
                                  message: 'must NOT have additional properties',
                                  schema: false,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items,
                                  data: data57
                                }
                                if (vErrors === null) {
                                  vErrors = [err111]
                                } else {
                                  vErrors.push(err111)
                                }
                                errors++
                              }
                            }
                            if (data57.issuer !== undefined) {
                              let data58 = data57.issuer
                              if (typeof data58 === 'string') {
                                if (!pattern7.test(data58)) {
                                  const err112 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i7 +
                                      '/keyless/identities/' +
                                      i8 +
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
                                    data: data58
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err112]
                                  } else {
                                    vErrors.push(err112)
                                  }
                                  errors++
                                }
                              } else {
                                const err113 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i7 +
                                    '/keyless/identities/' +
                                    i8 +
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
                                  data: data58
                                }
                                if (vErrors === null) {
                                  vErrors = [err113]
                                } else {
                                  vErrors.push(err113)
                                }
                                errors++
                              }
                            }
                            if (data57.issuerRegExp !== undefined) {
                              let data59 = data57.issuerRegExp
                              if (typeof data59 === 'string') {
                                if (!pattern7.test(data59)) {
                                  const err114 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i7 +
                                      '/keyless/identities/' +
                                      i8 +
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
                                    data: data59
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err114]
                                  } else {
                                    vErrors.push(err114)
                                  }
                                  errors++
                                }
                              } else {
                                const err115 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i7 +
                                    '/keyless/identities/' +
                                    i8 +
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
                                  data: data59
                                }
                                if (vErrors === null) {
                                  vErrors = [err115]
                                } else {
                                  vErrors.push(err115)
                                }
                                errors++
                              }
                            }
                            if (data57.subject !== undefined) {
                              let data60 = data57.subject
                              if (typeof data60 === 'string') {
                                if (!pattern7.test(data60)) {
                                  const err116 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i7 +
                                      '/keyless/identities/' +
                                      i8 +
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
                                    data: data60
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
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i7 +
                                    '/keyless/identities/' +
                                    i8 +
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
                                  data: data60
                                }
                                if (vErrors === null) {
                                  vErrors = [err117]
                                } else {
                                  vErrors.push(err117)
                                }
                                errors++
                              }
                            }
                            if (data57.subjectRegExp !== undefined) {
                              let data61 = data57.subjectRegExp
                              if (typeof data61 === 'string') {
                                if (!pattern7.test(data61)) {
                                  const err118 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i7 +
                                      '/keyless/identities/' +
                                      i8 +
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
                                    data: data61
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err118]
                                  } else {
                                    vErrors.push(err118)
                                  }
                                  errors++
                                }
                              } else {
                                const err119 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i7 +
                                    '/keyless/identities/' +
                                    i8 +
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
                                  data: data61
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
                              instancePath:
                                instancePath + '/signatures/authorities/' + i7 + '/keyless/identities/' + i8,
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
                              data: data57
                            }
                            if (vErrors === null) {
                              vErrors = [err120]
                            } else {
                              vErrors.push(err120)
                            }
                            errors++
                          }
                        }
                      } else {
                        const err121 = {
                          instancePath:
                            instancePath + '/signatures/authorities/' + i7 + '/keyless/identities',
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
                          data: data56
                        }
                        if (vErrors === null) {
                          vErrors = [err121]
                        } else {
                          vErrors.push(err121)
                        }
                        errors++
                      }
                    }
                    if (data55.trustedRoot !== undefined) {
                      let data62 = data55.trustedRoot
                      if (typeof data62 === 'string') {
                        if (!pattern7.test(data62)) {
                          const err122 = {
                            instancePath:
                              instancePath + '/signatures/authorities/' + i7 + '/keyless/trustedRoot',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/keyless/properties/trustedRoot/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.keyless
                                .properties.trustedRoot,
                            data: data62
                          }
                          if (vErrors === null) {
                            vErrors = [err122]
                          } else {
                            vErrors.push(err122)
                          }
                          errors++
                        }
                      } else {
                        const err123 = {
                          instancePath:
                            instancePath + '/signatures/authorities/' + i7 + '/keyless/trustedRoot',
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
                          data: data62
                        }
                        if (vErrors === null) {
                          vErrors = [err123]
                        } else {
                          vErrors.push(err123)
                        }
                        errors++
                      }
                    }
                  } else {
                    const err124 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/keyless',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/keyless/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.keyless.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.keyless,
                      data: data55
                    }
                    if (vErrors === null) {
                      vErrors = [err124]
                    } else {
                      vErrors.push(err124)
                    }
                    errors++
                  }
                }
                if (data49.threshold !== undefined) {
                  let data63 = data49.threshold
                  if (!(typeof data63 == 'number' && !(data63 % 1) && !isNaN(data63) && isFinite(data63))) {
                    const err125 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/threshold',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/threshold/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.threshold.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.threshold,
                      data: data63
                    }
                    if (vErrors === null) {
                      vErrors = [err125]
                    } else {
                      vErrors.push(err125)
                    }
                    errors++
                  }
                  if (typeof data63 == 'number' && isFinite(data63)) {
                    if (data63 < 1 || isNaN(data63)) {
                      const err126 = {
                        instancePath: instancePath + '/signatures/authorities/' + i7 + '/threshold',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/threshold/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.threshold,
                        data: data63
                      }
                      if (vErrors === null) {
                        vErrors = [err126]
                      } else {
                        vErrors.push(err126)
                      }
                      errors++
                    }
                  }
                }
                if (data49.tlog !== undefined) {
                  let data64 = data49.tlog
                  if (typeof data64 !== 'string') {
                    const err127 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/tlog',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog,
                      data: data64
                    }
                    if (vErrors === null) {
                      vErrors = [err127]
                    } else {
                      vErrors.push(err127)
                    }
                    errors++
                  }
                  if (!(data64 === 'required' || data64 === 'optional')) {
                    const err128 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/tlog',
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
                      data: data64
                    }
                    if (vErrors === null) {
                      vErrors = [err128]
                    } else {
                      vErrors.push(err128)
                    }
                    errors++
                  }
                }
                if (data49.ctlog !== undefined) {
                  let data65 = data49.ctlog
                  if (typeof data65 !== 'string') {
                    const err129 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/ctlog',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/ctlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog,
                      data: data65
                    }
                    if (vErrors === null) {
                      vErrors = [err129]
                    } else {
                      vErrors.push(err129)
                    }
                    errors++
                  }
                  if (!(data65 === 'required' || data65 === 'optional')) {
                    const err130 = {
                      instancePath: instancePath + '/signatures/authorities/' + i7 + '/ctlog',
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
                      data: data65
                    }
                    if (vErrors === null) {
                      vErrors = [err130]
                    } else {
                      vErrors.push(err130)
                    }
                    errors++
                  }
                }
              } else {
                const err131 = {
                  instancePath: instancePath + '/signatures/authorities/' + i7,
                  schemaPath: '#/properties/signatures/properties/authorities/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.signatures.properties.authorities.items.type,
                  parentSchema: schema11.properties.signatures.properties.authorities.items,
                  data: data49
                }
                if (vErrors === null) {
                  vErrors = [err131]
                } else {
                  vErrors.push(err131)
                }
                errors++
              }
            }
          } else {
            const err132 = {
              instancePath: instancePath + '/signatures/authorities',
              schemaPath: '#/properties/signatures/properties/authorities/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.authorities.type,
              parentSchema: schema11.properties.signatures.properties.authorities,
              data: data48
            }
            if (vErrors === null) {
              vErrors = [err132]
            } else {
              vErrors.push(err132)
            }
            errors++
          }
        }
        if (data46.images !== undefined) {
          let data66 = data46.images
          if (Array.isArray(data66)) {
            const len7 = data66.length
            for (let i9 = 0; i9 < len7; i9++) {
              let data67 = data66[i9]
              if (typeof data67 === 'string') {
                if (!pattern7.test(data67)) {
                  const err133 = {
                    instancePath: instancePath + '/signatures/images/' + i9,
                    schemaPath: '#/properties/signatures/properties/images/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.signatures.properties.images.items,
                    data: data67
                  }
                  if (vErrors === null) {
                    vErrors = [err133]
                  } else {
                    vErrors.push(err133)
                  }
                  errors++
                }
              } else {
                const err134 = {
                  instancePath: instancePath + '/signatures/images/' + i9,
                  schemaPath: '#/properties/signatures/properties/images/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.signatures.properties.images.items.type,
                  parentSchema: schema11.properties.signatures.properties.images.items,
                  data: data67
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
              instancePath: instancePath + '/signatures/images',
              schemaPath: '#/properties/signatures/properties/images/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.images.type,
              parentSchema: schema11.properties.signatures.properties.images,
              data: data66
            }
            if (vErrors === null) {
              vErrors = [err135]
            } else {
              vErrors.push(err135)
            }
            errors++
          }
        }
        if (data46.threshold !== undefined) {
          let data68 = data46.threshold
          if (!(typeof data68 == 'number' && !(data68 % 1) && !isNaN(data68) && isFinite(data68))) {
            const err136 = {
              instancePath: instancePath + '/signatures/threshold',
              schemaPath: '#/properties/signatures/properties/threshold/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.signatures.properties.threshold.type,
              parentSchema: schema11.properties.signatures.properties.threshold,
              data: data68
            }
            if (vErrors === null) {
              vErrors = [err136]
            } else {
              vErrors.push(err136)
            }
            errors++
          }
          if (typeof data68 == 'number' && isFinite(data68)) {
            if (data68 < 1 || isNaN(data68)) {
              const err137 = {
                instancePath: instancePath + '/signatures/threshold',
                schemaPath: '#/properties/signatures/properties/threshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.signatures.properties.threshold,
                data: data68
              }
              if (vErrors === null) {
                vErrors = [err137]
              } else {
                vErrors.push(err137)
              }
              errors++
            }
          }
        }
        if (data46.trustedRoot !== undefined) {
          let data69 = data46.trustedRoot
          if (typeof data69 === 'string') {
            if (!pattern7.test(data69)) {
              const err138 = {
                instancePath: instancePath + '/signatures/trustedRoot',
                schemaPath: '#/properties/signatures/properties/trustedRoot/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema11.properties.signatures.properties.trustedRoot,
                data: data69
              }
              if (vErrors === null) {
                vErrors = [err138]
              } else {
                vErrors.push(err138)
              }
              errors++
            }
          } else {
            const err139 = {
              instancePath: instancePath + '/signatures/trustedRoot',
              schemaPath: '#/properties/signatures/properties/trustedRoot/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.trustedRoot.type,
              parentSchema: schema11.properties.signatures.properties.trustedRoot,
              data: data69
            }
            if (vErrors === null) {
              vErrors = [err139]
            } else {
              vErrors.push(err139)
            }
            errors++
          }
        }
        if (data46.verifier !== undefined) {
          let data70 = data46.verifier
          if (typeof data70 !== 'string') {
            const err140 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.verifier.type,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data70
            }
            if (vErrors === null) {
              vErrors = [err140]
            } else {
              vErrors.push(err140)
            }
            errors++
          }
          if (!(data70 === 'native' || data70 === 'cosign')) {
            const err141 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.signatures.properties.verifier.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.signatures.properties.verifier.enum,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data70
            }
            if (vErrors === null) {
              vErrors = [err141]
            } else {
              vErrors.push(err141)
            }
            errors++
          }
        }
      } else {
        const err142 = {
          instancePath: instancePath + '/signatures',
          schemaPath: '#/properties/signatures/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.signatures.type,
          parentSchema: schema11.properties.signatures,
          data: data46
        }
        if (vErrors === null) {
          vErrors = [err142]
        } else {
          vErrors.push(err142)
        }
        errors++
      }
    }
    if (data.imageConfig !== undefined) {
      let data71 = data.imageConfig
      if (data71 && typeof data71 == 'object' && !Array.isArray(data71)) {
        for (const key15 in data71) {
          if (!(
            key15 === 'enabled' ||
            key15 === 'required' ||
            key15 === 'failOn' ||
            key15 === 'rules' ||
            key15 === 'maxAgeDays' ||
            key15 === 'allowedPorts' ||
            key15 === 'requireLabels'
          )) {
            const err143 = {
              instancePath: instancePath + '/imageConfig',
              schemaPath: '#/properties/imageConfig/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key15 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.imageConfig,
              data: data71
            }
            if (vErrors === null) {
              vErrors = [err143]
            } else {
              vErrors.push(err143)
            }
            errors++
          }
        }
        if (data71.enabled !== undefined) {
          let data72 = data71.enabled
          if (typeof data72 !== 'boolean') {
            const err144 = {
              instancePath: instancePath + '/imageConfig/enabled',
              schemaPath: '#/properties/imageConfig/properties/enabled/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.imageConfig.properties.enabled.type,
              parentSchema: schema11.properties.imageConfig.properties.enabled,
              data: data72
            }
            if (vErrors === null) {
              vErrors = [err144]
            } else {
              vErrors.push(err144)
            }
            errors++
          }
        }
        if (data71.required !== undefined) {
          let data73 = data71.required
          if (typeof data73 !== 'boolean') {
            const err145 = {
              instancePath: instancePath + '/imageConfig/required',
              schemaPath: '#/properties/imageConfig/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.imageConfig.properties.required.type,
              parentSchema: schema11.properties.imageConfig.properties.required,
              data: data73
            }
            if (vErrors === null) {
              vErrors = [err145]
            } else {
              vErrors.push(err145)
            }
            errors++
          }
        }
        if (data71.failOn !== undefined) {
          let data74 = data71.failOn
          if (typeof data74 !== 'string') {
            const err146 = {
              instancePath: instancePath + '/imageConfig/failOn',
              schemaPath: '#/properties/imageConfig/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.imageConfig.properties.failOn.type,
              parentSchema: schema11.properties.imageConfig.properties.failOn,
              data: data74
            }
            if (vErrors === null) {
              vErrors = [err146]
            } else {
              vErrors.push(err146)
            }
            errors++
          }
          if (!(
            data74 === 'critical' ||
            data74 === 'high' ||
            data74 === 'medium' ||
            data74 === 'low' ||
            data74 === 'info' ||
            data74 === 'none'
          )) {
            const err147 = {
              instancePath: instancePath + '/imageConfig/failOn',
              schemaPath: '#/properties/imageConfig/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.imageConfig.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.imageConfig.properties.failOn.enum,
              parentSchema: schema11.properties.imageConfig.properties.failOn,
              data: data74
            }
            if (vErrors === null) {
              vErrors = [err147]
            } else {
              vErrors.push(err147)
            }
            errors++
          }
        }
        if (data71.rules !== undefined) {
          let data75 = data71.rules
          if (data75 && typeof data75 == 'object' && !Array.isArray(data75)) {
            for (const key16 in data75) {
              if (!pattern21.test(key16)) {
                const err148 = {
                  instancePath: instancePath + '/imageConfig/rules',
                  schemaPath: '#/properties/imageConfig/properties/rules/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key16 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.imageConfig.properties.rules,
                  data: data75
                }
                if (vErrors === null) {
                  vErrors = [err148]
                } else {
                  vErrors.push(err148)
                }
                errors++
              }
            }
            for (const key17 in data75) {
              if (pattern21.test(key17)) {
                let data76 = data75[key17]
                if (typeof data76 !== 'string') {
                  const err149 = {
                    instancePath:
                      instancePath + '/imageConfig/rules/' + key17.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/imageConfig/properties/rules/patternProperties/%5EIG40%5B1-8%5D%24/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema:
                      schema11.properties.imageConfig.properties.rules.patternProperties['^IG40[1-8]$'].type,
                    parentSchema:
                      schema11.properties.imageConfig.properties.rules.patternProperties['^IG40[1-8]$'],
                    data: data76
                  }
                  if (vErrors === null) {
                    vErrors = [err149]
                  } else {
                    vErrors.push(err149)
                  }
                  errors++
                }
                if (!(
                  data76 === 'critical' ||
                  data76 === 'high' ||
                  data76 === 'medium' ||
                  data76 === 'low' ||
                  data76 === 'info' ||
                  data76 === 'off'
                )) {
                  const err150 = {
                    instancePath:
                      instancePath + '/imageConfig/rules/' + key17.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      '#/properties/imageConfig/properties/rules/patternProperties/%5EIG40%5B1-8%5D%24/enum',
                    keyword: 'enum',
                    params: {
                      allowedValues:
                        schema11.properties.imageConfig.properties.rules.patternProperties['^IG40[1-8]$'].enum
                    },
                    message: 'must be equal to one of the allowed values',
                    schema:
                      schema11.properties.imageConfig.properties.rules.patternProperties['^IG40[1-8]$'].enum,
                    parentSchema:
                      schema11.properties.imageConfig.properties.rules.patternProperties['^IG40[1-8]$'],
                    data: data76
                  }
                  if (vErrors === null) {
                    vErrors = [err150]
                  } else {
                    vErrors.push(err150)
                  }
                  errors++
                }
              }
            }
          } else {
            const err151 = {
              instancePath: instancePath + '/imageConfig/rules',
              schemaPath: '#/properties/imageConfig/properties/rules/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.imageConfig.properties.rules.type,
              parentSchema: schema11.properties.imageConfig.properties.rules,
              data: data75
            }
            if (vErrors === null) {
              vErrors = [err151]
            } else {
              vErrors.push(err151)
            }
            errors++
          }
        }
        if (data71.maxAgeDays !== undefined) {
          let data77 = data71.maxAgeDays
          if (!(typeof data77 == 'number' && !(data77 % 1) && !isNaN(data77) && isFinite(data77))) {
            const err152 = {
              instancePath: instancePath + '/imageConfig/maxAgeDays',
              schemaPath: '#/properties/imageConfig/properties/maxAgeDays/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.imageConfig.properties.maxAgeDays.type,
              parentSchema: schema11.properties.imageConfig.properties.maxAgeDays,
              data: data77
            }
            if (vErrors === null) {
              vErrors = [err152]
            } else {
              vErrors.push(err152)
            }
            errors++
          }
          if (typeof data77 == 'number' && isFinite(data77)) {
            if (data77 < 1 || isNaN(data77)) {
              const err153 = {
                instancePath: instancePath + '/imageConfig/maxAgeDays',
                schemaPath: '#/properties/imageConfig/properties/maxAgeDays/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.imageConfig.properties.maxAgeDays,
                data: data77
              }
              if (vErrors === null) {
                vErrors = [err153]
              } else {
                vErrors.push(err153)
              }
              errors++
            }
          }
        }
        if (data71.allowedPorts !== undefined) {
          let data78 = data71.allowedPorts
          if (Array.isArray(data78)) {
            const len8 = data78.length
            for (let i10 = 0; i10 < len8; i10++) {
              let data79 = data78[i10]
              if (!(typeof data79 == 'number' && !(data79 % 1) && !isNaN(data79) && isFinite(data79))) {
                const err154 = {
                  instancePath: instancePath + '/imageConfig/allowedPorts/' + i10,
                  schemaPath: '#/properties/imageConfig/properties/allowedPorts/items/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.imageConfig.properties.allowedPorts.items.type,
                  parentSchema: schema11.properties.imageConfig.properties.allowedPorts.items,
                  data: data79
                }
                if (vErrors === null) {
                  vErrors = [err154]
                } else {
                  vErrors.push(err154)
                }
                errors++
              }
              if (typeof data79 == 'number' && isFinite(data79)) {
                if (data79 > 1023 || isNaN(data79)) {
                  const err155 = {
                    instancePath: instancePath + '/imageConfig/allowedPorts/' + i10,
                    schemaPath: '#/properties/imageConfig/properties/allowedPorts/items/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 1023 },
                    message: 'must be <= 1023',
                    schema: 1023,
                    parentSchema: schema11.properties.imageConfig.properties.allowedPorts.items,
                    data: data79
                  }
                  if (vErrors === null) {
                    vErrors = [err155]
                  } else {
                    vErrors.push(err155)
                  }
                  errors++
                }
                if (data79 < 1 || isNaN(data79)) {
                  const err156 = {
                    instancePath: instancePath + '/imageConfig/allowedPorts/' + i10,
                    schemaPath: '#/properties/imageConfig/properties/allowedPorts/items/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema11.properties.imageConfig.properties.allowedPorts.items,
                    data: data79
                  }
                  if (vErrors === null) {
                    vErrors = [err156]
                  } else {
                    vErrors.push(err156)
                  }
                  errors++
                }
              }
            }
            let i11 = data78.length
            let j2
            if (i11 > 1) {
              const indices2 = {}
              for (; i11--;) {
                let item2 = data78[i11]
                if (!(typeof item2 == 'number' && !(item2 % 1) && !isNaN(item2) && isFinite(item2))) {
                  continue
                }
                if (typeof indices2[item2] == 'number') {
                  j2 = indices2[item2]
                  const err157 = {
                    instancePath: instancePath + '/imageConfig/allowedPorts',
                    schemaPath: '#/properties/imageConfig/properties/allowedPorts/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i11, j: j2 },
                    message:
                      'must NOT have duplicate items (items ## ' + j2 + ' and ' + i11 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.imageConfig.properties.allowedPorts,
                    data: data78
                  }
                  if (vErrors === null) {
                    vErrors = [err157]
                  } else {
                    vErrors.push(err157)
                  }
                  errors++
                  break
                }
                indices2[item2] = i11
              }
            }
          } else {
            const err158 = {
              instancePath: instancePath + '/imageConfig/allowedPorts',
              schemaPath: '#/properties/imageConfig/properties/allowedPorts/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.imageConfig.properties.allowedPorts.type,
              parentSchema: schema11.properties.imageConfig.properties.allowedPorts,
              data: data78
            }
            if (vErrors === null) {
              vErrors = [err158]
            } else {
              vErrors.push(err158)
            }
            errors++
          }
        }
        if (data71.requireLabels !== undefined) {
          let data80 = data71.requireLabels
          if (Array.isArray(data80)) {
            const len9 = data80.length
            for (let i12 = 0; i12 < len9; i12++) {
              let data81 = data80[i12]
              if (typeof data81 === 'string') {
                if (!pattern7.test(data81)) {
                  const err159 = {
                    instancePath: instancePath + '/imageConfig/requireLabels/' + i12,
                    schemaPath: '#/properties/imageConfig/properties/requireLabels/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.imageConfig.properties.requireLabels.items,
                    data: data81
                  }
                  if (vErrors === null) {
                    vErrors = [err159]
                  } else {
                    vErrors.push(err159)
                  }
                  errors++
                }
              } else {
                const err160 = {
                  instancePath: instancePath + '/imageConfig/requireLabels/' + i12,
                  schemaPath: '#/properties/imageConfig/properties/requireLabels/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.imageConfig.properties.requireLabels.items.type,
                  parentSchema: schema11.properties.imageConfig.properties.requireLabels.items,
                  data: data81
                }
                if (vErrors === null) {
                  vErrors = [err160]
                } else {
                  vErrors.push(err160)
                }
                errors++
              }
            }
            let i13 = data80.length
            let j3
            if (i13 > 1) {
              const indices3 = {}
              for (; i13--;) {
                let item3 = data80[i13]
                if (typeof item3 !== 'string') {
                  continue
                }
                if (typeof indices3[item3] == 'number') {
                  j3 = indices3[item3]
                  const err161 = {
                    instancePath: instancePath + '/imageConfig/requireLabels',
                    schemaPath: '#/properties/imageConfig/properties/requireLabels/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i13, j: j3 },
                    message:
                      'must NOT have duplicate items (items ## ' + j3 + ' and ' + i13 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.imageConfig.properties.requireLabels,
                    data: data80
                  }
                  if (vErrors === null) {
                    vErrors = [err161]
                  } else {
                    vErrors.push(err161)
                  }
                  errors++
                  break
                }
                indices3[item3] = i13
              }
            }
          } else {
            const err162 = {
              instancePath: instancePath + '/imageConfig/requireLabels',
              schemaPath: '#/properties/imageConfig/properties/requireLabels/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.imageConfig.properties.requireLabels.type,
              parentSchema: schema11.properties.imageConfig.properties.requireLabels,
              data: data80
            }
            if (vErrors === null) {
              vErrors = [err162]
            } else {
              vErrors.push(err162)
            }
            errors++
          }
        }
      } else {
        const err163 = {
          instancePath: instancePath + '/imageConfig',
          schemaPath: '#/properties/imageConfig/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.imageConfig.type,
          parentSchema: schema11.properties.imageConfig,
          data: data71
        }
        if (vErrors === null) {
          vErrors = [err163]
        } else {
          vErrors.push(err163)
        }
        errors++
      }
    }
    if (data.exceptions !== undefined) {
      let data82 = data.exceptions
      if (Array.isArray(data82)) {
        const len10 = data82.length
        for (let i14 = 0; i14 < len10; i14++) {
          let data83 = data82[i14]
          if (data83 && typeof data83 == 'object' && !Array.isArray(data83)) {
            if (data83.id === undefined) {
              const err164 = {
                instancePath: instancePath + '/exceptions/' + i14,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data83
              }
              if (vErrors === null) {
                vErrors = [err164]
              } else {
                vErrors.push(err164)
              }
              errors++
            }
            if (data83.reason === undefined) {
              const err165 = {
                instancePath: instancePath + '/exceptions/' + i14,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data83
              }
              if (vErrors === null) {
                vErrors = [err165]
              } else {
                vErrors.push(err165)
              }
              errors++
            }
            for (const key18 in data83) {
              if (!(
                key18 === 'id' ||
                key18 === 'package' ||
                key18 === 'image' ||
                key18 === 'reason' ||
                key18 === 'expires'
              )) {
                const err166 = {
                  instancePath: instancePath + '/exceptions/' + i14,
                  schemaPath: '#/properties/exceptions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key18 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.exceptions.items,
                  data: data83
                }
                if (vErrors === null) {
                  vErrors = [err166]
                } else {
                  vErrors.push(err166)
                }
                errors++
              }
            }
            if (data83.id !== undefined) {
              let data84 = data83.id
              if (typeof data84 === 'string') {
                if (!pattern0.test(data84)) {
                  const err167 = {
                    instancePath: instancePath + '/exceptions/' + i14 + '/id',
                    schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                    schema: '^\\S+$',
                    parentSchema: schema11.properties.exceptions.items.properties.id,
                    data: data84
                  }
                  if (vErrors === null) {
                    vErrors = [err167]
                  } else {
                    vErrors.push(err167)
                  }
                  errors++
                }
              } else {
                const err168 = {
                  instancePath: instancePath + '/exceptions/' + i14 + '/id',
                  schemaPath: '#/properties/exceptions/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.id.type,
                  parentSchema: schema11.properties.exceptions.items.properties.id,
                  data: data84
                }
                if (vErrors === null) {
                  vErrors = [err168]
                } else {
                  vErrors.push(err168)
                }
                errors++
              }
            }
            if (data83.package !== undefined) {
              let data85 = data83.package
              if (typeof data85 === 'string') {
                if (!pattern7.test(data85)) {
                  const err169 = {
                    instancePath: instancePath + '/exceptions/' + i14 + '/package',
                    schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.package,
                    data: data85
                  }
                  if (vErrors === null) {
                    vErrors = [err169]
                  } else {
                    vErrors.push(err169)
                  }
                  errors++
                }
              } else {
                const err170 = {
                  instancePath: instancePath + '/exceptions/' + i14 + '/package',
                  schemaPath: '#/properties/exceptions/items/properties/package/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.package.type,
                  parentSchema: schema11.properties.exceptions.items.properties.package,
                  data: data85
                }
                if (vErrors === null) {
                  vErrors = [err170]
                } else {
                  vErrors.push(err170)
                }
                errors++
              }
            }
            if (data83.image !== undefined) {
              let data86 = data83.image
              if (typeof data86 === 'string') {
                if (!pattern7.test(data86)) {
                  const err171 = {
                    instancePath: instancePath + '/exceptions/' + i14 + '/image',
                    schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.image,
                    data: data86
                  }
                  if (vErrors === null) {
                    vErrors = [err171]
                  } else {
                    vErrors.push(err171)
                  }
                  errors++
                }
              } else {
                const err172 = {
                  instancePath: instancePath + '/exceptions/' + i14 + '/image',
                  schemaPath: '#/properties/exceptions/items/properties/image/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.image.type,
                  parentSchema: schema11.properties.exceptions.items.properties.image,
                  data: data86
                }
                if (vErrors === null) {
                  vErrors = [err172]
                } else {
                  vErrors.push(err172)
                }
                errors++
              }
            }
            if (data83.reason !== undefined) {
              let data87 = data83.reason
              if (typeof data87 === 'string') {
                if (!pattern7.test(data87)) {
                  const err173 = {
                    instancePath: instancePath + '/exceptions/' + i14 + '/reason',
                    schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                    data: data87
                  }
                  if (vErrors === null) {
                    vErrors = [err173]
                  } else {
                    vErrors.push(err173)
                  }
                  errors++
                }
              } else {
                const err174 = {
                  instancePath: instancePath + '/exceptions/' + i14 + '/reason',
                  schemaPath: '#/properties/exceptions/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.reason.type,
                  parentSchema: schema11.properties.exceptions.items.properties.reason,
                  data: data87
                }
                if (vErrors === null) {
                  vErrors = [err174]
                } else {
                  vErrors.push(err174)
                }
                errors++
              }
            }
            if (data83.expires !== undefined) {
              let data88 = data83.expires
              if (typeof data88 === 'string') {
                if (!formats0(data88)) {
                  const err175 = {
                    instancePath: instancePath + '/exceptions/' + i14 + '/expires',
                    schemaPath: '#/properties/exceptions/items/properties/expires/format',
                    keyword: 'format',
                    params: { format: 'date' },
                    message: 'must match format "' + 'date' + '"',
                    schema: 'date',
                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                    data: data88
                  }
                  if (vErrors === null) {
                    vErrors = [err175]
                  } else {
                    vErrors.push(err175)
                  }
                  errors++
                }
              } else {
                const err176 = {
                  instancePath: instancePath + '/exceptions/' + i14 + '/expires',
                  schemaPath: '#/properties/exceptions/items/properties/expires/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.expires.type,
                  parentSchema: schema11.properties.exceptions.items.properties.expires,
                  data: data88
                }
                if (vErrors === null) {
                  vErrors = [err176]
                } else {
                  vErrors.push(err176)
                }
                errors++
              }
            }
          } else {
            const err177 = {
              instancePath: instancePath + '/exceptions/' + i14,
              schemaPath: '#/properties/exceptions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.exceptions.items.type,
              parentSchema: schema11.properties.exceptions.items,
              data: data83
            }
            if (vErrors === null) {
              vErrors = [err177]
            } else {
              vErrors.push(err177)
            }
            errors++
          }
        }
      } else {
        const err178 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.exceptions.type,
          parentSchema: schema11.properties.exceptions,
          data: data82
        }
        if (vErrors === null) {
          vErrors = [err178]
        } else {
          vErrors.push(err178)
        }
        errors++
      }
    }
    if (data.report !== undefined) {
      let data89 = data.report
      if (data89 && typeof data89 == 'object' && !Array.isArray(data89)) {
        for (const key19 in data89) {
          if (!(key19 === 'comment')) {
            const err179 = {
              instancePath: instancePath + '/report',
              schemaPath: '#/properties/report/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key19 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.report,
              data: data89
            }
            if (vErrors === null) {
              vErrors = [err179]
            } else {
              vErrors.push(err179)
            }
            errors++
          }
        }
        if (data89.comment !== undefined) {
          let data90 = data89.comment
          if (typeof data90 !== 'string') {
            const err180 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.report.properties.comment.type,
              parentSchema: schema11.properties.report.properties.comment,
              data: data90
            }
            if (vErrors === null) {
              vErrors = [err180]
            } else {
              vErrors.push(err180)
            }
            errors++
          }
          if (!(
            data90 === 'always' ||
            data90 === 'on-failure' ||
            data90 === 'update-only' ||
            data90 === 'never'
          )) {
            const err181 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.report.properties.comment.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.report.properties.comment.enum,
              parentSchema: schema11.properties.report.properties.comment,
              data: data90
            }
            if (vErrors === null) {
              vErrors = [err181]
            } else {
              vErrors.push(err181)
            }
            errors++
          }
        }
      } else {
        const err182 = {
          instancePath: instancePath + '/report',
          schemaPath: '#/properties/report/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.report.type,
          parentSchema: schema11.properties.report,
          data: data89
        }
        if (vErrors === null) {
          vErrors = [err182]
        } else {
          vErrors.push(err182)
        }
        errors++
      }
    }
  } else {
    const err183 = {
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
      vErrors = [err183]
    } else {
      vErrors.push(err183)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
