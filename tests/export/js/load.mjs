// Parse a GraphML file with graphology-graphml and print what came through, as JSON:
//   node load.mjs FILE [NODE_ID]
// tests/export/test_graphology.py runs it on kg's GraphML export.
import {readFileSync} from 'node:fs';
import Graph from 'graphology';
import graphml from 'graphology-graphml';

const [file, nodeId] = process.argv.slice(2);
const graph = graphml.parse(Graph, readFileSync(file, 'utf-8'), {addMissingNodes: false});
const out = {type: graph.type, multi: graph.multi, nodes: graph.order, edges: graph.size};
if (nodeId !== undefined && graph.hasNode(nodeId)) out.node = graph.getNodeAttributes(nodeId);
const first = graph.edges()[0];
if (first !== undefined) out.edge = graph.getEdgeAttributes(first);
console.log(JSON.stringify(out));
