import type { Constellation } from '@egoejo/contracts';
import { Canvas, type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { ConstellationNode } from './ConstellationPage';
import { constellationLayout } from './layout';

interface SceneProps {
  graph: Constellation;
  selectedId: string | null;
  onSelect: (node: ConstellationNode) => void;
}

/**
 * Orbit controls with damping, rendering on demand: a frame is drawn only while something moves (a drag,
 * the damping easing out, a hover), so the page runs no animation loop while idle.
 */
function Controls() {
  const { camera, gl, invalidate } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  useEffect(() => {
    controls.enableDamping = true;
    controls.dampingFactor = 0.08;
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
    };
  }, [controls, invalidate]);
  // update() returns true while the damping still moves the camera: ask for one more frame then.
  useFrame(() => {
    if (controls.update()) invalidate();
  });
  return null;
}

function Links({ graph, positions }: { graph: Constellation; positions: Map<string, [number, number, number]> }) {
  const geometry = useMemo(() => {
    const points: number[] = [];
    for (const link of graph.links) {
      const a = positions.get(link.source);
      const b = positions.get(link.target);
      if (a && b) points.push(...a, ...b);
    }
    const built = new BufferGeometry();
    built.setAttribute('position', new Float32BufferAttribute(points, 3));
    return built;
  }, [graph, positions]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <lineSegments geometry={geometry}>
      <lineBasicMaterial color="#5ee08f" transparent opacity={0.25} />
    </lineSegments>
  );
}

export function ConstellationScene({ graph, selectedId, onSelect }: SceneProps) {
  const positions = useMemo(() => constellationLayout(graph.nodes, graph.links), [graph]);
  const [hover, setHover] = useState<{ node: ConstellationNode; x: number; y: number } | null>(null);
  const onHover = (node: ConstellationNode) => (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    const bounds = (event.nativeEvent.target as HTMLElement).getBoundingClientRect();
    setHover({ node, x: event.nativeEvent.clientX - bounds.left + 12, y: event.nativeEvent.clientY - bounds.top + 12 });
  };

  return (
    <div className="constellation-canvas" data-testid="constellation-3d">
      <Canvas frameloop="demand" camera={{ position: [0, 0, 15], fov: 55 }} dpr={[1, 2]}>
        <ambientLight intensity={0.6} />
        <pointLight position={[10, 10, 10]} intensity={200} />
        <Controls />
        <Links graph={graph} positions={positions} />
        {graph.nodes.map((node) => {
          const position = positions.get(node.id) ?? [0, 0, 0];
          const isConcept = node.kind === 'concept';
          const size = (isConcept ? 0.35 : 0.18) + Math.min(node.weight, 10) * 0.02;
          const highlighted = node.id === selectedId || node.id === hover?.node.id;
          return (
            <mesh
              key={node.id}
              position={position}
              scale={highlighted ? 1.4 : 1}
              onClick={(event) => {
                event.stopPropagation();
                onSelect(node);
              }}
              onPointerOver={onHover(node)}
              onPointerOut={() => setHover(null)}
            >
              <sphereGeometry args={[size, 16, 12]} />
              <meshStandardMaterial
                color={isConcept ? '#ffd166' : '#5ee08f'}
                emissive={isConcept ? '#ffb703' : '#1f8a4c'}
                emissiveIntensity={highlighted ? 1.2 : 0.5}
              />
            </mesh>
          );
        })}
      </Canvas>
      {hover && (
        <div className="constellation-tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
          {hover.node.title}
        </div>
      )}
    </div>
  );
}
