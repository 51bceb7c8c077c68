import Sigma from 'sigma';
import { drawDiscNodeHover, EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NetworkEdge, NetworkGraph, NetworkNode } from '@/utils/graph/build';
import { runLayout } from '@/utils/graph/layout-runner';
import { t } from '@/utils/i18n';
import { pageColors, paintGraph } from './graph-style';

type Renderer = Sigma<NetworkNode, NetworkEdge>;

let webgl: boolean | undefined;

/** Whether this browser can give a canvas a WebGL context (sigma draws with WebGL). */
export function webglAvailable(): boolean {
  if (webgl !== undefined) return webgl;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Give the test context back at once: browsers keep only a few alive.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    webgl = !!context;
  } catch {
    webgl = false;
  }
  return webgl;
}

const PAN_STEP = 0.15;
const SMALL_GRAPH = 150;

/**
 * The graph drawn by sigma.js (WebGL; labels are canvas text, so nothing in a title can become
 * HTML), laid out by ForceAtlas2. Drag to pan, scroll to zoom, click a node to select it; the
 * focused canvas also takes arrow keys, + and - and 0. Without WebGL it says so in words.
 */
export function GraphCanvas(props: {
  graph: NetworkGraph;
  selected: string | undefined;
  onSelect: (node: string) => void;
  describedBy: string;
}) {
  const { graph, selected, onSelect } = props;
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Renderer | undefined>(undefined);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [failed, setFailed] = useState(false);
  const [layout, setLayout] = useState<'running' | 'done'>('running');

  useEffect(() => {
    const element = container.current;
    if (!element || graph.order === 0) return;
    if (!webglAvailable()) {
      setFailed(true);
      return;
    }
    const colors = pageColors(element);
    paintGraph(graph, colors.line);
    let sigma: Renderer;
    try {
      sigma = new Sigma<NetworkNode, NetworkEdge>(graph, element, {
        labelColor: { color: colors.text },
        labelFont: 'system-ui, sans-serif',
        labelSize: 13,
        defaultEdgeColor: colors.line,
        zIndex: true,
        // One-pixel lines and point sprites: the same picture as sigma's default quads here
        // (edges are 1 px, nodes discs) for a third of the drawing work, which is what decides
        // the frame rate on a machine drawing WebGL in software (scripts/bench-network.mjs).
        nodeProgramClasses: { circle: NodePointProgram },
        edgeProgramClasses: { line: EdgeLineProgram },
        // A small network shows every label that fits; a big one only its hubs' until zoomed.
        labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH ? 0 : 6,
        // The hover box is always white: its label is drawn dark, whatever the page's theme.
        defaultDrawNodeHover: (context, data, settings) =>
          drawDiscNodeHover(context, data, { ...settings, labelColor: { color: '#1f2933' } }),
      });
    } catch {
      setFailed(true);
      return;
    }
    renderer.current = sigma;
    sigma.on('clickNode', ({ node }) => select.current(node));
    sigma.on('enterNode', () => element.classList.add('pointing'));
    sigma.on('leaveNode', () => element.classList.remove('pointing'));

    setLayout('running');
    const started = performance.now();
    const run = runLayout(graph);
    void run.finished.then(({ ms, ...detail }) => {
      if (renderer.current !== sigma) return;
      performance.measure('pln-graph-layout', {
        start: started,
        duration: ms,
        detail: { order: graph.order, size: graph.size, ...detail },
      });
      setLayout('done');
    });
    if (import.meta.env.MODE === 'e2e') Object.assign(window, { plnGraph: { renderer: sigma, graph } });
    return () => {
      run.cancel();
      sigma.kill();
      renderer.current = undefined;
    };
  }, [graph]);

  // The selected node stands out with its neighbours; the rest fades.
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    if (selected === undefined || !graph.hasNode(selected)) {
      sigma.setSetting('nodeReducer', null);
      sigma.setSetting('edgeReducer', null);
      return;
    }
    const near = new Set(graph.neighbors(selected));
    const faded = pageColors(container.current ?? document.body).line;
    sigma.setSetting('nodeReducer', (node, data) =>
      node === selected
        ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 }
        : near.has(node)
          ? { ...data, forceLabel: true, zIndex: 1 }
          : { ...data, color: faded, label: null, zIndex: 0 },
    );
    sigma.setSetting('edgeReducer', (edge, data) =>
      graph.hasExtremity(edge, selected) ? data : { ...data, hidden: true },
    );
    // The camera works in sigma's framed coordinates, not the graph's.
    const at = sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(selected)));
    void sigma
      .getCamera()
      .animate({ x: at.x, y: at.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
  }, [selected, graph]);

  const camera = () => renderer.current?.getCamera();
  const zoomIn = () => void camera()?.animatedZoom({ duration: 200 });
  const zoomOut = () => void camera()?.animatedUnzoom({ duration: 200 });
  const reset = () => void camera()?.animatedReset({ duration: 200 });
  const onKeyDown = (event: KeyboardEvent) => {
    const cam = camera();
    if (!cam) return;
    const { x, y, ratio } = cam.getState();
    const step = PAN_STEP * ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => cam.setState({ x: x - step }),
      ArrowRight: () => cam.setState({ x: x + step }),
      // Sigma's framed coordinates grow upwards, as a graph's do.
      ArrowUp: () => cam.setState({ y: y + step }),
      ArrowDown: () => cam.setState({ y: y - step }),
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
      '0': reset,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  if (failed)
    return (
      <p class="notice" role="status">
        {t('graph_no_webgl')}
      </p>
    );
  return (
    <>
      <div class="graph-controls">
        <button type="button" onClick={zoomIn}>
          {t('graph_zoom_in')}
        </button>
        <button type="button" onClick={zoomOut}>
          {t('graph_zoom_out')}
        </button>
        <button type="button" onClick={reset}>
          {t('graph_reset')}
        </button>
        {layout === 'running' && (
          <span class="muted" role="status">
            {t('graph_laying_out')}
          </span>
        )}
      </div>
      <div
        ref={container}
        class="graph-canvas"
        role="region"
        aria-label={t('graph_canvas_label')}
        aria-describedby={props.describedBy}
        tabIndex={0}
        data-layout={layout}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
