// One colour per procedure, the same on every screen and every day: the catalog's ten
// procedures have fixed colours chosen to differ; any other id gets one by a hash of it.
// Each colour is dark enough to stand out against white (3:1 or more) and comes with a
// pale tint that dark text reads well on.

export interface ProcedureColour {
  /** Borders, swatches. */
  strong: string;
  /** Backgrounds under text. */
  tint: string;
}

const FIXED: Record<string, string> = {
  "nitrogen-cryomassage": "#1565c0",
  "device-cryomassage": "#00838f",
  "ice-cryomassage": "#546e7a",
  cryolipolysis: "#d84315",
  cryosauna: "#6a1b9a",
  cryodestruction: "#c2185b",
  cryoelectrophoresis: "#2e7d32",
  "ent-cryotherapy": "#8a6d00",
  "local-cold-therapy": "#5d4037",
  "scalp-darsonvalization": "#3949ab",
};

const EXTRA = ["#00796b", "#827717", "#ad1457", "#4527a0", "#bf360c", "#37474f"];

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return value;
}

/** The colour mixed with white: `share` of the colour, the rest white. */
function tintOf(hex: string, share: number): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * share)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

export function procedureColour(procedureId: string): ProcedureColour {
  const strong = FIXED[procedureId] ?? (EXTRA[hash(procedureId) % EXTRA.length] as string);
  return { strong, tint: tintOf(strong, 0.16) };
}
