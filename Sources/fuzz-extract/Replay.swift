#if !FUZZING
import Foundation
import FuzzSupport

/// In a normal build, replays a corpus: every file under each argument goes
/// through `ExtractTarget.exercise`, so a committed crash input stays a test.
@main
struct FuzzExtractReplay {
    static func main() {
        let status = CorpusReplayer(name: "fuzz-extract", run: ExtractTarget.exercise).replay(CommandLine.arguments.dropFirst())
        try? FileManager.default.removeItem(atPath: ExtractTarget.folder)
        exit(status)
    }
}
#endif
