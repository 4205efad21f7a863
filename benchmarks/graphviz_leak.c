/*
 * Graphviz's per-render leak, without Entente: one GVC context, the same small graph read,
 * laid out with neato, rendered to SVG in memory and freed, N times; prints the resident
 * memory (VmRSS) every N/10 renders. Every allocation the API hands out is freed
 * (agclose, gvFreeLayout, gvFreeRenderData), as in Entente's GraphvizRenderer.
 *
 *   cc -O2 benchmarks/graphviz_leak.c $(pkg-config --cflags --libs libgvc) -o /tmp/graphviz_leak
 *   /tmp/graphviz_leak 10000 [FILE.dot]
 *
 * FILE.dot: the DOT to render (Entente's, from `entente render GRAPH --at DATE --format dot`);
 * a six-node graph when absent.
 */
#include <graphviz/gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long resident_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kib = -1;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmRSS:", 6) == 0) kib = atol(line + 6);
  if (f) fclose(f);
  return kib;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10000;
  static char buffer[1 << 22];
  const char *dot =
      "digraph g { node [shape=ellipse]; A -> B [color=\"#2e7d32\"]; B -> C; C -> A [style=dashed];"
      " C -> D; D -> E; E -> A; A [label=\"Actor A\"]; }";
  if (argc > 2) {
    FILE *f = fopen(argv[2], "r");
    size_t k = f ? fread(buffer, 1, sizeof buffer - 1, f) : 0;
    if (f) fclose(f);
    buffer[k] = 0;
    dot = buffer;
  }
  GVC_t *gvc = gvContext();
  long first = 0;
  for (int i = 1; i <= n; i++) {
    Agraph_t *g = agmemread(dot);
    gvLayout(gvc, g, "neato");
    char *data = NULL;
    unsigned int length = 0;
    gvRenderData(gvc, g, "svg", &data, &length);
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    agclose(g);
    if (i == n / 10) first = resident_kib();
    if (i % (n / 10) == 0) printf("%6d renders: %ld KiB resident\n", i, resident_kib());
  }
  printf("%.2f KiB per render after the first %d\n", (double)(resident_kib() - first) / (n - n / 10), n / 10);
  gvFreeContext(gvc);
  return 0;
}
