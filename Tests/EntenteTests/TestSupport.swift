import Testing

@testable import Entente

func date(_ s: String) -> EntenteDate {
  do { return try EntenteDate(parsing: s) } catch { preconditionFailure("bad test date \(s)") }
}
