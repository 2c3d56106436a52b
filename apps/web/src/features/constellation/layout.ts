/**
 * A stable 3D layout of the Constellation: a force-directed layout computed once per graph (deterministic,
 * no randomness) and kept for the visit, so stars do not jump between visits of the page.
 */
export interface LayoutNode {
  id: string;
  kind: 'concept' | 'project';
}
export interface LayoutLink {
  source: string;
  target: string;
}
export type Point = [number, number, number];

const cache = new Map<string, Map<string, Point>>();

function signature(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): string {
  return nodes.map((n) => n.id).join(',') + '|' + links.map((l) => `${l.source}>${l.target}`).join(',');
}

/** Golden-spiral start on a sphere: spread out and the same for the same order of nodes. */
function startingPoint(index: number, count: number, radius: number): Point {
  const y = 1 - (2 * (index + 0.5)) / count;
  const r = Math.sqrt(1 - y * y);
  const angle = index * Math.PI * (3 - Math.sqrt(5));
  return [Math.cos(angle) * r * radius, y * radius, Math.sin(angle) * r * radius];
}

/** Every layout fits in a sphere of this radius around the origin, where the camera looks. */
export const fittedRadius = 8;

/** Centres the points on their centroid and scales them so the farthest sits at `radius`. */
function normalise(points: Point[], radius: number): void {
  if (points.length === 0) return;
  const centre = [0, 1, 2].map((k) => points.reduce((sum, p) => sum + p[k]!, 0) / points.length);
  let farthest = 0;
  for (const p of points) {
    for (let k = 0; k < 3; k++) p[k] = p[k]! - centre[k]!;
    farthest = Math.max(farthest, Math.hypot(p[0], p[1], p[2]));
  }
  const scale = farthest > 0 ? radius / farthest : 1;
  for (const p of points) for (let k = 0; k < 3; k++) p[k] = p[k]! * scale;
}

export function constellationLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[], iterations = 150): Map<string, Point> {
  const key = signature(nodes, links);
  const cached = cache.get(key);
  if (cached) return cached;

  const radius = 4 + Math.cbrt(nodes.length) * 2;
  const positions = nodes.map((_, i) => startingPoint(i, Math.max(nodes.length, 1), radius));
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = links
    .map((l) => [indexOf.get(l.source), indexOf.get(l.target)] as const)
    .filter((e): e is readonly [number, number] => e[0] !== undefined && e[1] !== undefined);
  const springLength = 2.5;

  for (let step = 0; step < iterations; step++) {
    const cooling = 1 - step / iterations;
    const forces = positions.map((): Point => [0, 0, 0]);
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const a = positions[i]!;
        const b = positions[j]!;
        const d: Point = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
        const dist2 = Math.max(d[0] * d[0] + d[1] * d[1] + d[2] * d[2], 0.01);
        const push = 4 / dist2;
        for (let k = 0; k < 3; k++) {
          forces[i]![k]! += d[k]! * push;
          forces[j]![k]! -= d[k]! * push;
        }
      }
    }
    for (const [i, j] of edges) {
      const a = positions[i]!;
      const b = positions[j]!;
      const d: Point = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
      const dist = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]) || 0.01;
      const pull = (dist - springLength) * 0.1 / dist;
      for (let k = 0; k < 3; k++) {
        forces[i]![k]! += d[k]! * pull;
        forces[j]![k]! -= d[k]! * pull;
      }
    }
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      for (let k = 0; k < 3; k++) {
        // A weak pull to the centre keeps unlinked stars in the picture; moves are capped while cooling.
        const force = forces[i]![k]! - p[k]! * 0.01;
        p[k] = p[k]! + Math.max(-0.5, Math.min(0.5, force)) * cooling;
      }
    }
  }
  normalise(positions, fittedRadius);
  const result = new Map(nodes.map((n, i) => [n.id, positions[i]!]));
  cache.set(key, result);
  return result;
}
