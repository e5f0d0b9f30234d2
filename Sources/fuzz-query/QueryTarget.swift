import FuzzSupport
import DossierModel
import DossierQuery

/// One fuzz input through every entry point of the query language the shell
/// calls: splitting, continuation, completion and evaluation.
///
/// A crash, a hang (libFuzzer's `-timeout`) or a broken invariant below is a
/// finding; an error message is the expected answer to a bad statement.
enum QueryTarget {
    static func exercise(_ bytes: UnsafeRawBufferPointer) {
        // The shell reads lines as UTF-8 and repairs bad bytes the same way.
        let input = String(decoding: bytes, as: UTF8.self)
        let length = input.utf8.count
        _ = Query.needsContinuation(input)
        check(Query.completions(for: input, catalog: FuzzCatalog.catalog), within: length)
        for slice in Query.splitStatements(input) {
            let count = slice.text.utf8.count
            precondition(slice.offset >= 0 && slice.offset + count <= length,
                         "statement slice \(slice.offset)+\(count) outside an input of \(length) bytes")
            _ = Query.needsContinuation(slice.text)
            check(Query.completions(for: slice.text, catalog: FuzzCatalog.catalog), within: count)
            switch Query.run(slice.text, on: FuzzCatalog.catalog) {
            case .success(let result):
                precondition(result.columns.count == result.types.count, "columns and types differ in number")
                for row in result.rows {
                    precondition(row.count == result.columns.count, "a row has \(row.count) cells for \(result.columns.count) columns")
                }
            case .failure(let failure):
                precondition(!failure.errors.isEmpty, "a failed statement reported no error")
                for error in failure.errors {
                    // The renderer puts a caret under this range; it must lie within the statement.
                    precondition(error.range.lowerBound >= 0 && error.range.upperBound <= count,
                                 "error range \(error.range) outside a statement of \(count) bytes: \(error.message)")
                    precondition(!error.message.isEmpty, "an error without a message")
                }
            }
        }
    }

    private static func check(_ completion: CompletionSet, within length: Int) {
        precondition(completion.start >= 0 && completion.start <= length,
                     "completion starts at \(completion.start) in a line of \(length) bytes")
    }
}

#if FUZZING
/// libFuzzer's entry point (built with `-sanitize=fuzzer`; see Tests/Fuzz/run.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryOneInput(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    QueryTarget.exercise(UnsafeRawBufferPointer(start: size > 0 ? data : nil, count: size))
    return 0
}

@_cdecl("fuzz_query_main")
public func fuzzQueryMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzQueryOneInput(data, size) }
}
#endif
