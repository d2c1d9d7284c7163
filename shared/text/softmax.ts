/**
 * Turns log-scores into probabilities. `temperature` > 1 flattens the
 * distribution, < 1 sharpens it (temperature scaling). Numerically stable for
 * very negative log-scores such as naive-Bayes log-likelihoods.
 */
export function softmax(logScores: readonly number[], temperature = 1): number[] {
  if (logScores.length === 0) return [];
  const scaled = logScores.map((score) => score / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((score) => Math.exp(score - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}
