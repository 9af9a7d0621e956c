// The value axis of the price chart: from zero to a round number just above the highest
// price, with ticks at round steps (1, 2, 2.5 or 5 times a power of ten).

const STEPS = [1, 2, 2.5, 5, 10];

export interface Axis {
  max: number;
  ticks: number[];
}

export function niceAxis(highest: number, targetTicks = 4): Axis {
  if (!(highest > 0)) return { max: 1, ticks: [0, 1] };
  const rough = highest / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((candidate) => candidate * power >= rough) ?? 10) * power;
  const max = Math.ceil(highest / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { max, ticks };
}
