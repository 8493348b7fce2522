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
      properties: { comment: { type: 'string', enum: ['always', 'on-failure', 'update-only', 'never'] } }
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
            key1 === 'shellcheckRequired' ||
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
        if (data7.shellcheckRequired !== undefined) {
          let data12 = data7.shellcheckRequired
          if (typeof data12 !== 'boolean') {
            const err30 = {
              instancePath: instancePath + '/dockerfile/shellcheckRequired',
              schemaPath: '#/properties/dockerfile/properties/shellcheckRequired/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.shellcheckRequired.type,
              parentSchema: schema11.properties.dockerfile.properties.shellcheckRequired,
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
        if (data7.hadolintConfig !== undefined) {
          let data13 = data7.hadolintConfig
          if (typeof data13 !== 'boolean') {
            const err31 = {
              instancePath: instancePath + '/dockerfile/hadolintConfig',
              schemaPath: '#/properties/dockerfile/properties/hadolintConfig/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.dockerfile.properties.hadolintConfig.type,
              parentSchema: schema11.properties.dockerfile.properties.hadolintConfig,
              data: data13
            }
            if (vErrors === null) {
              vErrors = [err31]
            } else {
              vErrors.push(err31)
            }
            errors++
          }
        }
        if (data7.trustedRegistries !== undefined) {
          let data14 = data7.trustedRegistries
          if (Array.isArray(data14)) {
            const len2 = data14.length
            for (let i4 = 0; i4 < len2; i4++) {
              let data15 = data14[i4]
              if (typeof data15 === 'string') {
                if (!pattern5.test(data15)) {
                  const err32 = {
                    instancePath: instancePath + '/dockerfile/trustedRegistries/' + i4,
                    schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                    data: data15
                  }
                  if (vErrors === null) {
                    vErrors = [err32]
                  } else {
                    vErrors.push(err32)
                  }
                  errors++
                }
              } else {
                const err33 = {
                  instancePath: instancePath + '/dockerfile/trustedRegistries/' + i4,
                  schemaPath: '#/properties/dockerfile/properties/trustedRegistries/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.dockerfile.properties.trustedRegistries.items.type,
                  parentSchema: schema11.properties.dockerfile.properties.trustedRegistries.items,
                  data: data15
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
              instancePath: instancePath + '/dockerfile/trustedRegistries',
              schemaPath: '#/properties/dockerfile/properties/trustedRegistries/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.dockerfile.properties.trustedRegistries.type,
              parentSchema: schema11.properties.dockerfile.properties.trustedRegistries,
              data: data14
            }
            if (vErrors === null) {
              vErrors = [err34]
            } else {
              vErrors.push(err34)
            }
            errors++
          }
        }
      } else {
        const err35 = {
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
          vErrors = [err35]
        } else {
          vErrors.push(err35)
        }
        errors++
      }
    }
    if (data.vulnerabilities !== undefined) {
      let data16 = data.vulnerabilities
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        for (const key4 in data16) {
          if (!func2.call(schema11.properties.vulnerabilities.properties, key4)) {
            const err36 = {
              instancePath: instancePath + '/vulnerabilities',
              schemaPath: '#/properties/vulnerabilities/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.vulnerabilities,
              data: data16
            }
            if (vErrors === null) {
              vErrors = [err36]
            } else {
              vErrors.push(err36)
            }
            errors++
          }
        }
        if (data16.scanners !== undefined) {
          let data17 = data16.scanners
          if (Array.isArray(data17)) {
            const len3 = data17.length
            for (let i5 = 0; i5 < len3; i5++) {
              let data18 = data17[i5]
              if (typeof data18 !== 'string') {
                const err37 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i5,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data18
                }
                if (vErrors === null) {
                  vErrors = [err37]
                } else {
                  vErrors.push(err37)
                }
                errors++
              }
              if (!(data18 === 'trivy' || data18 === 'grype')) {
                const err38 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i5,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data18
                }
                if (vErrors === null) {
                  vErrors = [err38]
                } else {
                  vErrors.push(err38)
                }
                errors++
              }
            }
            let i6 = data17.length
            let j2
            if (i6 > 1) {
              const indices2 = {}
              for (; i6--;) {
                let item2 = data17[i6]
                if (typeof item2 !== 'string') {
                  continue
                }
                if (typeof indices2[item2] == 'number') {
                  j2 = indices2[item2]
                  const err39 = {
                    instancePath: instancePath + '/vulnerabilities/scanners',
                    schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i6, j: j2 },
                    message:
                      'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                    data: data17
                  }
                  if (vErrors === null) {
                    vErrors = [err39]
                  } else {
                    vErrors.push(err39)
                  }
                  errors++
                  break
                }
                indices2[item2] = i6
              }
            }
          } else {
            const err40 = {
              instancePath: instancePath + '/vulnerabilities/scanners',
              schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.vulnerabilities.properties.scanners.type,
              parentSchema: schema11.properties.vulnerabilities.properties.scanners,
              data: data17
            }
            if (vErrors === null) {
              vErrors = [err40]
            } else {
              vErrors.push(err40)
            }
            errors++
          }
        }
        if (data16.failOn !== undefined) {
          let data19 = data16.failOn
          if (typeof data19 !== 'string') {
            const err41 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.failOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data19
            }
            if (vErrors === null) {
              vErrors = [err41]
            } else {
              vErrors.push(err41)
            }
            errors++
          }
          if (!(
            data19 === 'critical' ||
            data19 === 'high' ||
            data19 === 'medium' ||
            data19 === 'low' ||
            data19 === 'info' ||
            data19 === 'none'
          )) {
            const err42 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.failOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
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
        if (data16.onlyFixed !== undefined) {
          let data20 = data16.onlyFixed
          if (typeof data20 !== 'boolean') {
            const err43 = {
              instancePath: instancePath + '/vulnerabilities/onlyFixed',
              schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
              parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
              data: data20
            }
            if (vErrors === null) {
              vErrors = [err43]
            } else {
              vErrors.push(err43)
            }
            errors++
          }
        }
        if (data16.severitySource !== undefined) {
          let data21 = data16.severitySource
          if (typeof data21 !== 'string') {
            const err44 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.severitySource.type,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
              data: data21
            }
            if (vErrors === null) {
              vErrors = [err44]
            } else {
              vErrors.push(err44)
            }
            errors++
          }
          if (!(data21 === 'highest' || data21 === 'trivy' || data21 === 'grype')) {
            const err45 = {
              instancePath: instancePath + '/vulnerabilities/severitySource',
              schemaPath: '#/properties/vulnerabilities/properties/severitySource/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.severitySource.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.severitySource.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.severitySource,
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
        if (data16.maxCount !== undefined) {
          let data22 = data16.maxCount
          if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
            for (const key5 in data22) {
              if (!(
                key5 === 'critical' ||
                key5 === 'high' ||
                key5 === 'medium' ||
                key5 === 'low' ||
                key5 === 'info'
              )) {
                const err46 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
                  data: data22
                }
                if (vErrors === null) {
                  vErrors = [err46]
                } else {
                  vErrors.push(err46)
                }
                errors++
              }
            }
            if (data22.critical !== undefined) {
              let data23 = data22.critical
              if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                const err47 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/critical/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                  data: data23
                }
                if (vErrors === null) {
                  vErrors = [err47]
                } else {
                  vErrors.push(err47)
                }
                errors++
              }
              if (typeof data23 == 'number' && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err48 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/critical',
                    schemaPath:
                      '#/properties/vulnerabilities/properties/maxCount/properties/critical/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.critical,
                    data: data23
                  }
                  if (vErrors === null) {
                    vErrors = [err48]
                  } else {
                    vErrors.push(err48)
                  }
                  errors++
                }
              }
            }
            if (data22.high !== undefined) {
              let data24 = data22.high
              if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                const err49 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/high',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.high.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                  data: data24
                }
                if (vErrors === null) {
                  vErrors = [err49]
                } else {
                  vErrors.push(err49)
                }
                errors++
              }
              if (typeof data24 == 'number' && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err50 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/high',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/high/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.high,
                    data: data24
                  }
                  if (vErrors === null) {
                    vErrors = [err50]
                  } else {
                    vErrors.push(err50)
                  }
                  errors++
                }
              }
            }
            if (data22.medium !== undefined) {
              let data25 = data22.medium
              if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
                const err51 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                  data: data25
                }
                if (vErrors === null) {
                  vErrors = [err51]
                } else {
                  vErrors.push(err51)
                }
                errors++
              }
              if (typeof data25 == 'number' && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err52 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/medium',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/medium/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.medium,
                    data: data25
                  }
                  if (vErrors === null) {
                    vErrors = [err52]
                  } else {
                    vErrors.push(err52)
                  }
                  errors++
                }
              }
            }
            if (data22.low !== undefined) {
              let data26 = data22.low
              if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                const err53 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/low',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.low.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                  data: data26
                }
                if (vErrors === null) {
                  vErrors = [err53]
                } else {
                  vErrors.push(err53)
                }
                errors++
              }
              if (typeof data26 == 'number' && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err54 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/low',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/low/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.low,
                    data: data26
                  }
                  if (vErrors === null) {
                    vErrors = [err54]
                  } else {
                    vErrors.push(err54)
                  }
                  errors++
                }
              }
            }
            if (data22.info !== undefined) {
              let data27 = data22.info
              if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
                const err55 = {
                  instancePath: instancePath + '/vulnerabilities/maxCount/info',
                  schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema11.properties.vulnerabilities.properties.maxCount.properties.info.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                  data: data27
                }
                if (vErrors === null) {
                  vErrors = [err55]
                } else {
                  vErrors.push(err55)
                }
                errors++
              }
              if (typeof data27 == 'number' && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err56 = {
                    instancePath: instancePath + '/vulnerabilities/maxCount/info',
                    schemaPath: '#/properties/vulnerabilities/properties/maxCount/properties/info/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema11.properties.vulnerabilities.properties.maxCount.properties.info,
                    data: data27
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
              instancePath: instancePath + '/vulnerabilities/maxCount',
              schemaPath: '#/properties/vulnerabilities/properties/maxCount/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.vulnerabilities.properties.maxCount.type,
              parentSchema: schema11.properties.vulnerabilities.properties.maxCount,
              data: data22
            }
            if (vErrors === null) {
              vErrors = [err57]
            } else {
              vErrors.push(err57)
            }
            errors++
          }
        }
        if (data16.cvssThreshold !== undefined) {
          let data28 = data16.cvssThreshold
          if (typeof data28 == 'number' && isFinite(data28)) {
            if (data28 > 10 || isNaN(data28)) {
              const err58 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 10 },
                message: 'must be <= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data28
              }
              if (vErrors === null) {
                vErrors = [err58]
              } else {
                vErrors.push(err58)
              }
              errors++
            }
            if (data28 < 0 || isNaN(data28)) {
              const err59 = {
                instancePath: instancePath + '/vulnerabilities/cvssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
                data: data28
              }
              if (vErrors === null) {
                vErrors = [err59]
              } else {
                vErrors.push(err59)
              }
              errors++
            }
          } else {
            const err60 = {
              instancePath: instancePath + '/vulnerabilities/cvssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/cvssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.cvssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.cvssThreshold,
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
        if (data16.failOnKnownExploited !== undefined) {
          let data29 = data16.failOnKnownExploited
          if (typeof data29 !== 'boolean') {
            const err61 = {
              instancePath: instancePath + '/vulnerabilities/failOnKnownExploited',
              schemaPath: '#/properties/vulnerabilities/properties/failOnKnownExploited/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.failOnKnownExploited.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOnKnownExploited,
              data: data29
            }
            if (vErrors === null) {
              vErrors = [err61]
            } else {
              vErrors.push(err61)
            }
            errors++
          }
        }
        if (data16.epssThreshold !== undefined) {
          let data30 = data16.epssThreshold
          if (typeof data30 == 'number' && isFinite(data30)) {
            if (data30 > 1 || isNaN(data30)) {
              const err62 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data30
              }
              if (vErrors === null) {
                vErrors = [err62]
              } else {
                vErrors.push(err62)
              }
              errors++
            }
            if (data30 < 0 || isNaN(data30)) {
              const err63 = {
                instancePath: instancePath + '/vulnerabilities/epssThreshold',
                schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
                data: data30
              }
              if (vErrors === null) {
                vErrors = [err63]
              } else {
                vErrors.push(err63)
              }
              errors++
            }
          } else {
            const err64 = {
              instancePath: instancePath + '/vulnerabilities/epssThreshold',
              schemaPath: '#/properties/vulnerabilities/properties/epssThreshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema11.properties.vulnerabilities.properties.epssThreshold.type,
              parentSchema: schema11.properties.vulnerabilities.properties.epssThreshold,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err64]
            } else {
              vErrors.push(err64)
            }
            errors++
          }
        }
        if (data16.secretsFailOn !== undefined) {
          let data31 = data16.secretsFailOn
          if (typeof data31 !== 'string') {
            const err65 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
              data: data31
            }
            if (vErrors === null) {
              vErrors = [err65]
            } else {
              vErrors.push(err65)
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
            const err66 = {
              instancePath: instancePath + '/vulnerabilities/secretsFailOn',
              schemaPath: '#/properties/vulnerabilities/properties/secretsFailOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.secretsFailOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.secretsFailOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.secretsFailOn,
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
        if (data16.ignoreFiles !== undefined) {
          let data32 = data16.ignoreFiles
          if (typeof data32 !== 'boolean') {
            const err67 = {
              instancePath: instancePath + '/vulnerabilities/ignoreFiles',
              schemaPath: '#/properties/vulnerabilities/properties/ignoreFiles/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.ignoreFiles.type,
              parentSchema: schema11.properties.vulnerabilities.properties.ignoreFiles,
              data: data32
            }
            if (vErrors === null) {
              vErrors = [err67]
            } else {
              vErrors.push(err67)
            }
            errors++
          }
        }
        if (data16.timeoutSeconds !== undefined) {
          let data33 = data16.timeoutSeconds
          if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            const err68 = {
              instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
              schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.vulnerabilities.properties.timeoutSeconds.type,
              parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
              data: data33
            }
            if (vErrors === null) {
              vErrors = [err68]
            } else {
              vErrors.push(err68)
            }
            errors++
          }
          if (typeof data33 == 'number' && isFinite(data33)) {
            if (data33 > 21600 || isNaN(data33)) {
              const err69 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 21600 },
                message: 'must be <= 21600',
                schema: 21600,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data33
              }
              if (vErrors === null) {
                vErrors = [err69]
              } else {
                vErrors.push(err69)
              }
              errors++
            }
            if (data33 < 10 || isNaN(data33)) {
              const err70 = {
                instancePath: instancePath + '/vulnerabilities/timeoutSeconds',
                schemaPath: '#/properties/vulnerabilities/properties/timeoutSeconds/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema11.properties.vulnerabilities.properties.timeoutSeconds,
                data: data33
              }
              if (vErrors === null) {
                vErrors = [err70]
              } else {
                vErrors.push(err70)
              }
              errors++
            }
          }
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/vulnerabilities',
          schemaPath: '#/properties/vulnerabilities/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.vulnerabilities.type,
          parentSchema: schema11.properties.vulnerabilities,
          data: data16
        }
        if (vErrors === null) {
          vErrors = [err71]
        } else {
          vErrors.push(err71)
        }
        errors++
      }
    }
    if (data.images !== undefined) {
      let data34 = data.images
      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
        for (const key6 in data34) {
          if (!(key6 === 'failOn' || key6 === 'tags' || key6 === 'registries')) {
            const err72 = {
              instancePath: instancePath + '/images',
              schemaPath: '#/properties/images/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.images,
              data: data34
            }
            if (vErrors === null) {
              vErrors = [err72]
            } else {
              vErrors.push(err72)
            }
            errors++
          }
        }
        if (data34.failOn !== undefined) {
          let data35 = data34.failOn
          if (typeof data35 !== 'string') {
            const err73 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.failOn.type,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data35
            }
            if (vErrors === null) {
              vErrors = [err73]
            } else {
              vErrors.push(err73)
            }
            errors++
          }
          if (!(
            data35 === 'critical' ||
            data35 === 'high' ||
            data35 === 'medium' ||
            data35 === 'low' ||
            data35 === 'info' ||
            data35 === 'none'
          )) {
            const err74 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.images.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.images.properties.failOn.enum,
              parentSchema: schema11.properties.images.properties.failOn,
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
        if (data34.tags !== undefined) {
          let data36 = data34.tags
          if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
            for (const key7 in data36) {
              if (!(key7 === 'forbidLatest' || key7 === 'forbidUntagged' || key7 === 'requireDigest')) {
                const err75 = {
                  instancePath: instancePath + '/images/tags',
                  schemaPath: '#/properties/images/properties/tags/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.tags,
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
            if (data36.forbidLatest !== undefined) {
              let data37 = data36.forbidLatest
              if (typeof data37 !== 'boolean') {
                const err76 = {
                  instancePath: instancePath + '/images/tags/forbidLatest',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
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
            if (data36.forbidUntagged !== undefined) {
              let data38 = data36.forbidUntagged
              if (typeof data38 !== 'boolean') {
                const err77 = {
                  instancePath: instancePath + '/images/tags/forbidUntagged',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
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
            if (data36.requireDigest !== undefined) {
              let data39 = data36.requireDigest
              if (typeof data39 !== 'boolean') {
                const err78 = {
                  instancePath: instancePath + '/images/tags/requireDigest',
                  schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
                  data: data39
                }
                if (vErrors === null) {
                  vErrors = [err78]
                } else {
                  vErrors.push(err78)
                }
                errors++
              }
            }
          } else {
            const err79 = {
              instancePath: instancePath + '/images/tags',
              schemaPath: '#/properties/images/properties/tags/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.tags.type,
              parentSchema: schema11.properties.images.properties.tags,
              data: data36
            }
            if (vErrors === null) {
              vErrors = [err79]
            } else {
              vErrors.push(err79)
            }
            errors++
          }
        }
        if (data34.registries !== undefined) {
          let data40 = data34.registries
          if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
            for (const key8 in data40) {
              if (!(key8 === 'allow')) {
                const err80 = {
                  instancePath: instancePath + '/images/registries',
                  schemaPath: '#/properties/images/properties/registries/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.registries,
                  data: data40
                }
                if (vErrors === null) {
                  vErrors = [err80]
                } else {
                  vErrors.push(err80)
                }
                errors++
              }
            }
            if (data40.allow !== undefined) {
              let data41 = data40.allow
              if (Array.isArray(data41)) {
                const len4 = data41.length
                for (let i7 = 0; i7 < len4; i7++) {
                  let data42 = data41[i7]
                  if (typeof data42 === 'string') {
                    if (!pattern5.test(data42)) {
                      const err81 = {
                        instancePath: instancePath + '/images/registries/allow/' + i7,
                        schemaPath:
                          '#/properties/images/properties/registries/properties/allow/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                        data: data42
                      }
                      if (vErrors === null) {
                        vErrors = [err81]
                      } else {
                        vErrors.push(err81)
                      }
                      errors++
                    }
                  } else {
                    const err82 = {
                      instancePath: instancePath + '/images/registries/allow/' + i7,
                      schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                      parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                      data: data42
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
                  instancePath: instancePath + '/images/registries/allow',
                  schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.images.properties.registries.properties.allow.type,
                  parentSchema: schema11.properties.images.properties.registries.properties.allow,
                  data: data41
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
              instancePath: instancePath + '/images/registries',
              schemaPath: '#/properties/images/properties/registries/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.registries.type,
              parentSchema: schema11.properties.images.properties.registries,
              data: data40
            }
            if (vErrors === null) {
              vErrors = [err84]
            } else {
              vErrors.push(err84)
            }
            errors++
          }
        }
      } else {
        const err85 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.images.type,
          parentSchema: schema11.properties.images,
          data: data34
        }
        if (vErrors === null) {
          vErrors = [err85]
        } else {
          vErrors.push(err85)
        }
        errors++
      }
    }
    if (data.signatures !== undefined) {
      let data43 = data.signatures
      if (data43 && typeof data43 == 'object' && !Array.isArray(data43)) {
        for (const key9 in data43) {
          if (!(
            key9 === 'required' ||
            key9 === 'authorities' ||
            key9 === 'images' ||
            key9 === 'threshold' ||
            key9 === 'trustedRoot' ||
            key9 === 'verifier'
          )) {
            const err86 = {
              instancePath: instancePath + '/signatures',
              schemaPath: '#/properties/signatures/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.signatures,
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
        if (data43.required !== undefined) {
          let data44 = data43.required
          if (typeof data44 !== 'boolean') {
            const err87 = {
              instancePath: instancePath + '/signatures/required',
              schemaPath: '#/properties/signatures/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.signatures.properties.required.type,
              parentSchema: schema11.properties.signatures.properties.required,
              data: data44
            }
            if (vErrors === null) {
              vErrors = [err87]
            } else {
              vErrors.push(err87)
            }
            errors++
          }
        }
        if (data43.authorities !== undefined) {
          let data45 = data43.authorities
          if (Array.isArray(data45)) {
            const len5 = data45.length
            for (let i8 = 0; i8 < len5; i8++) {
              let data46 = data45[i8]
              if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
                for (const key10 in data46) {
                  if (!(
                    key10 === 'name' ||
                    key10 === 'key' ||
                    key10 === 'keyless' ||
                    key10 === 'threshold' ||
                    key10 === 'tlog' ||
                    key10 === 'ctlog'
                  )) {
                    const err88 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8,
                      schemaPath: '#/properties/signatures/properties/authorities/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key10 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema11.properties.signatures.properties.authorities.items,
                      data: data46
                    }
                    if (vErrors === null) {
                      vErrors = [err88]
                    } else {
                      vErrors.push(err88)
                    }
                    errors++
                  }
                }
                if (data46.name !== undefined) {
                  let data47 = data46.name
                  if (typeof data47 === 'string') {
                    if (!pattern5.test(data47)) {
                      const err89 = {
                        instancePath: instancePath + '/signatures/authorities/' + i8 + '/name',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/name/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.name,
                        data: data47
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
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/name',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.name.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.name,
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
                if (data46.key !== undefined) {
                  let data48 = data46.key
                  if (data48 && typeof data48 == 'object' && !Array.isArray(data48)) {
                    for (const key11 in data48) {
                      if (!(key11 === 'path' || key11 === 'data' || key11 === 'kms')) {
                        const err91 = {
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/key',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/key/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key11 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.key,
                          data: data48
                        }
                        if (vErrors === null) {
                          vErrors = [err91]
                        } else {
                          vErrors.push(err91)
                        }
                        errors++
                      }
                    }
                    if (data48.path !== undefined) {
                      let data49 = data48.path
                      if (typeof data49 === 'string') {
                        if (!pattern5.test(data49)) {
                          const err92 = {
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
                            data: data49
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
                          data: data49
                        }
                        if (vErrors === null) {
                          vErrors = [err93]
                        } else {
                          vErrors.push(err93)
                        }
                        errors++
                      }
                    }
                    if (data48.data !== undefined) {
                      let data50 = data48.data
                      if (typeof data50 === 'string') {
                        if (!pattern5.test(data50)) {
                          const err94 = {
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
                            data: data50
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
                          data: data50
                        }
                        if (vErrors === null) {
                          vErrors = [err95]
                        } else {
                          vErrors.push(err95)
                        }
                        errors++
                      }
                    }
                    if (data48.kms !== undefined) {
                      let data51 = data48.kms
                      if (typeof data51 === 'string') {
                        if (!pattern5.test(data51)) {
                          const err96 = {
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
                            data: data51
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
                          data: data51
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
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/key',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/key/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema11.properties.signatures.properties.authorities.items.properties.key.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.key,
                      data: data48
                    }
                    if (vErrors === null) {
                      vErrors = [err98]
                    } else {
                      vErrors.push(err98)
                    }
                    errors++
                  }
                }
                if (data46.keyless !== undefined) {
                  let data52 = data46.keyless
                  if (data52 && typeof data52 == 'object' && !Array.isArray(data52)) {
                    if (data52.identities === undefined) {
                      const err99 = {
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
                        data: data52
                      }
                      if (vErrors === null) {
                        vErrors = [err99]
                      } else {
                        vErrors.push(err99)
                      }
                      errors++
                    }
                    for (const key12 in data52) {
                      if (!(key12 === 'identities' || key12 === 'trustedRoot')) {
                        const err100 = {
                          instancePath: instancePath + '/signatures/authorities/' + i8 + '/keyless',
                          schemaPath:
                            '#/properties/signatures/properties/authorities/items/properties/keyless/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key12 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema:
                            schema11.properties.signatures.properties.authorities.items.properties.keyless,
                          data: data52
                        }
                        if (vErrors === null) {
                          vErrors = [err100]
                        } else {
                          vErrors.push(err100)
                        }
                        errors++
                      }
                    }
                    if (data52.identities !== undefined) {
                      let data53 = data52.identities
                      if (Array.isArray(data53)) {
                        const len6 = data53.length
                        for (let i9 = 0; i9 < len6; i9++) {
                          let data54 = data53[i9]
                          if (data54 && typeof data54 == 'object' && !Array.isArray(data54)) {
                            for (const key13 in data54) {
                              if (!(
                                key13 === 'issuer' ||
                                key13 === 'issuerRegExp' ||
                                key13 === 'subject' ||
                                key13 === 'subjectRegExp'
                              )) {
                                const err101 = {
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
                                  data: data54
                                }
                                if (vErrors === null) {
                                  vErrors = [err101]
                                } else {
                                  vErrors.push(err101)
                                }
                                errors++
                              }
                            }
                            if (data54.issuer !== undefined) {
                              let data55 = data54.issuer
                              if (typeof data55 === 'string') {
                                if (!pattern5.test(data55)) {
                                  const err102 = {
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
                                    data: data55
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
                                  data: data55
                                }
                                if (vErrors === null) {
                                  vErrors = [err103]
                                } else {
                                  vErrors.push(err103)
                                }
                                errors++
                              }
                            }
                            if (data54.issuerRegExp !== undefined) {
                              let data56 = data54.issuerRegExp
                              if (typeof data56 === 'string') {
                                if (!pattern5.test(data56)) {
                                  const err104 = {
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
                                    data: data56
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
                                  data: data56
                                }
                                if (vErrors === null) {
                                  vErrors = [err105]
                                } else {
                                  vErrors.push(err105)
                                }
                                errors++
                              }
                            }
                            if (data54.subject !== undefined) {
                              let data57 = data54.subject
                              if (typeof data57 === 'string') {
                                if (!pattern5.test(data57)) {
                                  const err106 = {
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
                                    data: data57
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
                                  data: data57
                                }
                                if (vErrors === null) {
                                  vErrors = [err107]
                                } else {
                                  vErrors.push(err107)
                                }
                                errors++
                              }
                            }
                            if (data54.subjectRegExp !== undefined) {
                              let data58 = data54.subjectRegExp
                              if (typeof data58 === 'string') {
                                if (!pattern5.test(data58)) {
                                  const err108 = {
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
                                    data: data58
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err108]
                                  } else {
                                    vErrors.push(err108)
                                  }
                                  errors++
                                }
                              } else {
                                const err109 = {
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
                                  data: data58
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
                              data: data54
                            }
                            if (vErrors === null) {
                              vErrors = [err110]
                            } else {
                              vErrors.push(err110)
                            }
                            errors++
                          }
                        }
                      } else {
                        const err111 = {
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
                          data: data53
                        }
                        if (vErrors === null) {
                          vErrors = [err111]
                        } else {
                          vErrors.push(err111)
                        }
                        errors++
                      }
                    }
                    if (data52.trustedRoot !== undefined) {
                      let data59 = data52.trustedRoot
                      if (typeof data59 === 'string') {
                        if (!pattern5.test(data59)) {
                          const err112 = {
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
                            data: data59
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
                          data: data59
                        }
                        if (vErrors === null) {
                          vErrors = [err113]
                        } else {
                          vErrors.push(err113)
                        }
                        errors++
                      }
                    }
                  } else {
                    const err114 = {
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
                      data: data52
                    }
                    if (vErrors === null) {
                      vErrors = [err114]
                    } else {
                      vErrors.push(err114)
                    }
                    errors++
                  }
                }
                if (data46.threshold !== undefined) {
                  let data60 = data46.threshold
                  if (!(typeof data60 == 'number' && !(data60 % 1) && !isNaN(data60) && isFinite(data60))) {
                    const err115 = {
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
                      data: data60
                    }
                    if (vErrors === null) {
                      vErrors = [err115]
                    } else {
                      vErrors.push(err115)
                    }
                    errors++
                  }
                  if (typeof data60 == 'number' && isFinite(data60)) {
                    if (data60 < 1 || isNaN(data60)) {
                      const err116 = {
                        instancePath: instancePath + '/signatures/authorities/' + i8 + '/threshold',
                        schemaPath:
                          '#/properties/signatures/properties/authorities/items/properties/threshold/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema:
                          schema11.properties.signatures.properties.authorities.items.properties.threshold,
                        data: data60
                      }
                      if (vErrors === null) {
                        vErrors = [err116]
                      } else {
                        vErrors.push(err116)
                      }
                      errors++
                    }
                  }
                }
                if (data46.tlog !== undefined) {
                  let data61 = data46.tlog
                  if (typeof data61 !== 'string') {
                    const err117 = {
                      instancePath: instancePath + '/signatures/authorities/' + i8 + '/tlog',
                      schemaPath: '#/properties/signatures/properties/authorities/items/properties/tlog/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog.type,
                      parentSchema:
                        schema11.properties.signatures.properties.authorities.items.properties.tlog,
                      data: data61
                    }
                    if (vErrors === null) {
                      vErrors = [err117]
                    } else {
                      vErrors.push(err117)
                    }
                    errors++
                  }
                  if (!(data61 === 'required' || data61 === 'optional')) {
                    const err118 = {
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
                      data: data61
                    }
                    if (vErrors === null) {
                      vErrors = [err118]
                    } else {
                      vErrors.push(err118)
                    }
                    errors++
                  }
                }
                if (data46.ctlog !== undefined) {
                  let data62 = data46.ctlog
                  if (typeof data62 !== 'string') {
                    const err119 = {
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
                      data: data62
                    }
                    if (vErrors === null) {
                      vErrors = [err119]
                    } else {
                      vErrors.push(err119)
                    }
                    errors++
                  }
                  if (!(data62 === 'required' || data62 === 'optional')) {
                    const err120 = {
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
                      data: data62
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
                  instancePath: instancePath + '/signatures/authorities/' + i8,
                  schemaPath: '#/properties/signatures/properties/authorities/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema11.properties.signatures.properties.authorities.items.type,
                  parentSchema: schema11.properties.signatures.properties.authorities.items,
                  data: data46
                }
                if (vErrors === null) {
                  vErrors = [err121]
                } else {
                  vErrors.push(err121)
                }
                errors++
              }
            }
          } else {
            const err122 = {
              instancePath: instancePath + '/signatures/authorities',
              schemaPath: '#/properties/signatures/properties/authorities/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.authorities.type,
              parentSchema: schema11.properties.signatures.properties.authorities,
              data: data45
            }
            if (vErrors === null) {
              vErrors = [err122]
            } else {
              vErrors.push(err122)
            }
            errors++
          }
        }
        if (data43.images !== undefined) {
          let data63 = data43.images
          if (Array.isArray(data63)) {
            const len7 = data63.length
            for (let i10 = 0; i10 < len7; i10++) {
              let data64 = data63[i10]
              if (typeof data64 === 'string') {
                if (!pattern5.test(data64)) {
                  const err123 = {
                    instancePath: instancePath + '/signatures/images/' + i10,
                    schemaPath: '#/properties/signatures/properties/images/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.signatures.properties.images.items,
                    data: data64
                  }
                  if (vErrors === null) {
                    vErrors = [err123]
                  } else {
                    vErrors.push(err123)
                  }
                  errors++
                }
              } else {
                const err124 = {
                  instancePath: instancePath + '/signatures/images/' + i10,
                  schemaPath: '#/properties/signatures/properties/images/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.signatures.properties.images.items.type,
                  parentSchema: schema11.properties.signatures.properties.images.items,
                  data: data64
                }
                if (vErrors === null) {
                  vErrors = [err124]
                } else {
                  vErrors.push(err124)
                }
                errors++
              }
            }
          } else {
            const err125 = {
              instancePath: instancePath + '/signatures/images',
              schemaPath: '#/properties/signatures/properties/images/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.signatures.properties.images.type,
              parentSchema: schema11.properties.signatures.properties.images,
              data: data63
            }
            if (vErrors === null) {
              vErrors = [err125]
            } else {
              vErrors.push(err125)
            }
            errors++
          }
        }
        if (data43.threshold !== undefined) {
          let data65 = data43.threshold
          if (!(typeof data65 == 'number' && !(data65 % 1) && !isNaN(data65) && isFinite(data65))) {
            const err126 = {
              instancePath: instancePath + '/signatures/threshold',
              schemaPath: '#/properties/signatures/properties/threshold/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.signatures.properties.threshold.type,
              parentSchema: schema11.properties.signatures.properties.threshold,
              data: data65
            }
            if (vErrors === null) {
              vErrors = [err126]
            } else {
              vErrors.push(err126)
            }
            errors++
          }
          if (typeof data65 == 'number' && isFinite(data65)) {
            if (data65 < 1 || isNaN(data65)) {
              const err127 = {
                instancePath: instancePath + '/signatures/threshold',
                schemaPath: '#/properties/signatures/properties/threshold/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema11.properties.signatures.properties.threshold,
                data: data65
              }
              if (vErrors === null) {
                vErrors = [err127]
              } else {
                vErrors.push(err127)
              }
              errors++
            }
          }
        }
        if (data43.trustedRoot !== undefined) {
          let data66 = data43.trustedRoot
          if (typeof data66 === 'string') {
            if (!pattern5.test(data66)) {
              const err128 = {
                instancePath: instancePath + '/signatures/trustedRoot',
                schemaPath: '#/properties/signatures/properties/trustedRoot/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "' + '\\S' + '"',
                schema: '\\S',
                parentSchema: schema11.properties.signatures.properties.trustedRoot,
                data: data66
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
              instancePath: instancePath + '/signatures/trustedRoot',
              schemaPath: '#/properties/signatures/properties/trustedRoot/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.trustedRoot.type,
              parentSchema: schema11.properties.signatures.properties.trustedRoot,
              data: data66
            }
            if (vErrors === null) {
              vErrors = [err129]
            } else {
              vErrors.push(err129)
            }
            errors++
          }
        }
        if (data43.verifier !== undefined) {
          let data67 = data43.verifier
          if (typeof data67 !== 'string') {
            const err130 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.signatures.properties.verifier.type,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data67
            }
            if (vErrors === null) {
              vErrors = [err130]
            } else {
              vErrors.push(err130)
            }
            errors++
          }
          if (!(data67 === 'native' || data67 === 'cosign')) {
            const err131 = {
              instancePath: instancePath + '/signatures/verifier',
              schemaPath: '#/properties/signatures/properties/verifier/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.signatures.properties.verifier.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.signatures.properties.verifier.enum,
              parentSchema: schema11.properties.signatures.properties.verifier,
              data: data67
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
          instancePath: instancePath + '/signatures',
          schemaPath: '#/properties/signatures/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.signatures.type,
          parentSchema: schema11.properties.signatures,
          data: data43
        }
        if (vErrors === null) {
          vErrors = [err132]
        } else {
          vErrors.push(err132)
        }
        errors++
      }
    }
    if (data.exceptions !== undefined) {
      let data68 = data.exceptions
      if (Array.isArray(data68)) {
        const len8 = data68.length
        for (let i11 = 0; i11 < len8; i11++) {
          let data69 = data68[i11]
          if (data69 && typeof data69 == 'object' && !Array.isArray(data69)) {
            if (data69.id === undefined) {
              const err133 = {
                instancePath: instancePath + '/exceptions/' + i11,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data69
              }
              if (vErrors === null) {
                vErrors = [err133]
              } else {
                vErrors.push(err133)
              }
              errors++
            }
            if (data69.reason === undefined) {
              const err134 = {
                instancePath: instancePath + '/exceptions/' + i11,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data69
              }
              if (vErrors === null) {
                vErrors = [err134]
              } else {
                vErrors.push(err134)
              }
              errors++
            }
            for (const key14 in data69) {
              if (!(
                key14 === 'id' ||
                key14 === 'package' ||
                key14 === 'image' ||
                key14 === 'reason' ||
                key14 === 'expires'
              )) {
                const err135 = {
                  instancePath: instancePath + '/exceptions/' + i11,
                  schemaPath: '#/properties/exceptions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key14 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.exceptions.items,
                  data: data69
                }
                if (vErrors === null) {
                  vErrors = [err135]
                } else {
                  vErrors.push(err135)
                }
                errors++
              }
            }
            if (data69.id !== undefined) {
              let data70 = data69.id
              if (typeof data70 === 'string') {
                if (!pattern0.test(data70)) {
                  const err136 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/id',
                    schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                    schema: '^\\S+$',
                    parentSchema: schema11.properties.exceptions.items.properties.id,
                    data: data70
                  }
                  if (vErrors === null) {
                    vErrors = [err136]
                  } else {
                    vErrors.push(err136)
                  }
                  errors++
                }
              } else {
                const err137 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/id',
                  schemaPath: '#/properties/exceptions/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.id.type,
                  parentSchema: schema11.properties.exceptions.items.properties.id,
                  data: data70
                }
                if (vErrors === null) {
                  vErrors = [err137]
                } else {
                  vErrors.push(err137)
                }
                errors++
              }
            }
            if (data69.package !== undefined) {
              let data71 = data69.package
              if (typeof data71 === 'string') {
                if (!pattern5.test(data71)) {
                  const err138 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/package',
                    schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.package,
                    data: data71
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
                  instancePath: instancePath + '/exceptions/' + i11 + '/package',
                  schemaPath: '#/properties/exceptions/items/properties/package/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.package.type,
                  parentSchema: schema11.properties.exceptions.items.properties.package,
                  data: data71
                }
                if (vErrors === null) {
                  vErrors = [err139]
                } else {
                  vErrors.push(err139)
                }
                errors++
              }
            }
            if (data69.image !== undefined) {
              let data72 = data69.image
              if (typeof data72 === 'string') {
                if (!pattern5.test(data72)) {
                  const err140 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/image',
                    schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.image,
                    data: data72
                  }
                  if (vErrors === null) {
                    vErrors = [err140]
                  } else {
                    vErrors.push(err140)
                  }
                  errors++
                }
              } else {
                const err141 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/image',
                  schemaPath: '#/properties/exceptions/items/properties/image/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.image.type,
                  parentSchema: schema11.properties.exceptions.items.properties.image,
                  data: data72
                }
                if (vErrors === null) {
                  vErrors = [err141]
                } else {
                  vErrors.push(err141)
                }
                errors++
              }
            }
            if (data69.reason !== undefined) {
              let data73 = data69.reason
              if (typeof data73 === 'string') {
                if (!pattern5.test(data73)) {
                  const err142 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/reason',
                    schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                    data: data73
                  }
                  if (vErrors === null) {
                    vErrors = [err142]
                  } else {
                    vErrors.push(err142)
                  }
                  errors++
                }
              } else {
                const err143 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/reason',
                  schemaPath: '#/properties/exceptions/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.reason.type,
                  parentSchema: schema11.properties.exceptions.items.properties.reason,
                  data: data73
                }
                if (vErrors === null) {
                  vErrors = [err143]
                } else {
                  vErrors.push(err143)
                }
                errors++
              }
            }
            if (data69.expires !== undefined) {
              let data74 = data69.expires
              if (typeof data74 === 'string') {
                if (!formats0(data74)) {
                  const err144 = {
                    instancePath: instancePath + '/exceptions/' + i11 + '/expires',
                    schemaPath: '#/properties/exceptions/items/properties/expires/format',
                    keyword: 'format',
                    params: { format: 'date' },
                    message: 'must match format "' + 'date' + '"',
                    schema: 'date',
                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                    data: data74
                  }
                  if (vErrors === null) {
                    vErrors = [err144]
                  } else {
                    vErrors.push(err144)
                  }
                  errors++
                }
              } else {
                const err145 = {
                  instancePath: instancePath + '/exceptions/' + i11 + '/expires',
                  schemaPath: '#/properties/exceptions/items/properties/expires/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.expires.type,
                  parentSchema: schema11.properties.exceptions.items.properties.expires,
                  data: data74
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
              instancePath: instancePath + '/exceptions/' + i11,
              schemaPath: '#/properties/exceptions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.exceptions.items.type,
              parentSchema: schema11.properties.exceptions.items,
              data: data69
            }
            if (vErrors === null) {
              vErrors = [err146]
            } else {
              vErrors.push(err146)
            }
            errors++
          }
        }
      } else {
        const err147 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.exceptions.type,
          parentSchema: schema11.properties.exceptions,
          data: data68
        }
        if (vErrors === null) {
          vErrors = [err147]
        } else {
          vErrors.push(err147)
        }
        errors++
      }
    }
    if (data.report !== undefined) {
      let data75 = data.report
      if (data75 && typeof data75 == 'object' && !Array.isArray(data75)) {
        for (const key15 in data75) {
          if (!(key15 === 'comment')) {
            const err148 = {
              instancePath: instancePath + '/report',
              schemaPath: '#/properties/report/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key15 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.report,
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
        if (data75.comment !== undefined) {
          let data76 = data75.comment
          if (typeof data76 !== 'string') {
            const err149 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.report.properties.comment.type,
              parentSchema: schema11.properties.report.properties.comment,
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
            data76 === 'always' ||
            data76 === 'on-failure' ||
            data76 === 'update-only' ||
            data76 === 'never'
          )) {
            const err150 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.report.properties.comment.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.report.properties.comment.enum,
              parentSchema: schema11.properties.report.properties.comment,
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
      } else {
        const err151 = {
          instancePath: instancePath + '/report',
          schemaPath: '#/properties/report/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.report.type,
          parentSchema: schema11.properties.report,
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
  } else {
    const err152 = {
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
      vErrors = [err152]
    } else {
      vErrors.push(err152)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
