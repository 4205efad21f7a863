// The part of Graphviz's C API Entente uses: cgraph (graphs, attributes, errors)
// and gvc (layout and rendering). Installed by Debian's libgraphviz-dev.
#ifndef ENTENTE_CGRAPHVIZ_SHIM_H
#define ENTENTE_CGRAPHVIZ_SHIM_H
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif
