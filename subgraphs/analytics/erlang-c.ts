/**
 * Erlang C queueing model for staffing a support queue (chat or phone): calls arrive at random
 * (Poisson), handle times are exponential, callers wait rather than leave.
 *
 * Erlang C is computed from the Erlang B recursion
 *   B(0) = 1,  B(k) = A·B(k−1) / (k + A·B(k−1)),  C = N·B(N) / (N − A·(1 − B(N)))
 * which stays within 0–1 at every step — no factorials or powers that overflow for large queues.
 * With N ≤ A the queue never drains: everyone waits (C = 1) and the service level is 0.
 */

export interface QueueLoad {
  arrivalRatePerHour: number;
  averageHandleSeconds: number;
}

export interface StaffedQueue extends QueueLoad {
  agents: number;
}

export interface ServiceTarget {
  /** Answered within this many seconds… */
  targetWaitSeconds: number;
}

/** Offered traffic in Erlangs: how many agents would be busy on average. */
export function trafficIntensity(load: QueueLoad): number {
  assertNonNegative("arrivalRatePerHour", load.arrivalRatePerHour);
  assertNonNegative("averageHandleSeconds", load.averageHandleSeconds);
  return (load.arrivalRatePerHour * load.averageHandleSeconds) / 3600;
}

/** Probability that a contact has to wait for an agent. */
export function erlangC(queue: StaffedQueue): number {
  assertAgentCount(queue.agents);
  const traffic = trafficIntensity(queue);
  let erlangB = 1;
  for (let k = 1; k <= queue.agents; k++) erlangB = nextErlangB(erlangB, k, traffic);
  return erlangCFromB(erlangB, queue.agents, traffic);
}

/** Probability that a contact is answered within `targetWaitSeconds`. */
export function serviceLevel(queue: StaffedQueue & ServiceTarget): number {
  return serviceLevelFromC(erlangC(queue), queue, trafficIntensity(queue), queue.targetWaitSeconds);
}

/** Mean wait before an answer, over all contacts (ASA), in seconds; Infinity when understaffed. */
export function averageSpeedOfAnswerSeconds(queue: StaffedQueue): number {
  const traffic = trafficIntensity(queue);
  const probabilityOfWaiting = erlangC(queue);
  if (probabilityOfWaiting === 0) return 0;
  if (queue.agents <= traffic) return Infinity;
  return (probabilityOfWaiting * queue.averageHandleSeconds) / (queue.agents - traffic);
}

/**
 * The smallest number of agents whose service level reaches `targetServiceLevel` (e.g. 0.8 for
 * "80% answered within targetWaitSeconds"). No traffic needs no agents.
 */
export function agentsNeeded(load: QueueLoad & ServiceTarget & { targetServiceLevel: number }): number {
  if (!(load.targetServiceLevel >= 0 && load.targetServiceLevel < 1)) {
    throw new RangeError(`targetServiceLevel must be in [0, 1), got ${load.targetServiceLevel}`);
  }
  const traffic = trafficIntensity(load);
  if (traffic === 0) return 0;

  let erlangB = 1;
  for (let agents = 1; ; agents++) {
    erlangB = nextErlangB(erlangB, agents, traffic);
    if (agents <= traffic) continue;
    const probabilityOfWaiting = erlangCFromB(erlangB, agents, traffic);
    if (
      serviceLevelFromC(probabilityOfWaiting, { ...load, agents }, traffic, load.targetWaitSeconds) >=
      load.targetServiceLevel
    ) {
      return agents;
    }
  }
}

function nextErlangB(previous: number, agents: number, traffic: number): number {
  return (traffic * previous) / (agents + traffic * previous);
}

function erlangCFromB(erlangB: number, agents: number, traffic: number): number {
  if (traffic === 0) return 0;
  if (agents <= traffic) return 1;
  return (agents * erlangB) / (agents - traffic * (1 - erlangB));
}

function serviceLevelFromC(
  probabilityOfWaiting: number,
  queue: StaffedQueue,
  traffic: number,
  targetWaitSeconds: number,
): number {
  assertNonNegative("targetWaitSeconds", targetWaitSeconds);
  if (probabilityOfWaiting === 0) return 1;
  if (queue.agents <= traffic) return 0;
  const drainRate = (queue.agents - traffic) / queue.averageHandleSeconds;
  return 1 - probabilityOfWaiting * Math.exp(-drainRate * targetWaitSeconds);
}

function assertNonNegative(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0))
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
}

function assertAgentCount(agents: number): void {
  if (!(Number.isSafeInteger(agents) && agents >= 0))
    throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
}
