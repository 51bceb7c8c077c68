import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/utils/errors';
import { t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import type { GraphView as GraphViewComponent } from './GraphView';
import { MessageLine } from '../MessageLine';

/** The graph view once its code is loaded: kept, so that coming back to the tab draws it at once. */
let loaded: typeof GraphViewComponent | undefined;

/**
 * The graph view, its code (the graph library, the WebGL renderer, the layout) loaded when the
 * Graph tab is first shown: the rest of the network page neither needs nor waits for it.
 */
export function LazyGraphView(props: { sources: readonly Source[] }) {
  const [view, setView] = useState<{ GraphView?: typeof GraphViewComponent; error?: unknown }>(() => ({
    GraphView: loaded,
  }));
  useEffect(() => {
    if (loaded) return;
    let live = true;
    import('./GraphView').then(
      (module) => {
        loaded = module.GraphView;
        if (live) setView({ GraphView: module.GraphView });
      },
      (error: unknown) => live && setView({ error }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (view.error !== undefined)
    return <MessageLine message={{ text: t('graph_load_error', errorText(view.error)), error: true }} />;
  if (!view.GraphView)
    return (
      <p class="muted" role="status" aria-busy="true">
        {t('graph_laying_out')}
      </p>
    );
  return <view.GraphView sources={props.sources} />;
}
