import { describe, expect, it } from 'vitest';
import { constellationLayout, fittedRadius } from './layout';

const nodes = [
  { id: 'concept:1', kind: 'concept' as const },
  { id: 'concept:2', kind: 'concept' as const },
  ...Array.from({ length: 40 }, (_, i) => ({ id: `project:${i}`, kind: 'project' as const })),
];
const links = nodes.slice(2).map((n, i) => ({ source: `concept:${(i % 2) + 1}`, target: n.id }));

describe('constellation layout', () => {
  it('places every star at a finite point inside the fitted sphere', () => {
    const layout = constellationLayout(nodes, links);
    expect(layout.size).toBe(nodes.length);
    for (const [x, y, z] of layout.values()) {
      expect(Number.isFinite(x + y + z)).toBe(true);
      expect(Math.hypot(x, y, z)).toBeLessThanOrEqual(fittedRadius + 1e-9);
    }
  });

  it('is stable: the same graph gives the same layout', () => {
    const first = constellationLayout(nodes, links);
    const again = constellationLayout([...nodes], [...links]);
    expect([...again.entries()]).toEqual([...first.entries()]);
  });

  it('keeps linked stars closer than the average pair', () => {
    const layout = constellationLayout(nodes, links);
    const distance = (a: string, b: string) => {
      const [p, q] = [layout.get(a)!, layout.get(b)!];
      return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
    };
    const linked = links.map((l) => distance(l.source, l.target));
    const all = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => distance(a.id, b.id)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all));
  });
});
