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
        }
      }
    },
    vulnerabilities: {
      type: 'object',
      additionalProperties: false,
      properties: {
        scanners: { type: 'array', items: { type: 'string', enum: ['trivy', 'grype'] }, uniqueItems: true },
        failOn: { type: 'string', enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] },
        onlyFixed: { type: 'boolean' }
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
      properties: { required: { type: 'boolean' } }
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
const pattern0 = new RegExp('^(DL|SC|IG)[0-9]+$', 'u')
const pattern2 = new RegExp('\\S', 'u')
const pattern3 = new RegExp('^\\S+$', 'u')
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
          if (!(key1 === 'failOn' || key1 === 'rules')) {
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
      } else {
        const err13 = {
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
          vErrors = [err13]
        } else {
          vErrors.push(err13)
        }
        errors++
      }
    }
    if (data.vulnerabilities !== undefined) {
      let data6 = data.vulnerabilities
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key4 in data6) {
          if (!(key4 === 'scanners' || key4 === 'failOn' || key4 === 'onlyFixed')) {
            const err14 = {
              instancePath: instancePath + '/vulnerabilities',
              schemaPath: '#/properties/vulnerabilities/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.vulnerabilities,
              data: data6
            }
            if (vErrors === null) {
              vErrors = [err14]
            } else {
              vErrors.push(err14)
            }
            errors++
          }
        }
        if (data6.scanners !== undefined) {
          let data7 = data6.scanners
          if (Array.isArray(data7)) {
            const len0 = data7.length
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0]
              if (typeof data8 !== 'string') {
                const err15 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i0,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.type,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data8
                }
                if (vErrors === null) {
                  vErrors = [err15]
                } else {
                  vErrors.push(err15)
                }
                errors++
              }
              if (!(data8 === 'trivy' || data8 === 'grype')) {
                const err16 = {
                  instancePath: instancePath + '/vulnerabilities/scanners/' + i0,
                  schemaPath: '#/properties/vulnerabilities/properties/scanners/items/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema11.properties.vulnerabilities.properties.scanners.items.enum
                  },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.vulnerabilities.properties.scanners.items.enum,
                  parentSchema: schema11.properties.vulnerabilities.properties.scanners.items,
                  data: data8
                }
                if (vErrors === null) {
                  vErrors = [err16]
                } else {
                  vErrors.push(err16)
                }
                errors++
              }
            }
            let i1 = data7.length
            let j0
            if (i1 > 1) {
              const indices0 = {}
              for (; i1--;) {
                let item0 = data7[i1]
                if (typeof item0 !== 'string') {
                  continue
                }
                if (typeof indices0[item0] == 'number') {
                  j0 = indices0[item0]
                  const err17 = {
                    instancePath: instancePath + '/vulnerabilities/scanners',
                    schemaPath: '#/properties/vulnerabilities/properties/scanners/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i1, j: j0 },
                    message:
                      'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                    schema: true,
                    parentSchema: schema11.properties.vulnerabilities.properties.scanners,
                    data: data7
                  }
                  if (vErrors === null) {
                    vErrors = [err17]
                  } else {
                    vErrors.push(err17)
                  }
                  errors++
                  break
                }
                indices0[item0] = i1
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + '/vulnerabilities/scanners',
              schemaPath: '#/properties/vulnerabilities/properties/scanners/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.vulnerabilities.properties.scanners.type,
              parentSchema: schema11.properties.vulnerabilities.properties.scanners,
              data: data7
            }
            if (vErrors === null) {
              vErrors = [err18]
            } else {
              vErrors.push(err18)
            }
            errors++
          }
        }
        if (data6.failOn !== undefined) {
          let data9 = data6.failOn
          if (typeof data9 !== 'string') {
            const err19 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.vulnerabilities.properties.failOn.type,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data9
            }
            if (vErrors === null) {
              vErrors = [err19]
            } else {
              vErrors.push(err19)
            }
            errors++
          }
          if (!(
            data9 === 'critical' ||
            data9 === 'high' ||
            data9 === 'medium' ||
            data9 === 'low' ||
            data9 === 'info' ||
            data9 === 'none'
          )) {
            const err20 = {
              instancePath: instancePath + '/vulnerabilities/failOn',
              schemaPath: '#/properties/vulnerabilities/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.vulnerabilities.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.vulnerabilities.properties.failOn.enum,
              parentSchema: schema11.properties.vulnerabilities.properties.failOn,
              data: data9
            }
            if (vErrors === null) {
              vErrors = [err20]
            } else {
              vErrors.push(err20)
            }
            errors++
          }
        }
        if (data6.onlyFixed !== undefined) {
          let data10 = data6.onlyFixed
          if (typeof data10 !== 'boolean') {
            const err21 = {
              instancePath: instancePath + '/vulnerabilities/onlyFixed',
              schemaPath: '#/properties/vulnerabilities/properties/onlyFixed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.vulnerabilities.properties.onlyFixed.type,
              parentSchema: schema11.properties.vulnerabilities.properties.onlyFixed,
              data: data10
            }
            if (vErrors === null) {
              vErrors = [err21]
            } else {
              vErrors.push(err21)
            }
            errors++
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/vulnerabilities',
          schemaPath: '#/properties/vulnerabilities/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.vulnerabilities.type,
          parentSchema: schema11.properties.vulnerabilities,
          data: data6
        }
        if (vErrors === null) {
          vErrors = [err22]
        } else {
          vErrors.push(err22)
        }
        errors++
      }
    }
    if (data.images !== undefined) {
      let data11 = data.images
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        for (const key5 in data11) {
          if (!(key5 === 'failOn' || key5 === 'tags' || key5 === 'registries')) {
            const err23 = {
              instancePath: instancePath + '/images',
              schemaPath: '#/properties/images/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.images,
              data: data11
            }
            if (vErrors === null) {
              vErrors = [err23]
            } else {
              vErrors.push(err23)
            }
            errors++
          }
        }
        if (data11.failOn !== undefined) {
          let data12 = data11.failOn
          if (typeof data12 !== 'string') {
            const err24 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.images.properties.failOn.type,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data12
            }
            if (vErrors === null) {
              vErrors = [err24]
            } else {
              vErrors.push(err24)
            }
            errors++
          }
          if (!(
            data12 === 'critical' ||
            data12 === 'high' ||
            data12 === 'medium' ||
            data12 === 'low' ||
            data12 === 'info' ||
            data12 === 'none'
          )) {
            const err25 = {
              instancePath: instancePath + '/images/failOn',
              schemaPath: '#/properties/images/properties/failOn/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.images.properties.failOn.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.images.properties.failOn.enum,
              parentSchema: schema11.properties.images.properties.failOn,
              data: data12
            }
            if (vErrors === null) {
              vErrors = [err25]
            } else {
              vErrors.push(err25)
            }
            errors++
          }
        }
        if (data11.tags !== undefined) {
          let data13 = data11.tags
          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
            for (const key6 in data13) {
              if (!(key6 === 'forbidLatest' || key6 === 'forbidUntagged' || key6 === 'requireDigest')) {
                const err26 = {
                  instancePath: instancePath + '/images/tags',
                  schemaPath: '#/properties/images/properties/tags/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.tags,
                  data: data13
                }
                if (vErrors === null) {
                  vErrors = [err26]
                } else {
                  vErrors.push(err26)
                }
                errors++
              }
            }
            if (data13.forbidLatest !== undefined) {
              let data14 = data13.forbidLatest
              if (typeof data14 !== 'boolean') {
                const err27 = {
                  instancePath: instancePath + '/images/tags/forbidLatest',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidLatest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidLatest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidLatest,
                  data: data14
                }
                if (vErrors === null) {
                  vErrors = [err27]
                } else {
                  vErrors.push(err27)
                }
                errors++
              }
            }
            if (data13.forbidUntagged !== undefined) {
              let data15 = data13.forbidUntagged
              if (typeof data15 !== 'boolean') {
                const err28 = {
                  instancePath: instancePath + '/images/tags/forbidUntagged',
                  schemaPath: '#/properties/images/properties/tags/properties/forbidUntagged/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.forbidUntagged.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.forbidUntagged,
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
            if (data13.requireDigest !== undefined) {
              let data16 = data13.requireDigest
              if (typeof data16 !== 'boolean') {
                const err29 = {
                  instancePath: instancePath + '/images/tags/requireDigest',
                  schemaPath: '#/properties/images/properties/tags/properties/requireDigest/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.images.properties.tags.properties.requireDigest.type,
                  parentSchema: schema11.properties.images.properties.tags.properties.requireDigest,
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
          } else {
            const err30 = {
              instancePath: instancePath + '/images/tags',
              schemaPath: '#/properties/images/properties/tags/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.tags.type,
              parentSchema: schema11.properties.images.properties.tags,
              data: data13
            }
            if (vErrors === null) {
              vErrors = [err30]
            } else {
              vErrors.push(err30)
            }
            errors++
          }
        }
        if (data11.registries !== undefined) {
          let data17 = data11.registries
          if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
            for (const key7 in data17) {
              if (!(key7 === 'allow')) {
                const err31 = {
                  instancePath: instancePath + '/images/registries',
                  schemaPath: '#/properties/images/properties/registries/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key7 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.images.properties.registries,
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
            if (data17.allow !== undefined) {
              let data18 = data17.allow
              if (Array.isArray(data18)) {
                const len1 = data18.length
                for (let i2 = 0; i2 < len1; i2++) {
                  let data19 = data18[i2]
                  if (typeof data19 === 'string') {
                    if (!pattern2.test(data19)) {
                      const err32 = {
                        instancePath: instancePath + '/images/registries/allow/' + i2,
                        schemaPath:
                          '#/properties/images/properties/registries/properties/allow/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '\\S' },
                        message: 'must match pattern "' + '\\S' + '"',
                        schema: '\\S',
                        parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                        data: data19
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
                      instancePath: instancePath + '/images/registries/allow/' + i2,
                      schemaPath: '#/properties/images/properties/registries/properties/allow/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema11.properties.images.properties.registries.properties.allow.items.type,
                      parentSchema: schema11.properties.images.properties.registries.properties.allow.items,
                      data: data19
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
                  instancePath: instancePath + '/images/registries/allow',
                  schemaPath: '#/properties/images/properties/registries/properties/allow/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema11.properties.images.properties.registries.properties.allow.type,
                  parentSchema: schema11.properties.images.properties.registries.properties.allow,
                  data: data18
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
              instancePath: instancePath + '/images/registries',
              schemaPath: '#/properties/images/properties/registries/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.images.properties.registries.type,
              parentSchema: schema11.properties.images.properties.registries,
              data: data17
            }
            if (vErrors === null) {
              vErrors = [err35]
            } else {
              vErrors.push(err35)
            }
            errors++
          }
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/images',
          schemaPath: '#/properties/images/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.images.type,
          parentSchema: schema11.properties.images,
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
    if (data.signatures !== undefined) {
      let data20 = data.signatures
      if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
        for (const key8 in data20) {
          if (!(key8 === 'required')) {
            const err37 = {
              instancePath: instancePath + '/signatures',
              schemaPath: '#/properties/signatures/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.signatures,
              data: data20
            }
            if (vErrors === null) {
              vErrors = [err37]
            } else {
              vErrors.push(err37)
            }
            errors++
          }
        }
        if (data20.required !== undefined) {
          let data21 = data20.required
          if (typeof data21 !== 'boolean') {
            const err38 = {
              instancePath: instancePath + '/signatures/required',
              schemaPath: '#/properties/signatures/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema11.properties.signatures.properties.required.type,
              parentSchema: schema11.properties.signatures.properties.required,
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
      } else {
        const err39 = {
          instancePath: instancePath + '/signatures',
          schemaPath: '#/properties/signatures/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.signatures.type,
          parentSchema: schema11.properties.signatures,
          data: data20
        }
        if (vErrors === null) {
          vErrors = [err39]
        } else {
          vErrors.push(err39)
        }
        errors++
      }
    }
    if (data.exceptions !== undefined) {
      let data22 = data.exceptions
      if (Array.isArray(data22)) {
        const len2 = data22.length
        for (let i3 = 0; i3 < len2; i3++) {
          let data23 = data22[i3]
          if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
            if (data23.id === undefined) {
              const err40 = {
                instancePath: instancePath + '/exceptions/' + i3,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data23
              }
              if (vErrors === null) {
                vErrors = [err40]
              } else {
                vErrors.push(err40)
              }
              errors++
            }
            if (data23.reason === undefined) {
              const err41 = {
                instancePath: instancePath + '/exceptions/' + i3,
                schemaPath: '#/properties/exceptions/items/required',
                keyword: 'required',
                params: { missingProperty: 'reason' },
                message: "must have required property '" + 'reason' + "'",
                schema: schema11.properties.exceptions.items.required,
                parentSchema: schema11.properties.exceptions.items,
                data: data23
              }
              if (vErrors === null) {
                vErrors = [err41]
              } else {
                vErrors.push(err41)
              }
              errors++
            }
            for (const key9 in data23) {
              if (!(
                key9 === 'id' ||
                key9 === 'package' ||
                key9 === 'image' ||
                key9 === 'reason' ||
                key9 === 'expires'
              )) {
                const err42 = {
                  instancePath: instancePath + '/exceptions/' + i3,
                  schemaPath: '#/properties/exceptions/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key9 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.exceptions.items,
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
            if (data23.id !== undefined) {
              let data24 = data23.id
              if (typeof data24 === 'string') {
                if (!pattern3.test(data24)) {
                  const err43 = {
                    instancePath: instancePath + '/exceptions/' + i3 + '/id',
                    schemaPath: '#/properties/exceptions/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\S+$' },
                    message: 'must match pattern "' + '^\\S+$' + '"',
                    schema: '^\\S+$',
                    parentSchema: schema11.properties.exceptions.items.properties.id,
                    data: data24
                  }
                  if (vErrors === null) {
                    vErrors = [err43]
                  } else {
                    vErrors.push(err43)
                  }
                  errors++
                }
              } else {
                const err44 = {
                  instancePath: instancePath + '/exceptions/' + i3 + '/id',
                  schemaPath: '#/properties/exceptions/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.id.type,
                  parentSchema: schema11.properties.exceptions.items.properties.id,
                  data: data24
                }
                if (vErrors === null) {
                  vErrors = [err44]
                } else {
                  vErrors.push(err44)
                }
                errors++
              }
            }
            if (data23.package !== undefined) {
              let data25 = data23.package
              if (typeof data25 === 'string') {
                if (!pattern2.test(data25)) {
                  const err45 = {
                    instancePath: instancePath + '/exceptions/' + i3 + '/package',
                    schemaPath: '#/properties/exceptions/items/properties/package/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.package,
                    data: data25
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
                  instancePath: instancePath + '/exceptions/' + i3 + '/package',
                  schemaPath: '#/properties/exceptions/items/properties/package/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.package.type,
                  parentSchema: schema11.properties.exceptions.items.properties.package,
                  data: data25
                }
                if (vErrors === null) {
                  vErrors = [err46]
                } else {
                  vErrors.push(err46)
                }
                errors++
              }
            }
            if (data23.image !== undefined) {
              let data26 = data23.image
              if (typeof data26 === 'string') {
                if (!pattern2.test(data26)) {
                  const err47 = {
                    instancePath: instancePath + '/exceptions/' + i3 + '/image',
                    schemaPath: '#/properties/exceptions/items/properties/image/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.image,
                    data: data26
                  }
                  if (vErrors === null) {
                    vErrors = [err47]
                  } else {
                    vErrors.push(err47)
                  }
                  errors++
                }
              } else {
                const err48 = {
                  instancePath: instancePath + '/exceptions/' + i3 + '/image',
                  schemaPath: '#/properties/exceptions/items/properties/image/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.image.type,
                  parentSchema: schema11.properties.exceptions.items.properties.image,
                  data: data26
                }
                if (vErrors === null) {
                  vErrors = [err48]
                } else {
                  vErrors.push(err48)
                }
                errors++
              }
            }
            if (data23.reason !== undefined) {
              let data27 = data23.reason
              if (typeof data27 === 'string') {
                if (!pattern2.test(data27)) {
                  const err49 = {
                    instancePath: instancePath + '/exceptions/' + i3 + '/reason',
                    schemaPath: '#/properties/exceptions/items/properties/reason/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "' + '\\S' + '"',
                    schema: '\\S',
                    parentSchema: schema11.properties.exceptions.items.properties.reason,
                    data: data27
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
                  instancePath: instancePath + '/exceptions/' + i3 + '/reason',
                  schemaPath: '#/properties/exceptions/items/properties/reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.reason.type,
                  parentSchema: schema11.properties.exceptions.items.properties.reason,
                  data: data27
                }
                if (vErrors === null) {
                  vErrors = [err50]
                } else {
                  vErrors.push(err50)
                }
                errors++
              }
            }
            if (data23.expires !== undefined) {
              let data28 = data23.expires
              if (typeof data28 === 'string') {
                if (!formats0(data28)) {
                  const err51 = {
                    instancePath: instancePath + '/exceptions/' + i3 + '/expires',
                    schemaPath: '#/properties/exceptions/items/properties/expires/format',
                    keyword: 'format',
                    params: { format: 'date' },
                    message: 'must match format "' + 'date' + '"',
                    schema: 'date',
                    parentSchema: schema11.properties.exceptions.items.properties.expires,
                    data: data28
                  }
                  if (vErrors === null) {
                    vErrors = [err51]
                  } else {
                    vErrors.push(err51)
                  }
                  errors++
                }
              } else {
                const err52 = {
                  instancePath: instancePath + '/exceptions/' + i3 + '/expires',
                  schemaPath: '#/properties/exceptions/items/properties/expires/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.exceptions.items.properties.expires.type,
                  parentSchema: schema11.properties.exceptions.items.properties.expires,
                  data: data28
                }
                if (vErrors === null) {
                  vErrors = [err52]
                } else {
                  vErrors.push(err52)
                }
                errors++
              }
            }
          } else {
            const err53 = {
              instancePath: instancePath + '/exceptions/' + i3,
              schemaPath: '#/properties/exceptions/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.exceptions.items.type,
              parentSchema: schema11.properties.exceptions.items,
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
      } else {
        const err54 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.exceptions.type,
          parentSchema: schema11.properties.exceptions,
          data: data22
        }
        if (vErrors === null) {
          vErrors = [err54]
        } else {
          vErrors.push(err54)
        }
        errors++
      }
    }
    if (data.report !== undefined) {
      let data29 = data.report
      if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
        for (const key10 in data29) {
          if (!(key10 === 'comment')) {
            const err55 = {
              instancePath: instancePath + '/report',
              schemaPath: '#/properties/report/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.report,
              data: data29
            }
            if (vErrors === null) {
              vErrors = [err55]
            } else {
              vErrors.push(err55)
            }
            errors++
          }
        }
        if (data29.comment !== undefined) {
          let data30 = data29.comment
          if (typeof data30 !== 'string') {
            const err56 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.report.properties.comment.type,
              parentSchema: schema11.properties.report.properties.comment,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err56]
            } else {
              vErrors.push(err56)
            }
            errors++
          }
          if (!(data30 === 'always' || data30 === 'on-failure' || data30 === 'never')) {
            const err57 = {
              instancePath: instancePath + '/report/comment',
              schemaPath: '#/properties/report/properties/comment/enum',
              keyword: 'enum',
              params: { allowedValues: schema11.properties.report.properties.comment.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema11.properties.report.properties.comment.enum,
              parentSchema: schema11.properties.report.properties.comment,
              data: data30
            }
            if (vErrors === null) {
              vErrors = [err57]
            } else {
              vErrors.push(err57)
            }
            errors++
          }
        }
      } else {
        const err58 = {
          instancePath: instancePath + '/report',
          schemaPath: '#/properties/report/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.report.type,
          parentSchema: schema11.properties.report,
          data: data29
        }
        if (vErrors === null) {
          vErrors = [err58]
        } else {
          vErrors.push(err58)
        }
        errors++
      }
    }
  } else {
    const err59 = {
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
      vErrors = [err59]
    } else {
      vErrors.push(err59)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}
