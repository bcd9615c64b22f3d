// Link colours, one definition for the screen and every export (GEXF, GraphML, SVG, PNG): a sourced link
// is light grey, an editorial one (a fact the source leaves unstated) amber, a link of the selection darker.

export const EDGE_COLOR = '#cfd4dc';
export const EDGE_FOCUS_COLOR = '#7b8494';
export const EDITORIAL_EDGE_COLOR = '#e8a33d';
