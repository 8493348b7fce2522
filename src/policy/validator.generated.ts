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
        { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, uniqueItems: true }
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
        }
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
      properties: { comment: { type: 'string', enum: ['always', 'on-failure', 'never'] } }
    }
  }
}
const func2 = Object.prototype.hasOwnProperty
const pattern0 = new RegExp('^\\S+$', 'u')
const pattern3 = new RegExp('^(DL|SC|IG)[0-9]+$', 'u')
const pattern5 = new RegExp('\\S', 'u')
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
            if (typeof data2 === 'string') {
              if (!pattern0.test(data2)) {
                const err6 = {
                  instancePath: instancePath + '/extends/' + i0,
                  schemaPath: '#/properties/extends/anyOf/1/items/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^\\S+$' },
                  message: 'must match pattern "' + '^\\S+$' + '"',
                  schema: '^\\S+$',
                  parentSchema: schema11.properties.extends.anyOf[1].items,
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
                schemaPath: '#/properties/extends/anyOf/1/items/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
                schema: schema11.properties.extends.anyOf[1].items.type,
                parentSchema: schema11.properties.extends.anyOf[1].items,
                data: data2
              }
              if (vErrors === null) {
                vErrors = [err7]
              } else {
                vErrors.push(err7)
              }
              errors++
            }
          }
          let i1 = data1.length
          let j0
          if (i1 > 1) {
            const indices0 = {}
            for (; i1--;) {
              let item0 = data1[i1]
              if (typeof item0 !== 'string') {
                continue
              }
              if (typeof indices0[item0] == 'number') {
                j0 = indices0[item0]
                const err8 = {
                  instancePath: instancePath + '/extends',
                  schemaPath: '#/properties/extends/anyOf/1/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema11.properties.extends.anyOf[1],
                  data: data1
                }
                if (vErrors === null) {
                  vErrors = [err8]
                } else {
                  vErrors.push(err8)
                }
                errors++
                break
              }
              indices0[item0] = i1
            }
          }
        } else {
          const err9 = {
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
            vErrors = [err9]
          } else {
            vErrors.push(err9)
          }
          errors++
        }
        var _valid0 = _errs8 === errors
        valid1 = valid1 || _valid0
      }
      if (!valid1) {
        const err10 = {
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
          vErrors = [err10]
        } else {
          vErrors.push(err10)
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
      let data3 = data.locked
      const _errs13 = errors
      let valid5 = false
      const _errs14 = errors
      if (Array.isArray(data3)) {
        const len1 = data3.length
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2]
          if (typeof data4 === 'string') {
            if (!pattern0.test(data4)) {
              const err11 = {
                instancePath: instancePath + '/locked/' + i2,
                schemaPath: '#/properties/locked/anyOf/0/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^\\S+$' },
                message: 'must match pattern "' + '^\\S+$' + '"',
                schema: '^\\S+$',
                parentSchema: schema11.properties.locked.anyOf[0].items,
                data: data4
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
              instancePath: instancePath + '/locked/' + i2,
              schemaPath: '#/properties/locked/anyOf/0/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.locked.anyOf[0].items.type,
              parentSchema: schema11.properties.locked.anyOf[0].items,
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
        let i3 = data3.length
        let j1
        if (i3 > 1) {
          const indices1 = {}
          for (; i3--;) {
            let item1 = data3[i3]
            if (typeof item1 !== 'string') {
              continue
            }
            if (typeof indices1[item1] == 'number') {
              j1 = indices1[item1]
              const err13 = {
                instancePath: instancePath + '/locked',
                schemaPath: '#/properties/locked/anyOf/0/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i3, j: j1 },
                message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                schema: true,
                parentSchema: schema11.properties.locked.anyOf[0],
                data: data3
              }
              if (vErrors === null) {
                vErrors = [err13]
              } else {
                vErrors.push(err13)
              }
              errors++
              break
            }
            indices1[item1] = i3
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/locked',
          schemaPath: '#/properties/locked/anyOf/0/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.locked.anyOf[0].type,
          parentSchema: schema11.properties.locked.anyOf[0],
          data: data3
        }
        if (vErrors === null) {
          vErrors = [err14]
        } else {
          vErrors.push(err14)
        }
        errors++
      }
      var _valid1 = _errs14 === errors
      valid5 = valid5 || _valid1
      if (!valid5) {
        const _errs18 = errors
        if (typeof data3 !== 'string') {
          const err15 = {
            instancePath: instancePath + '/locked',
            schemaPath: '#/properties/locked/anyOf/1/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
            schema: schema11.properties.locked.anyOf[1].type,
            parentSchema: schema11.properties.locked.anyOf[1],
            data: data3
          }
          if (vErrors === null) {
            vErrors = [err15]
          } else {
            vErrors.push(err15)
          }
          errors++
        }
        if ('all' !== data3) {
          const err16 = {
            instancePath: instancePath + '/locked',
            schemaPath: '#/properties/locked/anyOf/1/const',
            keyword: 'const',
            params: { allowedValue: 'all' },
            message: 'must be equal to constant',
            schema: 'all',
            parentSchema: schema11.properties.locked.anyOf[1],
            data: data3
          }
          if (vErrors === null) {
            vErrors = [err16]
          } else {
            vErrors.push(err16)
          }
          errors++
        }
        var _valid1 = _errs18 === errors
        valid5 = valid5 || _valid1
      }
      if (!valid5) {
        const err17 = {
          instancePath: instancePath + '/locked',
          schemaPath: '#/properties/locked/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema11.properties.locked.anyOf,
          parentSchema: schema11.properties.locked,
          data: data3
        }
        if (vErrors === null) {
          vErrors = [err17]
        } else {
          vErrors.push(err17)
        }
        errors++
      } else {
        errors = _errs13
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13
          } else {
            vErrors = null
          }
        }
      }
    }
    if (data.maxExceptionDays !== undefined) {
      let data5 = data.maxExceptionDays
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err18 = {
          instancePath: instancePath + '/maxExceptionDays',
          schemaPath: '#/properties/maxExceptionDays/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema11.properties.maxExceptionDays.type,
          parentSchema: schema11.properties.maxExceptionDays,
          data: data5
        }
        if (vErrors === null) {
          vErrors = [err18]
        } else {
          vErrors.push(err18)
        }
        errors++
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err19 = {
            instancePath: instancePath + '/maxExceptionDays',
            schemaPath: '#/properties/maxExceptionDays/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema11.properties.maxExceptionDays,
            data: data5
          }
          if (vErrors === null) {
            vErrors = [err19]
          } else {
            vErrors.push(err19)
          }
          errors++
        }
      }
    }
    if (data.mode !== undefined) {
      let data6 = data.mode
      if (typeof data6 !== 'string') {
        const err20 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.mode.type,
          parentSchema: schema11.properties.mode,
          data: data6
        }
        if (vErrors === null) {
          vErrors = [err20]
        } else {
          vErrors.push(err20)
        }
        errors++
      }
      if (!(data6 === 'enforce' || data6 === 'warn')) {
        const err21 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema11.properties.mode.enum,
          parentSchema: schema11.properties.mode,
          data: data6
        }
        if (vErrors === null) {
          vErrors = [err21]
        } else {
          vErrors.push(err21)
        }
        errors++
      }
    }
    if (data.dockerfile !== undefined) {
      let data7 = data.dockerfile
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        for (const key1 in data7) {
          if (!(
            key1 === 'failOn' ||
            key1 === 'rules' ||
            key1 === 'shellcheck' ||
            key1 === 'hadolintConfig' ||
            key1 === 'trustedRegistries'
          )) {
            const err22 = {
              instancePath: instancePath + '/dockerfile',
              schemaPath: '#/properties/dockerfile/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.dockerfile,
              data: data7
            }
            if (vErrors === null) {
              vErrors = [err22]
            } else {
              vErrors.push(err22)
            }
            errors++
          }
        }
        if (data7.failOn !== undefined) {
          let data8 = data7.failOn
          if (typeof data8 !== 'string') {
            const err23 = {
              instancePath: instancePath + '/dockerfile/failOn',
              schemaPath: '#/properties/dockerfile/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.dockerfile.properties.failOn.type,
              parentSchema: schema11.properties.dockerfile.properties.failOn,
              data: data8
            }
            if (vErrors === null) {
              vErrors = [err23]
            } else {
              vErrors.push(err23)
            }
            errors++
          }
          if (!(
            data8 === 'error' ||
            data8 === 'warning' ||
            data8 === 'info' ||
            data8 === 'style' ||
            data8 === 'none'
          )) {
            const err24 = {
              instancePath: instancePath + '/dockerfile/failOn',
              schemaPath: '#/properties/dockerfile/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.dockerfile.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.dockerfile.properties.failOn.enum,
              parentSchema: schema11.properties.dockerfile.properties.failOn,
              data: data8
            }
            if (vErrors === null) {
              vErrors = [err24]
            } else {
              vErrors.push(err24)
            }
            errors++
          }
        }
        if (data7.rules !== undefined) {
          let data9 = data7.rules
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            for (const key2 in data9) {
              if (!pattern3.test(key2)) {
                const err25 = {
                  instancePath: instancePath + '/dockerfile/rules',
                  schemaPath: '#/properties/dockerfile/properties/rules/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.dockerfile.properties.rules,
                  data: data9
                }
                if (vErrors === null) {
                  vErrors = [err25]
                } else {
                  vErrors.push(err25)
                }
                errors++
              }
            }
            for (const key3 in data9) {
              if (pattern3.test(key3)) {
                let data10 = data9[key3]
                if (typeof data10 !== 'string') {
                  const err26 = {
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
                    data: data10
                  }
                  if (vErrors === null) {
                    vErrors = [err26]
                  } else {
                    vErrors.push(err26)
                  }
                  errors++
                }
                if (!(
                  data10 === 'error' ||
                  data10 === 'warning' ||
                  data10 === 'info' ||
                  data10 === 'style' ||
                  data10 === 'off'
                )) {
                  const err27 = {
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
                    data: data10
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
          } else {
            const err28 = {
              instancePath: instancePath + '/dockerfile/rules',
              schemaPath: '#/properties/dockerfile/properties/rules/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.dockerfile.properties.rules.type,
              parentSchema: schema11.properties.dockerfile.properties.rules,
              data: data9
            }
            if (vErrors === null) {
              vErrors = [err28]
            } else {
              vErrors.push(err28)
            }
            errors++
          }
        }
        if (data7.shellcheck !== undefined) {
          let data11 = data7.shellcheck
          if (typeof data11 !== 'boolean') {
            const err29 = {
              instancePath: instancePath + '/dockerfile/shellcheck',
              schemaPath: '#/properties/dockerfile/properties/shellcheck/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.shellcheck.type,
              parentSchema: schema11.properties.dockerfile.properties.shellcheck,
              data: data11
            }
            if (vErrors === null) {
              vErrors = [err29]
            } else {
              vErrors.push(err29)
            }
            errors++
          }
        }
        if (data7.hadolintConfig !== undefined) {
          let data12 = data7.hadolintConfig
          if (typeof data12 !== 'boolean') {
            const err30 = {
              instancePath: instancePath + '/dockerfile/hadolintConfig',
              schemaPath: '#/properties/dockerfile/properties/hadolintConfig/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.hadolintConfig.type,
              parentSchema: schema11.properties.dockerfile.properties.hadolintConfig,
              data: data12
            }
            if (vErrors === null) {
              vErrors = [err30]
            } else {
              vErrors.push(err30)
            }
            errors++
          }
        }
        if (data7.trustedRegistries !== undefined) {
          let data13 = data7.trustedRegistries
          if (Array.isArray(data13)) {
            const len2 = data13.length
            for (let i4 = 0; i4 < len2; i4++) {
              let data14 = data13[i4]
              if (typeof data14 === 'string') {
                if (!pattern5.test(data14)) {
                  const err31 = {
                    instancePath: instancePath + '/dockerfile/trustedRegistries/' + i4,
                    schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                    data: data14
                  }
                  if (vErrors === null) {
                    vErrors = [err31]
                  } else {
                    vErrors.push(err31)
                  }
                  errors++
                }
              } else {
                const err32 = {
                  instancePath: instancePath + '/dockerfile/trustedRegistries/' + i4,
                  schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.dockerfile.properties.trustedRegistries.items.type,
                  parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                  data: data14
                }
                if (vErrors === null) {
                  vErrors = [err32]
                } else {
                  vErrors.push(err32)
                }
                errors++
              }
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/dockerfile/trustedRegistries',
              schemaPath: '#/properties/dockerfile/properties/trustedRegistries/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.dockerfile.properties.trustedRegistries.type,
              parentSchema: schema11.properties.dockerfile.properties.trustedRegistries,
              data: data13
            }
            if (vErrors === null) {
              vErrors = [err33]
            } else {
              vErrors.push(err33)
            }
            errors++
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/dockerfile',
          schemaPath: '#/properties/dockerfile/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.dockerfile.type,
          parentSchema: schema11.properties.dockerfile,
          data: data7
        }
        if (vErrors === null) {
          vErrors = [err34]
        } else {
          vErrors.push(err34)
        }
        errors++
      }
    }
    if (data.vulnerabilities !== undefined) {
      let data15 = data.vulnerabilities
      if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
        for (const key4 in data15) {
          if (!func2.call(schema11.properties.vulnerabilities.properties, key4)) {
            const err35 = {
              instancePath: instancePath + '/vulnerabilities',
              schemaPath: '#/properties/vulnerabilities/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.vulnerabilities,
              data: data15
            }
            if (vErrors === null) {
              vErrors = [err35]
            } else {
              vErrors.push(err35)
            }
            errors++
          }
        }
        if (data15.scanners !== undefined) {
          let data16 = data15.scanners
          if (Array.isArray(data16)) {
            const len3 = data16.length
            for (let i5 = 0; i5 < len3; i5++) {
              let data17 = data16[i5]
              if (typeof data17 !== 'string') {
                const err36 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i5,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data17
                }
                if (vErrors === null) {
                  vErrors = [err36]
                } else {
                  vErrors.push(err36)
                }
                errors++
              }
              if (!(data17 === 'trivy' || data17 === 'grype')) {
                const err37 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i5,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data17
                }
                if (vErrors === null) {
                  vErrors = [err37]
                } else {
                  vErrors.push(err37)
                }
                errors++
              }
            }
            let i6 = data16.length
            let j2
            if (i6 > 1) {
              const indices2 = {}
              for (; i6--;) {
                let item2 = data16[i6]
                if (typeof item2 !== 'string') {
                  continue
                }
                if (typeof indices2[item2] == 'number') {
                  j2 = indices2[item2]
                  const err38 = {
                    instancePath: instancePath + '/vulnerabilities/scanners',
                    schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i6, j: j2 },
                    message:
                      'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                    data: data16
                  }
                  if (vErrors === null) {
                    vErrors = [err38]
                  } else {
                    vErrors.push(err38)
                  }
                  errors++
                  break
                }
                indices2[item2] = i6
              }
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/vulnerabilities/scanners',
              schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.vulnerabilities.properties.scanners.type,
              parentSchema: schema11.properties.vulnerabilities.properties.scanners,
              data: data16
            }
            if (vErrors === null) {
              vErrors = [err39]
            } else {
              vErrors.push(err39)
            }
            errors++
          }
        }
        if (data15.failOn !== undefined) {
          let data18 = data15.failOn
          if (typeof data18 !== 'string') {
            const err40 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.failOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data18
            }
            if (vErrors === null) {
              vErrors = [err40]
            } else {
              vErrors.push(err40)
            }
            errors++
          }
          if (!(
            data18 === 'critical' ||
            data18 === 'high' ||
            data18 === 'medium' ||
            data18 === 'low' ||
            data18 === 'info' ||
            data18 === 'none'
          )) {
            const err41 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.failOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data18
            }
            if (vErrors === null) {
              vErrors = [err41]
            } else {
              vErrors.push(err41)
            }
            errors++
          }
        }
        if (data15.onlyFixed !== undefined) {
          let data19 = data15.onlyFixed
          if (typeof data19 !== 'boolean') {
            const err42 = {
              instancePath: instancePath + '/vulnerabilities/onlyFixed',
              schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
              parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
              data: data19
            }
            if (vErrors === null) {
              vErrors = [err42]
            } else {
              vErrors.push(err42)
            }
            errors++
          }
        }
        if (data15.severitySource !== undefined) {
          let data20 = data15.severitySource
          if (typeof data20 !== 'string') {
            const err43 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.severitySource.type,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data20
            }
            if (vErrors === null) {
              vErrors = [err43]
            } else {
              vErrors.push(err43)
            }
            errors++
          }
          if (!(data20 === 'highest' || data20 === 'trivy' || data20 === 'grype')) {
            const err44 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.severitySource.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.severitySource.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data20
            }
            if (vErrors === null) {
              vErrors = [err44]
            } else {
              vErrors.push(err44)
            }
            errors++
          }
        }
        if (data15.maxCount !== undefined) {
          let data21 = data15.maxCount
          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
            for (const key5 in data21) {
              if (!(
                key5 === 'critical' ||
                key5 === 'high' ||
                key5 === 'medium' ||
                key5 === 'low' ||
                key5 === 'info'
              )) {
                const err45 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
                  data: data21
                }
                if (vErrors === null) {
                  vErrors = [err45]
                } else {
                  vErrors.push(err45)
                }
                errors++
              }
            }
            if (data21.critical !== undefined) {
              let data22 = data21.critical
              if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
                const err46 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/critical/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                  data: data22
                }
                if (vErrors === null) {
                  vErrors = [err46]
                } else {
                  vErrors.push(err46)
                }
                errors++
              }
              if (typeof data22 == 'number' && isFinite(data22)) {
                if (data22 < 0 || isNaN(data22)) {
                  const err47 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                    schemaPath:
                      '#/properties/vulnerabilities/properties/maxCount/properties/critical/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                    data: data22
                  }
                  if (vErrors === null) {
                    vErrors = [err47]
                  } else {
                    vErrors.push(err47)
                  }
                  errors++
                }
              }
            }
            if (data21.high !== undefined) {
              let data23 = data21.high
              if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                const err48 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/high',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.high.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                  data: data23
                }
                if (vErrors === null) {
                  vErrors = [err48]
                } else {
                  vErrors.push(err48)
                }
                errors++
              }
              if (typeof data23 == 'number' && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err49 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/high',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                    data: data23
                  }
                  if (vErrors === null) {
                    vErrors = [err49]
                  } else {
                    vErrors.push(err49)
                  }
                  errors++
                }
              }
            }
            if (data21.medium !== undefined) {
              let data24 = data21.medium
              if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                const err50 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                  data: data24
                }
                if (vErrors === null) {
                  vErrors = [err50]
                } else {
                  vErrors.push(err50)
                }
                errors++
              }
              if (typeof data24 == 'number' && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err51 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                    data: data24
                  }
                  if (vErrors === null) {
                    vErrors = [err51]
                  } else {
                    vErrors.push(err51)
                  }
                  errors++
                }
              }
            }
            if (data21.low !== undefined) {
              let data25 = data21.low
              if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
                const err52 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/low',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.low.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                  data: data25
                }
                if (vErrors === null) {
                  vErrors = [err52]
                } else {
                  vErrors.push(err52)
                }
                errors++
              }
              if (typeof data25 == 'number' && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err53 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/low',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                    data: data25
                  }
                  if (vErrors === null) {
                    vErrors = [err53]
                  } else {
                    vErrors.push(err53)
                  }
                  errors++
                }
              }
            }
            if (data21.info !== undefined) {
              let data26 = data21.info
              if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                const err54 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/info',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.info.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                  data: data26
                }
                if (vErrors === null) {
                  vErrors = [err54]
                } else {
                  vErrors.push(err54)
                }
                errors++
              }
              if (typeof data26 == 'number' && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err55 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/info',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                    data: data26
                  }
                  if (vErrors === null) {
                    vErrors = [err55]
                  } else {
                    vErrors.push(err55)
                  }
                  errors++
                }
              }
            }
          } else {
            const err56 = {
              instancePath: instancePath + '/vulnerabilities/maxCount',
              schemaPath: '#/properties/vulnerabilities/properties/maxCount/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.vulnerabilities.properties.maxCount.type,
              parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
              data: data21
            }
            if (vErrors === null) {
              vErrors = [err56]
            } else {
              vErrors.push(err56)
            }
            errors++
          }
        }
        if (data15.cvssThreshold !== undefined) {
          let data27 = data15.cvssThreshold
          if (typeof data27 == 'number' && isFinite(data27)) {
            if (data27 > 10 || isNaN(data27)) {
              const err57 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 10 },
                message: 'must be <= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data27
              }
              if (vErrors === null) {
                vErrors = [err57]
              } else {
                vErrors.push(err57)
              }
              errors++
            }
            if (data27 < 0 || isNaN(data27)) {
              const err58 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data27
              }
              if (vErrors === null) {
                vErrors = [err58]
              } else {
                vErrors.push(err58)
              }
              errors++
            }
          } else {
            const err59 = {
              instancePath: instancePath + '/vulnerabilities/cvssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.cvssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
              data: data27
            }
            if (vErrors === null) {
              vErrors = [err59]
            } else {
              vErrors.push(err59)
            }
            errors++
          }
        }
        if (data15.failOnKnownExploited !== undefined) {
          let data28 = data15.failOnKnownExploited
          if (typeof data28 !== 'boolean') {
            const err60 = {
              instancePath: instancePath + '/vulnerabilities/failOnKnownExploited',
              schemaPath: '#/properties/vulnerabilities/properties/failOnKnownExploited/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.failOnKnownExploited.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOnKnownExploited,
              data: data28
            }
            if (vErrors === null) {
              vErrors = [err60]
            } else {
              vErrors.push(err60)
            }
            errors++
          }
        }
        if (data15.epssThreshold !== undefined) {
          let data29 = data15.epssThreshold
          if (typeof data29 == 'number' && isFinite(data29)) {
            if (data29 > 1 || isNaN(data29)) {
              const err61 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data29
              }
              if (vErrors === null) {
                vErrors = [err61]
              } else {
                vErrors.push(err61)
              }
              errors++
            }
            if (data29 < 0 || isNaN(data29)) {
              const err62 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data29
              }
              if (vErrors === null) {
                vErrors = [err62]
              } else {
                vErrors.push(err62)
              }
              errors++
            }
          } else {
            const err63 = {
              instancePath: instancePath + '/vulnerabilities/epssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.epssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
              data: data29
            }
            if (vErrors === null) {
              vErrors = [err63]
            } else {
              vErrors.push(err63)
            }
            errors++
          }
        }
        if (data15.secretsFailOn !== undefined) {
          let data30 = data15.secretsFailOn
          if (typeof data30 !== 'string') {
            const err64 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err64]
            } else {
              vErrors.push(err64)
            }
            errors++
          }
          if (!(
            data30 === 'critical' ||
            data30 === 'high' ||
            data30 === 'medium' ||
            data30 === 'low' ||
            data30 === 'info' ||
            data30 === 'none'
          )) {
            const err65 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.secretsFailOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err65]
            } else {
              vErrors.push(err65)
            }
            errors++
          }
        }
        if (data15.ignoreFiles !== undefined) {
          let data31 = data15.ignoreFiles
          if (typeof data31 !== 'boolean') {
            const err66 = {
              instancePath: instancePath + '/vulnerabilities/ignoreFiles',
              schemaPath: '#/properties/vulnerabilities/properties/ignoreFiles/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.ignoreFiles.type,
              parentSchema: schema11.properties.vulnerabilities.properties.ignoreFiles,
              data: data31
            }
            if (vErrors === null) {
              vErrors = [err66]
            } else {
              vErrors.push(err66)
            }
            errors++
          }
        }
        if (data15.timeoutSeconds !== undefined) {
          let data32 = data15.timeoutSeconds
          if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
            const err67 = {
              instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
              schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.vulnerabilities.properties.timeoutSeconds.type,
              parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
              data: data32
            }
            if (vErrors === null) {
              vErrors = [err67]
            } else {
              vErrors.push(err67)
            }
            errors++
          }
          if (typeof data32 == 'number' && isFinite(data32)) {
            if (data32 > 21600 || isNaN(data32)) {
              const err68 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 21600 },
                message: 'must be <= 21600',
                schema: 21600,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data32
              }
              if (vErrors === null) {
                vErrors = [err68]
              } else {
                vErrors.push(err68)
              }
              errors++
            }
            if (data32 < 10 || isNaN(data32)) {
              const err69 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data32
              }
              if (vErrors === null) {
                vErrors = [err69]
              } else {
                vErrors.push(err69)
              }
              errors++
            }
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + '/vulnerabilities',
          schemaPath: '#/properties/vulnerabilities/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.vulnerabilities.type,
          parentSchema: schema11.properties.vulnerabilities,
          data: data15
        }
        if (vErrors === null) {
          vErrors = [err70]
        } else {
          vErrors.push(err70)
        }
        errors++
      }
    }
    if (data.images !== undefined) {
      let data33 = data.images
      if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
        for (const key6 in data33) {
          if (!(key6 === 'failOn' || key6 === 'tags' || key6 === 'registries')) {
            const err71 = {
              instancePath: instancePath + '/images',
              schemaPath: '#/properties/images/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.images,
              data: data33
            }
            if (vErrors === null) {
              vErrors = [err71]
            } else {
              vErrors.push(err71)
            }
            errors++
          }
        }
        if (data33.failOn !== undefined) {
          let data34 = data33.failOn
          if (typeof data34 !== 'string') {
            const err72 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.failOn.type,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data34
            }
            if (vErrors === null) {
              vErrors = [err72]
            } else {
              vErrors.push(err72)
            }
            errors++
          }
          if (!(
            data34 === 'critical' ||
            data34 === 'high' ||
            data34 === 'medium' ||
            data34 === 'low' ||
            data34 === 'info' ||
            data34 === 'none'
          )) {
            const err73 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.images.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.images.properties.failOn.enum,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data34
            }
            if (vErrors === null) {
              vErrors = [err73]
            } else {
              vErrors.push(err73)
            }
            errors++
          }
        }
        if (data33.tags !== undefined) {
          let data35 = data33.tags
          if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
            for (const key7 in data35) {
              if (!(key7 === 'forbidLatest' || key7 === 'forbidUntagged' || key7 === 'requireDigest')) {
                const err74 = {
                  instancePath: instancePath + '/images/tags',
                  schemaPath: '#/properties/images/properties/tags/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.tags,
                  data: data35
                }
                if (vErrors === null) {
                  vErrors = [err74]
                } else {
                  vErrors.push(err74)
                }
                errors++
              }
            }
            if (data35.forbidLatest !== undefined) {
              let data36 = data35.forbidLatest
              if (typeof data36 !== 'boolean') {
                const err75 = {
                  instancePath: instancePath + '/images/tags/forbidLatest',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
                  data: data36
                }
                if (vErrors === null) {
                  vErrors = [err75]
                } else {
                  vErrors.push(err75)
                }
                errors++
              }
            }
            if (data35.forbidUntagged !== undefined) {
              let data37 = data35.forbidUntagged
              if (typeof data37 !== 'boolean') {
                const err76 = {
                  instancePath: instancePath + '/images/tags/forbidUntagged',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
                  data: data37
                }
                if (vErrors === null) {
                  vErrors = [err76]
                } else {
                  vErrors.push(err76)
                }
                errors++
              }
            }
            if (data35.requireDigest !== undefined) {
              let data38 = data35.requireDigest
              if (typeof data38 !== 'boolean') {
                const err77 = {
                  instancePath: instancePath + '/images/tags/requireDigest',
                  schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
                  data: data38
                }
                if (vErrors === null) {
                  vErrors = [err77]
                } else {
                  vErrors.push(err77)
                }
                errors++
              }
            }
          } else {
            const err78 = {
              instancePath: instancePath + '/images/tags',
              schemaPath: '#/properties/images/properties/tags/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.tags.type,
              parentSchema: schema11.properties.images.properties.tags,
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
        if (data33.registries !== undefined) {
          let data39 = data33.registries
          if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
            for (const key8 in data39) {
              if (!(key8 === 'allow')) {
                const err79 = {
                  instancePath: instancePath + '/images/registries',
                  schemaPath: '#/properties/images/properties/registries/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.registries,
                  data: data39
                }
                if (vErrors === null) {
                  vErrors = [err79]
                } else {
                  vErrors.push(err79)
                }
                errors++
              }
            }
            if (data39.allow !== undefined) {
              let data40 = data39.allow
              if (Array.isArray(data40)) {
                const len4 = data40.length
                for (let i7 = 0; i7 < len4; i7++) {
                  let data41 = data40[i7]
                  if (typeof data41 === 'string') {
                    if (!pattern5.test(data41)) {
                      const err80 = {
                        instancePath: instancePath + '/images/registries/allow/' + i7,
                        schemaPath:
                          '#/properties/images/properties/registries/properties/allow/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                        data: data41
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
                      instancePath: instancePath + '/images/registries/allow/' + i7,
                      schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                      parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                      data: data41
                    }
                    if (vErrors === null) {
                      vErrors = [err81]
                    } else {
                      vErrors.push(err81)
                    }
                    errors++
                  }
                }
              } else {
                const err82 = {
                  instancePath: instancePath + '/images/registries/allow',
                  schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.images.properties.registries.properties.allow.type,
                  parentSchema: schema11.properties.images.properties.registries.properties.allow,
                  data: data40
                }
                if (vErrors === null) {
                  vErrors = [err82]
                } else {
                  vErrors.push(err82)
                }
                errors++
              }
            }
          } else {
            const err83 = {
              instancePath: instancePath + '/images/registries',
              schemaPath: '#/properties/images/properties/registries/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.registries.type,
              parentSchema: schema11.properties.images.properties.registries,
              data: data39
            }
            if (vErrors === null) {
              vErrors = [err83]
            } else {
              vErrors.push(err83)
            }
            errors++
          }
        }
      } else {
        const err84 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.images.type,
          parentSchema: schema11.properties.images,
          data: data33
        }
        if (vErrors === null) {
          vErrors = [err84]
        } else {
          vErrors.push(err84)
        }
        errors++
      }
    }
    if (data.signatures !== undefined) {
      let data42 = data.signatures
      if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
        for (const key9 in data42) {
          if (!(
            key9 === 'required' ||
            key9 === 'authorities' ||
            key9 === 'images' ||
            key9 === 'threshold' ||
            key9 === 'trustedRoot' ||
            key9 === 'verifier'
          )) {
            const err85 = {
              instancePath: instancePath + '/signatures',
              schemaPath: '#/properties/signatures/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.signatures,
              data: data42
            }
            if (vErrors === null) {
              vErrors = [err85]
            } else {
              vErrors.push(err85)
            }
            errors++
          }
        }
        if (data42.required !== undefined) {
          let data43 = data42.required
          if (typeof data43 !== 'boolean') {
            const err86 = {
              instancePath: instancePath + '/signatures/required',
              schemaPath: '#/properties/signatures/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.signatures.properties.required.type,
              parentSchema: schema11.properties.signatures.properties.required,
              data: data43
            }
            if (vErrors === null) {
              vErrors = [err86]
            } else {
              vErrors.push(err86)
            }
            errors++
          }
        }
        if (data42.authorities !== undefined) {
          let data44 = data42.authorities
          if (Array.isArray(data44)) {
            const len5 = data44.length
            for (let i8 = 0; i8 < len5; i8++) {
              let data45 = data44[i8]
              if (data45 && typeof data45 == 'object' && !Array.isArray(data45)) {
                for (const key10 in data45) {
                  if (!(
                    key10 === 'name' ||
                    key10 === 'key' ||
                    key10 === 'keyless' ||
                    key10 === 'threshold' ||
                    key10 === 'tlog' ||
                    key10 === 'ctlog'
                  )) {
                    const err87 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8,
                      schemaPath: '#/properties/signatures/properties/authorities/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key10 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.signatures.properties.authorities.items,
                      data: data45
                    }
                    if (vErrors === null) {
                      vErrors = [err87]
                    } else {
                      vErrors.push(err87)
                    }
                    errors++
                  }
                }
                if (data45.name !== undefined) {
                  let data46 = data45.name
                  if (typeof data46 === 'string') {
                    if (!pattern5.test(data46)) {
                      const err88 = {
                        instancePath: instancePath + '/signatures/authorities/' + i8 + '/name',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.name,
                        data: data46
                      }
                      if (vErrors === null) {
                        vErrors = [err88]
                      } else {
                        vErrors.push(err88)
                      }
                      errors++
                    }
                  } else {
                    const err89 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/name',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.name.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.name,
                      data: data46
                    }
                    if (vErrors === null) {
                      vErrors = [err89]
                    } else {
                      vErrors.push(err89)
                    }
                    errors++
                  }
                }
                if (data45.key !== undefined) {
                  let data47 = data45.key
                  if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
                    for (const key11 in data47) {
                      if (!(key11 === 'path' || key11 === 'data' || key11 === 'kms')) {
                        const err90 = {
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/key',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key11 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key,
                          data: data47
                        }
                        if (vErrors === null) {
                          vErrors = [err90]
                        } else {
                          vErrors.push(err90)
                        }
                        errors++
                      }
                    }
                    if (data47.path !== undefined) {
                      let data48 = data47.path
                      if (typeof data48 === 'string') {
                        if (!pattern5.test(data48)) {
                          const err91 = {
                            instancePath: instancePath + '/signatures/authorities/' + i8 + '/key/path',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/path/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.path,
                            data: data48
                          }
                          if (vErrors === null) {
                            vErrors = [err91]
                          } else {
                            vErrors.push(err91)
                          }
                          errors++
                        }
                      } else {
                        const err92 = {
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/key/path',
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
                          data: data48
                        }
                        if (vErrors === null) {
                          vErrors = [err92]
                        } else {
                          vErrors.push(err92)
                        }
                        errors++
                      }
                    }
                    if (data47.data !== undefined) {
                      let data49 = data47.data
                      if (typeof data49 === 'string') {
                        if (!pattern5.test(data49)) {
                          const err93 = {
                            instancePath: instancePath + '/signatures/authorities/' + i8 + '/key/data',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/data/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.data,
                            data: data49
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
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/key/data',
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
                          data: data49
                        }
                        if (vErrors === null) {
                          vErrors = [err94]
                        } else {
                          vErrors.push(err94)
                        }
                        errors++
                      }
                    }
                    if (data47.kms !== undefined) {
                      let data50 = data47.kms
                      if (typeof data50 === 'string') {
                        if (!pattern5.test(data50)) {
                          const err95 = {
                            instancePath: instancePath + '/signatures/authorities/' + i8 + '/key/kms',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/key/properties/kms/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.key
                                .properties.kms,
                            data: data50
                          }
                          if (vErrors === null) {
                            vErrors = [err95]
                          } else {
                            vErrors.push(err95)
                          }
                          errors++
                        }
                      } else {
                        const err96 = {
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/key/kms',
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
                          data: data50
                        }
                        if (vErrors === null) {
                          vErrors = [err96]
                        } else {
                          vErrors.push(err96)
                        }
                        errors++
                      }
                    }
                  } else {
                    const err97 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/key',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema11.properties.signatures.properties.authorities.items.properties.key.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.key,
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
                if (data45.keyless !== undefined) {
                  let data51 = data45.keyless
                  if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
                    if (data51.identities === undefined) {
                      const err98 = {
                        instancePath: instancePath + '/signatures/authorities/' + i8 + '/keyless',
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
                        data: data51
                      }
                      if (vErrors === null) {
                        vErrors = [err98]
                      } else {
                        vErrors.push(err98)
                      }
                      errors++
                    }
                    for (const key12 in data51) {
                      if (!(key12 === 'identities' || key12 === 'trustedRoot')) {
                        const err99 = {
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/keyless',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/keyless/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key12 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless,
                          data: data51
                        }
                        if (vErrors === null) {
                          vErrors = [err99]
                        } else {
                          vErrors.push(err99)
                        }
                        errors++
                      }
                    }
                    if (data51.identities !== undefined) {
                      let data52 = data51.identities
                      if (Array.isArray(data52)) {
                        const len6 = data52.length
                        for (let i9 = 0; i9 < len6; i9++) {
                          let data53 = data52[i9]
                          if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
                            for (const key13 in data53) {
                              if (!(
                                key13 === 'issuer' ||
                                key13 === 'issuerRegExp' ||
                                key13 === 'subject' ||
                                key13 === 'subjectRegExp'
                              )) {
                                const err100 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i8 +
                                    '/keyless/identities/' +
                                    i9,
                                  schemaPath:
                                    '#/properties/signatures/properties/authorities/items/properties/keyless/properties/identities/items/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key13 },
                                  message: 'must NOT have additional properties',
                                  schema: false,
                                  parentSchema:
                                    schema11.properties.signatures.properties.authorities.items.properties
                                      .keyless.properties.identities.items,
                                  data: data53
                                }
                                if (vErrors === null) {
                                  vErrors = [err100]
                                } else {
                                  vErrors.push(err100)
                                }
                                errors++
                              }
                            }
                            if (data53.issuer !== undefined) {
                              let data54 = data53.issuer
                              if (typeof data54 === 'string') {
                                if (!pattern5.test(data54)) {
                                  const err101 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i8 +
                                      '/keyless/identities/' +
                                      i9 +
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
                                    data: data54
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err101]
                                  } else {
                                    vErrors.push(err101)
                                  }
                                  errors++
                                }
                              } else {
                                const err102 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i8 +
                                    '/keyless/identities/' +
                                    i9 +
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
                                  data: data54
                                }
                                if (vErrors === null) {
                                  vErrors = [err102]
                                } else {
                                  vErrors.push(err102)
                                }
                                errors++
                              }
                            }
                            if (data53.issuerRegExp !== undefined) {
                              let data55 = data53.issuerRegExp
                              if (typeof data55 === 'string') {
                                if (!pattern5.test(data55)) {
                                  const err103 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i8 +
                                      '/keyless/identities/' +
                                      i9 +
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
                                    data: data55
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err103]
                                  } else {
                                    vErrors.push(err103)
                                  }
                                  errors++
                                }
                              } else {
                                const err104 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i8 +
                                    '/keyless/identities/' +
                                    i9 +
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
                                  data: data55
                                }
                                if (vErrors === null) {
                                  vErrors = [err104]
                                } else {
                                  vErrors.push(err104)
                                }
                                errors++
                              }
                            }
                            if (data53.subject !== undefined) {
                              let data56 = data53.subject
                              if (typeof data56 === 'string') {
                                if (!pattern5.test(data56)) {
                                  const err105 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i8 +
                                      '/keyless/identities/' +
                                      i9 +
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
                                    data: data56
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err105]
                                  } else {
                                    vErrors.push(err105)
                                  }
                                  errors++
                                }
                              } else {
                                const err106 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i8 +
                                    '/keyless/identities/' +
                                    i9 +
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
                                  data: data56
                                }
                                if (vErrors === null) {
                                  vErrors = [err106]
                                } else {
                                  vErrors.push(err106)
                                }
                                errors++
                              }
                            }
                            if (data53.subjectRegExp !== undefined) {
                              let data57 = data53.subjectRegExp
                              if (typeof data57 === 'string') {
                                if (!pattern5.test(data57)) {
                                  const err107 = {
                                    instancePath:
                                      instancePath +
                                      '/signatures/authorities/' +
                                      i8 +
                                      '/keyless/identities/' +
                                      i9 +
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
                                    data: data57
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err107]
                                  } else {
                                    vErrors.push(err107)
                                  }
                                  errors++
                                }
                              } else {
                                const err108 = {
                                  instancePath:
                                    instancePath +
                                    '/signatures/authorities/' +
                                    i8 +
                                    '/keyless/identities/' +
                                    i9 +
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
                                  data: data57
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
                              instancePath:
                                instancePath + '/signatures/authorities/' + i8 + '/keyless/identities/' + i9,
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
                              data: data53
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
                          instancePath:
                            instancePath + '/signatures/authorities/' + i8 + '/keyless/identities',
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
                          data: data52
                        }
                        if (vErrors === null) {
                          vErrors = [err110]
                        } else {
                          vErrors.push(err110)
                        }
                        errors++
                      }
                    }
                    if (data51.trustedRoot !== undefined) {
                      let data58 = data51.trustedRoot
                      if (typeof data58 === 'string') {
                        if (!pattern5.test(data58)) {
                          const err111 = {
                            instancePath:
                              instancePath + '/signatures/authorities/' + i8 + '/keyless/trustedRoot',
                            schemaPath:
                              '#/properties/signatures/properties/authorities/items/properties/keyless/properties/trustedRoot/pattern',
                            keyword: 'pattern',
                            params: { pattern: '\\S' },
                            message: 'must match pattern "' + '\\S' + '"',
                            schema: '\\S',
                            parentSchema:
                              schema11.properties.signatures.properties.authorities.items.properties.keyless
                                .properties.trustedRoot,
                            data: data58
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
                          instancePath:
                            instancePath + '/signatures/authorities/' + i8 + '/keyless/trustedRoot',
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
                          data: data58
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
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/keyless',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/keyless/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.keyless.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.keyless,
                      data: data51
                    }
                    if (vErrors === null) {
                      vErrors = [err113]
                    } else {
                      vErrors.push(err113)
                    }
                    errors++
                  }
                }
                if (data45.threshold !== undefined) {
                  let data59 = data45.threshold
                  if (!(typeof data59 == 'number' && !(data59 % 1) && !isNaN(data59) && isFinite(data59))) {
                    const err114 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/threshold',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/threshold/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.threshold.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.threshold,
                      data: data59
                    }
                    if (vErrors === null) {
                      vErrors = [err114]
                    } else {
                      vErrors.push(err114)
                    }
                    errors++
                  }
                  if (typeof data59 == 'number' && isFinite(data59)) {
                    if (data59 < 1 || isNaN(data59)) {
                      const err115 = {
                        instancePath: instancePath + '/signatures/authorities/' + i8 + '/threshold',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/threshold/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.threshold,
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
                }
                if (data45.tlog !== undefined) {
                  let data60 = data45.tlog
                  if (typeof data60 !== 'string') {
                    const err116 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/tlog',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog,
                      data: data60
                    }
                    if (vErrors === null) {
                      vErrors = [err116]
                    } else {
                      vErrors.push(err116)
                    }
                    errors++
                  }
                  if (!(data60 === 'required' || data60 === 'optional')) {
                    const err117 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/tlog',
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
                if (data45.ctlog !== undefined) {
                  let data61 = data45.ctlog
                  if (typeof data61 !== 'string') {
                    const err118 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/ctlog',
                      schemaPath:
                        '#/properties/signatures/properties/authorities/items/properties/ctlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.ctlog,
                      data: data61
                    }
                    if (vErrors === null) {
                      vErrors = [err118]
                    } else {
                      vErrors.push(err118)
                    }
                    errors++
                  }
                  if (!(data61 === 'required' || data61 === 'optional')) {
                    const err119 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/ctlog',
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
                  instancePath: instancePath + '/signatures/authorities/' + i8,
                  schemaPath: '#/properties/signatures/properties/authorities/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.signatures.properties.authorities.items.type,
                  parentSchema: schema11.properties.signatures.properties.authorities.items,
                  data: data45
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
              instancePath: instancePath + '/signatures/authorities',
              schemaPath: '#/properties/signatures/properties/authorities/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.authorities.type,
              parentSchema: schema11.properties.signatures.properties.authorities,
              data: data44
            }
            if (vErrors === null) {
              vErrors = [err121]
            } else {
              vErrors.push(err121)
            }
            errors++
          }
        }
        if (data42.images !== undefined) {
          let data62 = data42.images
          if (Array.isArray(data62)) {
            const len7 = data62.length
            for (let i10 = 0; i10 < len7; i10++) {
              let data63 = data62[i10]
              if (typeof data63 === 'string') {
                if (!pattern5.test(data63)) {
                  const err122 = {
                    instancePath: instancePath + '/signatures/images/' + i10,
                    schemaPath: '#/properties/signatures/properties/images/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.signatures.properties.images.items,
                    data: data63
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
                  instancePath: instancePath + '/signatures/images/' + i10,
                  schemaPath: '#/properties/signatures/properties/images/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.signatures.properties.images.items.type,
                  parentSchema: schema11.properties.signatures.properties.images.items,
                  data: data63
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
              instancePath: instancePath + '/signatures/images',
              schemaPath: '#/properties/signatures/properties/images/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.images.type,
              parentSchema: schema11.properties.signatures.properties.images,
              data: data62
            }
            if (vErrors === null) {
              vErrors = [err124]
            } else {
              vErrors.push(err124)
            }
            errors++
          }
        }
        if (data42.threshold !== undefined) {
          let data64 = data42.threshold
          if (!(typeof data64 == 'number' && !(data64 % 1) && !isNaN(data64) && isFinite(data64))) {
            const err125 = {
              instancePath: instancePath + '/signatures/threshold',
              schemaPath: '#/properties/signatures/properties/threshold/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.signatures.properties.threshold.type,
              parentSchema: schema11.properties.signatures.properties.threshold,
              data: data64
            }
            if (vErrors === null) {
              vErrors = [err125]
            } else {
              vErrors.push(err125)
            }
            errors++
          }
          if (typeof data64 == 'number' && isFinite(data64)) {
            if (data64 < 1 || isNaN(data64)) {
              const err126 = {
                instancePath: instancePath + '/signatures/threshold',
                schemaPath: '#/properties/signatures/properties/threshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.signatures.properties.threshold,
                data: data64
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
        if (data42.trustedRoot !== undefined) {
          let data65 = data42.trustedRoot
          if (typeof data65 === 'string') {
            if (!pattern5.test(data65)) {
              const err127 = {
                instancePath: instancePath + '/signatures/trustedRoot',
                schemaPath: '#/properties/signatures/properties/trustedRoot/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema11.properties.signatures.properties.trustedRoot,
                data: data65
              }
              if (vErrors === null) {
                vErrors = [err127]
              } else {
                vErrors.push(err127)
              }
              errors++
            }
          } else {
            const err128 = {
              instancePath: instancePath + '/signatures/trustedRoot',
              schemaPath: '#/properties/signatures/properties/trustedRoot/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.trustedRoot.type,
              parentSchema: schema11.properties.signatures.properties.trustedRoot,
              data: data65
            }
            if (vErrors === null) {
              vErrors = [err128]
            } else {
              vErrors.push(err128)
            }
            errors++
          }
        }
        if (data42.verifier !== undefined) {
          let data66 = data42.verifier
          if (typeof data66 !== 'string') {
            const err129 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.verifier.type,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data66
            }
            if (vErrors === null) {
              vErrors = [err129]
            } else {
              vErrors.push(err129)
            }
            errors++
          }
          if (!(data66 === 'native' || data66 === 'cosign')) {
            const err130 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.signatures.properties.verifier.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.signatures.properties.verifier.enum,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data66
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
          instancePath: instancePath + '/signatures',
          schemaPath: '#/properties/signatures/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.signatures.type,
          parentSchema: schema11.properties.signatures,
          data: data42
        }
        if (vErrors === null) {
          vErrors = [err131]
        } else {
          vErrors.push(err131)
        }
        errors++
      }
    }
    if (data.exceptions !== undefined) {
      let data67 = data.exceptions
      if (Array.isArray(data67)) {
        const len8 = data67.length
        for (let i11 = 0; i11 < len8; i11++) {
          let data68 = data67[i11]
          if (data68 && typeof data68 == 'object' && !Array.isArray(data68)) {
            if (data68.id === undefined) {
              const err132 = {
                instancePath: instancePath + '/exceptions/' + i11,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data68
              }
              if (vErrors === null) {
                vErrors = [err132]
              } else {
                vErrors.push(err132)
              }
              errors++
            }
            if (data68.reason === undefined) {
              const err133 = {
                instancePath: instancePath + '/exceptions/' + i11,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data68
              }
              if (vErrors === null) {
                vErrors = [err133]
              } else {
                vErrors.push(err133)
              }
              errors++
            }
            for (const key14 in data68) {
              if (!(
                key14 === 'id' ||
                key14 === 'package' ||
                key14 === 'image' ||
                key14 === 'reason' ||
                key14 === 'expires'
              )) {
                const err134 = {
                  instancePath: instancePath + '/exceptions/' + i11,
                  schemaPath: '#/properties/exceptions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key14 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.exceptions.items,
                  data: data68
                }
                if (vErrors === null) {
                  vErrors = [err134]
                } else {
                  vErrors.push(err134)
                }
                errors++
              }
            }
            if (data68.id !== undefined) {
              let data69 = data68.id
              if (typeof data69 === 'string') {
                if (!pattern0.test(data69)) {
                  const err135 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/id',
                    schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                    schema: '^\\S+$',
                    parentSchema: schema11.properties.exceptions.items.properties.id,
                    data: data69
                  }
                  if (vErrors === null) {
                    vErrors = [err135]
                  } else {
                    vErrors.push(err135)
                  }
                  errors++
                }
              } else {
                const err136 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/id',
                  schemaPath: '#/properties/exceptions/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.id.type,
                  parentSchema: schema11.properties.exceptions.items.properties.id,
                  data: data69
                }
                if (vErrors === null) {
                  vErrors = [err136]
                } else {
                  vErrors.push(err136)
                }
                errors++
              }
            }
            if (data68.package !== undefined) {
              let data70 = data68.package
              if (typeof data70 === 'string') {
                if (!pattern5.test(data70)) {
                  const err137 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/package',
                    schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.package,
                    data: data70
                  }
                  if (vErrors === null) {
                    vErrors = [err137]
                  } else {
                    vErrors.push(err137)
                  }
                  errors++
                }
              } else {
                const err138 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/package',
                  schemaPath: '#/properties/exceptions/items/properties/package/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.package.type,
                  parentSchema: schema11.properties.exceptions.items.properties.package,
                  data: data70
                }
                if (vErrors === null) {
                  vErrors = [err138]
                } else {
                  vErrors.push(err138)
                }
                errors++
              }
            }
            if (data68.image !== undefined) {
              let data71 = data68.image
              if (typeof data71 === 'string') {
                if (!pattern5.test(data71)) {
                  const err139 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/image',
                    schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.image,
                    data: data71
                  }
                  if (vErrors === null) {
                    vErrors = [err139]
                  } else {
                    vErrors.push(err139)
                  }
                  errors++
                }
              } else {
                const err140 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/image',
                  schemaPath: '#/properties/exceptions/items/properties/image/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.image.type,
                  parentSchema: schema11.properties.exceptions.items.properties.image,
                  data: data71
                }
                if (vErrors === null) {
                  vErrors = [err140]
                } else {
                  vErrors.push(err140)
                }
                errors++
              }
            }
            if (data68.reason !== undefined) {
              let data72 = data68.reason
              if (typeof data72 === 'string') {
                if (!pattern5.test(data72)) {
                  const err141 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/reason',
                    schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                    data: data72
                  }
                  if (vErrors === null) {
                    vErrors = [err141]
                  } else {
                    vErrors.push(err141)
                  }
                  errors++
                }
              } else {
                const err142 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/reason',
                  schemaPath: '#/properties/exceptions/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.reason.type,
                  parentSchema: schema11.properties.exceptions.items.properties.reason,
                  data: data72
                }
                if (vErrors === null) {
                  vErrors = [err142]
                } else {
                  vErrors.push(err142)
                }
                errors++
              }
            }
            if (data68.expires !== undefined) {
              let data73 = data68.expires
              if (typeof data73 === 'string') {
                if (!formats0(data73)) {
                  const err143 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/expires',
                    schemaPath: '#/properties/exceptions/items/properties/expires/format',
                    keyword: 'format',
                    params: { format: 'date' },
                    message: 'must match format "' + 'date' + '"',
                    schema: 'date',
                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                    data: data73
                  }
                  if (vErrors === null) {
                    vErrors = [err143]
                  } else {
                    vErrors.push(err143)
                  }
                  errors++
                }
              } else {
                const err144 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/expires',
                  schemaPath: '#/properties/exceptions/items/properties/expires/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.expires.type,
                  parentSchema: schema11.properties.exceptions.items.properties.expires,
                  data: data73
                }
                if (vErrors === null) {
                  vErrors = [err144]
                } else {
                  vErrors.push(err144)
                }
                errors++
              }
            }
          } else {
            const err145 = {
              instancePath: instancePath + '/exceptions/' + i11,
              schemaPath: '#/properties/exceptions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.exceptions.items.type,
              parentSchema: schema11.properties.exceptions.items,
              data: data68
            }
            if (vErrors === null) {
              vErrors = [err145]
            } else {
              vErrors.push(err145)
            }
            errors++
          }
        }
      } else {
        const err146 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.exceptions.type,
          parentSchema: schema11.properties.exceptions,
          data: data67
        }
        if (vErrors === null) {
          vErrors = [err146]
        } else {
          vErrors.push(err146)
        }
        errors++
      }
    }
    if (data.report !== undefined) {
      let data74 = data.report
      if (data74 && typeof data74 == 'object' && !Array.isArray(data74)) {
        for (const key15 in data74) {
          if (!(key15 === 'comment')) {
            const err147 = {
              instancePath: instancePath + '/report',
              schemaPath: '#/properties/report/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key15 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.report,
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
        if (data74.comment !== undefined) {
          let data75 = data74.comment
          if (typeof data75 !== 'string') {
            const err148 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.report.properties.comment.type,
              parentSchema: schema11.properties.report.properties.comment,
              data: data75
            }
            if (vErrors === null) {
              vErrors = [err148]
            } else {
              vErrors.push(err148)
            }
            errors++
          }
          if (!(data75 === 'always' || data75 === 'on-failure' || data75 === 'never')) {
            const err149 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.report.properties.comment.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.report.properties.comment.enum,
              parentSchema: schema11.properties.report.properties.comment,
              data: data75
            }
            if (vErrors === null) {
              vErrors = [err149]
            } else {
              vErrors.push(err149)
            }
            errors++
          }
        }
      } else {
        const err150 = {
          instancePath: instancePath + '/report',
          schemaPath: '#/properties/report/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.report.type,
          parentSchema: schema11.properties.report,
          data: data74
        }
        if (vErrors === null) {
          vErrors = [err150]
        } else {
          vErrors.push(err150)
        }
        errors++
      }
    }
  } else {
    const err151 = {
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
      vErrors = [err151]
    } else {
      vErrors.push(err151)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
