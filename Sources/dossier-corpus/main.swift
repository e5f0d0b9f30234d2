// dossier-corpus: writes a deterministic synthetic corpus in the style of the seeds.
//
//     dossier-corpus --count 10000 --seed 1 --out /tmp/corpus
//
// Document i depends only on the seed and i, so a larger corpus begins with a smaller one.
import Foundation

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: dossier-corpus --count N [--seed S] --out DIR\n".utf8))
    exit(2)
}

var count: Int?
var seed: UInt64 = 1
var out: String?
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--count": count = args.next().flatMap { Int($0) }
    case "--seed": seed = args.next().flatMap { UInt64($0) } ?? seed
    case "--out": out = args.next()
    case "-h", "--help": usage()
    default: usage()
    }
}
guard let count, count >= 0, let out else { usage() }

let started = Date()
do {
    let written = try CorpusWriter(seed: seed, directory: out).write(count: count)
    let seconds = Date().timeIntervalSince(started)
    let mb = Double(written) / 1_000_000
    print(String(format: "dossier-corpus: %d documents, %.1f MB in %@ (%.2f s)", count, mb, out, seconds))
} catch {
    FileHandle.standardError.write(Data("dossier-corpus: \(error)\n".utf8))
    exit(1)
}
