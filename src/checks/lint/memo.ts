import type { Instruction } from 'dockerfile-ast'

/**
 * Caches `compute(instruction)` for each instruction, in a WeakMap of its own (which lets the values go
 * with the tree). dockerfile-ast works out arguments, heredocs and ONBUILD triggers again from the text
 * on every call, and dozens of rules ask for them; the tree never changes once parsed, so the first
 * answer stays right.
 */
export function perInstruction<T>(compute: (instruction: Instruction) => T): (instruction: Instruction) => T {
  const cached = new WeakMap<Instruction, T>()
  return instruction => {
    if (cached.has(instruction)) return cached.get(instruction) as T
    const value = compute(instruction)
    cached.set(instruction, value)
    return value
  }
}
