import Entente

extension InfluenceDiagram {
  /// Membership clusters: each organization with members gets a box; an actor in
  /// several organizations is drawn in the one with most members, and its other
  /// memberships stay edges. Clustered nodes are taken out of `nodes`.
  ///
  /// - Returns: the clusters, and each clustered actor's organization.
  /// - Complexity: O(*M* log *M*) in the membership edges.
  func clusters(
    of snapshot: Snapshot, taking nodes: inout [ActorID: DOTNode]
  ) -> (clusters: [DOTCluster], clustered: [ActorID: ActorID]) {
    var clustered: [ActorID: ActorID] = [:]
    var out: [DOTCluster] = []
    let memberships = snapshot.edges.filter { $0.kind == "membership" }
    let byOrg = Dictionary(grouping: memberships, by: \.target)
    let orgs = byOrg.keys.sorted { (byOrg[$0]?.count ?? 0, $1) > (byOrg[$1]?.count ?? 0, $0) }
    for org in orgs {
      var attrs = DiagramStyle.cluster
      attrs["label"] = .text(graph.actor(org)?.name ?? org.rawValue)
      attrs["id"] = .text("cluster-\(org)")
      var cluster = DOTCluster(id: org.rawValue, attributes: attrs)
      for m in (byOrg[org] ?? []).map(\.source).sorted() where clustered[m] == nil && nodes[m] != nil {
        clustered[m] = org
        if let n = nodes.removeValue(forKey: m) { cluster.nodes.append(n) }
      }
      if !cluster.nodes.isEmpty { out.append(cluster) }
    }
    return (out, clustered)
  }
}
