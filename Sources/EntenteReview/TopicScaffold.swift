import Entente
import Foundation

/// The files `entente init DIR` writes for a new topic: a curated graph that includes an
/// actors file (which extends the actor catalogue), a documents folder with a manifest, and
/// a README on the workflow.
public enum TopicScaffold {
  /// The files, by path relative to the topic's folder, in the order written.
  public static let files: [(path: String, text: String)] = [
    (
      "graphs/actors.yaml",
      """
      # Actors of this topic. Every id of the actor catalogue (states by ISO 3166-1
      # alpha-3 code, organizations such as NATO, UN, AU, ECOWAS; see Guides/Catalogue.md)
      # can be used without declaring it. Declare here the actors the catalogue lacks
      # and the words your texts use for them, for example:
      #
      # actors:
      #   - id: WAGNER
      #     name: Wagner Group
      #     kind: group
      #     aliases: ["Africa Corps"]
      entente: 1

      """
    ),
    (
      "graphs/topic.yaml",
      """
      # The curated graph of this topic: relations reviewed by a person, each citing the
      # sentence it comes from. `entente review` appends what you accept here and keeps
      # your comments; the decisions go to topic.decisions.yaml beside it.
      entente: 1
      include: [actors.yaml]

      relations: []

      """
    ),
    (
      "docs/manifest.tsv",
      """
      # One line per document in this folder: file<TAB>date<TAB>title (the date as YYYY, YYYY-MM or YYYY-MM-DD).

      """
    ),
    (
      "README.md",
      """
      # A topic for entente

      Put the texts in `docs/` (plain text or Markdown) and date each in `docs/manifest.tsv`
      (`file<TAB>date<TAB>title`). Then:

          entente review graphs/topic.yaml docs/*.txt --manifest docs/manifest.tsv

      prints an address to open in a browser: each document with its numbered sentences and the
      relations the extractor proposes; accept, reject or correct each (keys j/k/a/r/e), or select
      words to add a relation it missed. Accepted relations go into `graphs/topic.yaml` with their
      evidence; every decision goes into `graphs/topic.decisions.yaml`, so a later extraction
      (`entente extract ... --decisions graphs/topic.decisions.yaml`) proposes only what is new.
      `entente sentences docs/FILE` prints a document's numbered sentences; `entente accept` and
      `entente reject` decide from the command line. Finally:

          entente report graphs/topic.yaml --at 2020 --at 2024 --docs docs -o report

      """
    ),
  ]

  /// Writes the scaffold into `folder` (created when missing); existing files are never replaced.
  ///
  /// - Parameter folder: the topic's folder.
  /// - Returns: the paths written.
  /// - Throws: `EntenteError` when a file exists already or cannot be written.
  public static func write(into folder: String) throws(EntenteError) -> [String] {
    for f in files where FileManager.default.fileExists(atPath: PathText.join(folder, f.path)) {
      throw EntenteError(
        .writeFailed,
        "'\(PathText.join(folder, f.path))' exists already; init writes only into a new or empty topic folder")
    }
    var written: [String] = []
    for f in files {
      let path = PathText.join(folder, f.path)
      do {
        try FileManager.default.createDirectory(atPath: PathText.folder(of: path), withIntermediateDirectories: true)
      } catch {
        throw EntenteError(
          .writeFailed, "cannot create the folder '\(PathText.folder(of: path))': \(error.localizedDescription)")
      }
      try AtomicFile.write(f.text, to: path)
      written.append(path)
    }
    return written
  }
}
