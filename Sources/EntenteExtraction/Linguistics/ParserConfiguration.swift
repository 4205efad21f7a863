/// A transition of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta 2011).
package enum ParserTransition: Int, Sendable, CaseIterable {
  /// Moves the first buffer word onto the stack.
  case shift = 0
  /// Makes the first buffer word the head of the stack's top word, and pops it.
  case left = 1
  /// Makes the word under the stack's top the head of the top word, and pops it.
  case right = 2
}

/// The state of the arc-hybrid parser on one sentence of *n* words: the stack, the
/// buffer (the words from `next` on), the arcs made so far, and for each word its
/// outermost dependents, their number on each side and a hash of their relations (what
/// the features read).
///
/// Word numbers: 0..<*n* the sentence's words, *n* the artificial root (always at the
/// bottom of the stack), *n* + 1 "no word". The root takes its one dependent only when
/// the buffer is empty, so every parse has exactly one root word.
package struct ParserConfiguration: Sendable {
  /// The number of words.
  package let count: Int
  /// The stack, bottom first (the root at the bottom).
  package var stack: [Int]
  /// The first word of the buffer (`count` when it is empty).
  package var next = 0
  /// Each word's head (-1 while it has none).
  package var heads: [Int]
  /// Each word's relation number (-1 while it has no head).
  package var labels: [Int]
  /// The leftmost and second leftmost dependents (`count + 1` for none).
  package var left1: [Int]
  /// The second leftmost dependent.
  package var left2: [Int]
  /// The rightmost dependent.
  package var right1: [Int]
  /// The second rightmost dependent.
  package var right2: [Int]
  /// How many dependents each word has to its left.
  package var leftCount: [Int]
  /// How many to its right.
  package var rightCount: [Int]
  /// A hash of the relations of each word's dependents, in the order they were attached.
  package var childLabels: [UInt64]

  /// The initial state: the root on the stack, every word in the buffer.
  package init(count n: Int) {
    count = n
    stack = [n]
    stack.reserveCapacity(n + 1)
    heads = Array(repeating: -1, count: n + 2)
    labels = Array(repeating: -1, count: n + 2)
    left1 = Array(repeating: n + 1, count: n + 2)
    left2 = left1
    right1 = left1
    right2 = left1
    leftCount = Array(repeating: 0, count: n + 2)
    rightCount = leftCount
    childLabels = Array(repeating: 0, count: n + 2)
  }

  /// The artificial root's number.
  @inline(__always) package var root: Int { count }
  /// The number standing for "no word".
  @inline(__always) package var nothing: Int { count + 1 }

  /// Whether the parse is complete: the buffer is empty and only the root is on the stack.
  package var isTerminal: Bool { next >= count && stack.count == 1 }

  /// The stack word `depth` places below the top (0 = the top), or `nothing`.
  @inline(__always) package func stackWord(_ depth: Int) -> Int {
    depth < stack.count ? stack[stack.count - 1 - depth] : nothing
  }

  /// The buffer word `offset` places after the first (0 = the first), or `nothing`.
  @inline(__always) package func bufferWord(_ offset: Int) -> Int {
    next + offset < count ? next + offset : nothing
  }

  /// Whether `transition` may be applied now.
  @inline(__always) package func isLegal(_ transition: ParserTransition) -> Bool {
    switch transition {
    case .shift: return next < count
    case .left: return stack.count >= 2 && next < count
    case .right: return stack.count >= 3 || (stack.count == 2 && next >= count)
    }
  }

  /// The head and dependent of the arc `transition` would make (`nil` for a shift).
  @inline(__always) package func arc(_ transition: ParserTransition) -> (head: Int, dependent: Int)? {
    switch transition {
    case .shift: return nil
    case .left: return (next, stackWord(0))
    case .right: return (stackWord(1), stackWord(0))
    }
  }

  /// Applies a legal transition; an arc gets relation number `label`.
  @inline(__always) package mutating func apply(_ transition: ParserTransition, label: Int) {
    switch transition {
    case .shift:
      stack.append(next)
      next += 1
    case .left:
      let d = stack.removeLast()
      attach(d, to: next, label: label)
    case .right:
      let d = stack.removeLast()
      attach(d, to: stack[stack.count - 1], label: label)
    }
  }

  @inline(__always) private mutating func attach(_ d: Int, to h: Int, label: Int) {
    heads[d] = h
    labels[d] = label
    let none = nothing
    if d < h {
      leftCount[h] += 1
      if left1[h] == none || d < left1[h] {
        left2[h] = left1[h]
        left1[h] = d
      } else if left2[h] == none || d < left2[h] {
        left2[h] = d
      }
    } else {
      rightCount[h] += 1
      if right1[h] == none || d > right1[h] {
        right2[h] = right1[h]
        right1[h] = d
      } else if right2[h] == none || d > right2[h] {
        right2[h] = d
      }
    }
    childLabels[h] = TaggerHash.mix(childLabels[h], UInt64(label + 1))
  }
}
