import type { ExposurePhase } from "../../api/sessions-types.ts";

// A sound for the practitioner whose eyes are on the client, not the tablet: one short tone
// at 80 % of the limit, three at the limit. Web Audio, so no sound file is needed; where the
// browser has no audio or refuses it, the words, the colour and the announcement remain.

const TONES: Record<Exclude<ExposurePhase, "ok">, { count: number; hz: number }> = {
  warning: { count: 1, hz: 660 },
  limit: { count: 3, hz: 880 },
};
const TONE_SECONDS = 0.18;
const GAP_SECONDS = 0.12;

let context: AudioContext | null = null;

export function playPhaseSignal(phase: ExposurePhase): void {
  if (phase === "ok" || typeof AudioContext === "undefined") return;
  try {
    context ??= new AudioContext();
    void context.resume();
    const { count, hz } = TONES[phase];
    for (let n = 0; n < count; n++) {
      const start = context.currentTime + n * (TONE_SECONDS + GAP_SECONDS);
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = hz;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + TONE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + TONE_SECONDS);
    }
  } catch {
    // No sound: the signal on screen stands alone.
  }
}
