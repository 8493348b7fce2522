import type { Instruction } from 'dockerfile-ast'

/**
 * Caches `compute(instruction)` for each instruction. dockerfile-ast works out arguments, heredocs and
 * ONBUILD triggers again from the text on every call, and dozens of rules ask for them, which made those
 * getters most of the rules' time. The tree never changes once parsed, so the first answer stays right;
 * a WeakMap lets it go with the tree.
 */
export function perInstruction<T>(compute: (instruction: Instruction) => T): (instruction: Instruction) => T {
  const cache = new WeakMap<Instruction, T>()
  return instruction => {
    let value = cache.get(instruction)
    if (value === undefined && !cache.has(instruction)) {
      value = compute(instruction)
      cache.set(instruction, value)
    }
    return value as T
  }
}
