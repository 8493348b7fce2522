import type { Instruction } from 'dockerfile-ast'

const UNSET = Symbol('unset')
const cached = new WeakMap<Instruction, unknown[]>()
let slotCount = 0

/**
 * Caches `compute(instruction)` for each instruction. dockerfile-ast works out arguments, heredocs and
 * ONBUILD triggers again from the text on every call, and dozens of rules ask for them, which made those
 * getters most of the rules' time. The tree never changes once parsed, so the first answer stays right.
 *
 * All cached values of an instruction share one array, one slot per cached function, held in one WeakMap
 * (which lets them go with the tree): the first WeakMap entry for an object costs far more than a lookup,
 * so one entry per instruction rather than one per function.
 */
export function perInstruction<T>(compute: (instruction: Instruction) => T): (instruction: Instruction) => T {
  const slot = slotCount++
  return instruction => {
    let values = cached.get(instruction)
    if (values === undefined) {
      values = new Array<unknown>(slotCount).fill(UNSET)
      cached.set(instruction, values)
    }
    // A slot past the end belongs to a function created after this array was.
    if (slot < values.length && values[slot] !== UNSET) return values[slot] as T
    const value = compute(instruction)
    values[slot] = value
    return value
  }
}
