/**
 * The fit of the paragraph-role model (`scripts/structure/paragraph-role-model.ts`): a multinomial logistic
 * regression over the rows of `paragraph-roles.ts`, deterministic. Apart from that file so a test can fit
 * without reading the corpus.
 */
import {ROLES, type Role, type RoleWeights} from '../structure/paragraph-role-model.js'

/** What the fit reads of a row: its case (to count in how many cases a feature is seen), its features and its label. */
export interface FitRow {
  case: string
  features: string[]
  label: Role
}

/** Settings of the fit. */
export interface FitOptions {
  /** L2 strength (on the mean loss of a row). */
  l2: number
  /** Steps of the optimiser. */
  epochs: number
  /** A feature is kept when it is seen in at least this many cases (no writer's own words). */
  minCases: number
  /** `lbfgs`: the regularised loss minimised (a fit that no longer moves); `adagrad`: the first fit's 60 AdaGrad steps, kept to compare. */
  optimiser?: 'lbfgs' | 'adagrad'
}

export const DEFAULT_FIT: FitOptions = {l2: 3e-3, epochs: 300, minCases: 3, optimiser: 'lbfgs', ...(process.env.ROLES_FIT ? (JSON.parse(process.env.ROLES_FIT) as Partial<FitOptions>) : {})}

/**
 * Fit a multinomial logistic regression (deterministic): by L-BFGS to the minimum of the class-weighted loss
 * plus the L2 penalty, or by full-batch AdaGrad steps (`optimiser`).
 * @param rows the training rows
 * @param options the fit's settings
 * @returns the weights
 */
export function fit(rows: FitRow[], options: FitOptions = DEFAULT_FIT): RoleWeights {
  const casesOf = new Map<string, Set<string>>()
  for (const row of rows) for (const feature of row.features) (casesOf.get(feature) ?? casesOf.set(feature, new Set()).get(feature)!).add(row.case)
  const vocabulary = [...casesOf.keys()].filter((feature) => casesOf.get(feature)!.size >= options.minCases).sort()
  const id = new Map(vocabulary.map((feature, index) => [feature, index]))
  const K = ROLES.length
  const X = rows.map((row) => row.features.map((feature) => id.get(feature)).filter((index): index is number => index !== undefined))
  const y = rows.map((row) => ROLES.indexOf(row.label))
  // (each role weighs as much in total: outlook is rare, and a model that never says it is no use)
  const counts = ROLES.map((_, k) => y.filter((label) => label === k).length)
  const classWeight = counts.map((count) => rows.length / (K * Math.max(1, count)))
  const size = vocabulary.length * K
  // θ: the weights of each feature (K each), then the K biases; the loss and its gradient at θ
  const loss = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0)
    let total = 0
    const scores = new Float64Array(K)
    for (let i = 0; i < X.length; i++) {
      for (let k = 0; k < K; k++) scores[k] = theta[size + k]
      for (const j of X[i]) for (let k = 0; k < K; k++) scores[k] += theta[j * K + k]
      let top = -Infinity
      for (let k = 0; k < K; k++) top = Math.max(top, scores[k])
      let sum = 0
      for (let k = 0; k < K; k++) sum += Math.exp(scores[k] - top)
      total += (classWeight[y[i]] * (Math.log(sum) + top - scores[y[i]])) / X.length
      for (let k = 0; k < K; k++) {
        const error = (classWeight[y[i]] * (Math.exp(scores[k] - top) / sum - (y[i] === k ? 1 : 0))) / X.length
        gradient[size + k] += error
        for (const j of X[i]) gradient[j * K + k] += error
      }
    }
    for (let j = 0; j < size; j++) {
      total += (options.l2 / 2) * theta[j] * theta[j]
      gradient[j] += options.l2 * theta[j]
    }
    return total
  }
  const theta = options.optimiser === 'lbfgs' ? lbfgs(loss, size + K, options.epochs) : adagrad(loss, size + K, options.epochs)
  const round = (value: number) => Math.round(value * 1000) / 1000
  const weights: Record<string, number[]> = {}
  vocabulary.forEach((feature, j) => {
    const row = Array.from(theta.subarray(j * K, j * K + K), round)
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[feature] = row
  })
  return {bias: Array.from(theta.subarray(size), round), weights}
}

/** Full-batch AdaGrad steps of rate 0.5 from zero (the first fit's; far from the minimum after 60). */
function adagrad(loss: (theta: Float64Array, gradient: Float64Array) => number, n: number, steps: number): Float64Array {
  const theta = new Float64Array(n)
  const gradient = new Float64Array(n)
  const history = new Float64Array(n).fill(1e-8)
  for (let step = 0; step < steps; step++) {
    loss(theta, gradient)
    for (let j = 0; j < n; j++) {
      history[j] += gradient[j] * gradient[j]
      theta[j] -= (0.5 * gradient[j]) / Math.sqrt(history[j])
    }
  }
  return theta
}

/** The minimum of a smooth convex loss by L-BFGS (ten pairs remembered, a backtracking line search), from zero. */
export function lbfgs(loss: (theta: Float64Array, gradient: Float64Array) => number, n: number, steps: number): Float64Array {
  const memory = 10
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0
    for (let j = 0; j < n; j++) sum += a[j] * b[j]
    return sum
  }
  let theta = new Float64Array(n)
  let gradient = new Float64Array(n)
  let value = loss(theta, gradient)
  const pairs: Array<{s: Float64Array; y: Float64Array; rho: number}> = []
  for (let step = 0; step < steps; step++) {
    // the direction: minus the inverse Hessian's estimate times the gradient (two loops)
    const direction = Float64Array.from(gradient, (g) => -g)
    const alphas: number[] = []
    for (let m = pairs.length - 1; m >= 0; m--) {
      const alpha = pairs[m].rho * dot(pairs[m].s, direction)
      alphas[m] = alpha
      for (let j = 0; j < n; j++) direction[j] -= alpha * pairs[m].y[j]
    }
    const last = pairs[pairs.length - 1]
    const scale = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.sqrt(dot(gradient, gradient))
    for (let j = 0; j < n; j++) direction[j] *= scale
    for (let m = 0; m < pairs.length; m++) {
      const beta = pairs[m].rho * dot(pairs[m].y, direction)
      for (let j = 0; j < n; j++) direction[j] += pairs[m].s[j] * (alphas[m] - beta)
    }
    const slope = dot(gradient, direction)
    if (!(slope < 0)) break
    let rate = 1
    const next = new Float64Array(n)
    const nextGradient = new Float64Array(n)
    let nextValue = Infinity
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < n; j++) next[j] = theta[j] + rate * direction[j]
      nextValue = loss(next, nextGradient)
      if (nextValue <= value + 1e-4 * rate * slope) break
      rate /= 2
    }
    if (!(nextValue < value)) break
    const s = new Float64Array(n)
    const yy = new Float64Array(n)
    for (let j = 0; j < n; j++) {
      s[j] = next[j] - theta[j]
      yy[j] = nextGradient[j] - gradient[j]
    }
    const sy = dot(s, yy)
    if (sy > 1e-12) {
      pairs.push({s, y: yy, rho: 1 / sy})
      if (pairs.length > memory) pairs.shift()
    }
    const done = value - nextValue < 1e-9 * Math.max(1, Math.abs(value))
    theta = next
    gradient = nextGradient
    value = nextValue
    if (done) break
  }
  return theta
}

