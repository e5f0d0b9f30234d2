#if !FUZZING
import Foundation
import FuzzSupport

/// In a normal build, replays a corpus: every file under each argument goes
/// through `QueryTarget.exercise`, so a committed crash input stays a test.
@main
struct FuzzQueryReplay {
    static func main() {
        exit(CorpusReplayer(name: "fuzz-query", run: QueryTarget.exercise).replay(CommandLine.arguments.dropFirst()))
    }
}
#endif
