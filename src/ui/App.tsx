// Placeholder shell: loads the bundle and draws it. The full viewer replaces this.
import { useEffect, useState } from 'react';
import Graph from 'graphology';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type { Bundle } from '../core/bundle/index.js';

export function App() {
  const [graph, setGraph] = useState<Graph | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('data/landscape.json')
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((bundle: Bundle) => setGraph(Graph.from(bundle.graph)))
      .catch((reason: Error) => setError(reason.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!graph) return <p>Loading…</p>;
  return (
    <div data-ready="true">
      <SigmaContainer graph={graph} style={{ height: '100vh' }} />
    </div>
  );
}
