// One colour and one marker per meaning, for every chart of the workbench: the same table as the
// brief's (org.detente.brief.charts.Palette, checked against this one by PaletteTest; listed in
// docs/charts.md). The markers are the brief's shapes, drawn in the unit square [-1, 1]².
export const PALETTE = /* palette */ {
  "outsideZopa": { "label": "outside the ZOPA", "color": "#c9d1d9", "marker": "square" },
  "zopa": { "label": "ZOPA, not ratifiable on both sides", "color": "#9cc7e8", "marker": "square" },
  "zopaRatifiable": { "label": "ZOPA, ratifiable on both sides", "color": "#7dcea0", "marker": "square" },
  "crossesRedLine": { "label": "crosses a red line (no agreement possible)", "color": "#d98880", "marker": "cross" },
  "frontier": { "label": "Pareto frontier", "color": "#1b2631", "marker": "circle" },
  "nash": { "label": "Nash", "color": "#7d3c98", "marker": "diamond" },
  "kalaiSmorodinsky": { "label": "Kalai–Smorodinsky", "color": "#b9770e", "marker": "square" },
  "egalitarian": { "label": "egalitarian", "color": "#117a65", "marker": "triangleDown" },
  "maxWelfare": { "label": "max welfare", "color": "#6e2c00", "marker": "circle" },
  "deal": { "label": "deal in the case", "color": "#7f8c8d", "marker": "triangle" },
  "opening": { "label": "opening", "color": "#1e8449", "marker": "triangle" },
  "target": { "label": "target", "color": "#e67e22", "marker": "star" },
  "lastOffer": { "label": "last offer before walking away", "color": "#212f3d", "marker": "square" },
  "agreement": { "label": "agreement", "color": "#c0392b", "marker": "star" },
  "betterForAll": { "label": "better for every party", "color": "#45b39d", "marker": "circle" },
  "ours": { "label": "our offers", "color": "#2471a3", "marker": "circle" },
  "theirs": { "label": "their offers", "color": "#cb4335", "marker": "triangle" },
  "aspiration": { "label": "the plan's aspiration", "color": "#95a5a6", "marker": "circle" },
  "pAccept": { "label": "P(accept), viable", "color": "#5dade2", "marker": "circle" },
  "pAcceptNotViable": { "label": "P(accept), not viable (we cannot sign it or it is not ratified there)", "color": "#b0bac4", "marker": "circle" },
  "expectedUtility": { "label": "expected utility", "color": "#873600", "marker": "diamond" },
  "runPlan": { "label": "plan", "color": "#1a5276", "marker": "circle" },
  "runStrategist": { "label": "strategist", "color": "#af7ac5", "marker": "circle" },
  "mediatorText": { "label": "texts by the mediator", "color": "#5d6d7e", "marker": "square" }
} /* end */;

/** A marker as an ECharts symbol. */
export function symbol(marker) {
  switch (marker) {
    case 'circle': return 'circle';
    case 'square': return 'rect';
    case 'diamond': return 'diamond';
    case 'triangle': return 'triangle';
    case 'triangleDown': return 'path://M-1,-1L1,-1L0,1Z';
    case 'star': return `path://${star()}`;
    case 'cross': return 'path://M-1,-0.7L-0.7,-1L0,-0.3L0.7,-1L1,-0.7L0.3,0L1,0.7L0.7,1L0,0.3L-0.7,1L-1,0.7L-0.3,0Z';
    default: throw new Error(`unknown marker ${marker}`);
  }
}

function star() {
  const p = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + i * Math.PI / 5;
    p.push(`${(r * Math.cos(a)).toFixed(3)},${(r * Math.sin(a)).toFixed(3)}`);
  }
  return `M${p.join('L')}Z`;
}

/** The ECharts look of a meaning: its symbol and colour, at a size. */
export function look(key, size) {
  const p = PALETTE[key];
  return { symbol: symbol(p.marker), symbolSize: size, itemStyle: { color: p.color } };
}
