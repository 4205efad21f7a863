import Entente

extension InfluenceDiagram {
  /// Membership clusters: each organization with current members gets a box holding
  /// its own node (which names it, so the organization is drawn once) and its members;
  /// an actor in several organizations is drawn in the one with most members, and its
  /// other memberships stay edges, as do memberships that end in the period (a departing
  /// member is drawn outside).
  ///
  /// Clustered nodes are taken out of `nodes`.
  ///
  /// - Returns: the clusters, and each clustered actor's organization.
  /// - Complexity: O(*M* log *M*) in the membership edges.
  func clusters(
    of snapshot: Snapshot, taking nodes: inout [ActorID: DOTNode]
  ) -> (clusters: [DOTCluster], clustered: [ActorID: ActorID]) {
    var clustered: [ActorID: ActorID] = [:]
    var out: [DOTCluster] = []
    let memberships = snapshot.edges.filter { $0.kind == "membership" && $0.phase != .ends }
    let byOrg = Dictionary(grouping: memberships, by: \.target)
    let orgs = byOrg.keys.sorted { (byOrg[$0]?.count ?? 0, $1) > (byOrg[$1]?.count ?? 0, $0) }
    for org in orgs where clustered[org] == nil {
      var attrs = DiagramStyle.cluster
      attrs["id"] = .text("cluster-\(org)")
      attrs["label"] = .text("")
      attrs["tooltip"] = .text("members of \(graph.actor(org)?.name ?? org.rawValue)")
      var cluster = DOTCluster(id: org.rawValue, attributes: attrs)
      for m in (byOrg[org] ?? []).map(\.source).sorted() where clustered[m] == nil && nodes[m] != nil && byOrg[m] == nil
      {
        clustered[m] = org
        if let n = nodes.removeValue(forKey: m) { cluster.nodes.append(n) }
      }
      guard !cluster.nodes.isEmpty, let own = nodes.removeValue(forKey: org) else { continue }
      cluster.nodes.insert(own, at: 0)
      clustered[org] = org
      out.append(cluster)
    }
    return (out, clustered)
  }
}
