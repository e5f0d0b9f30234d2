import DossierExtraction
import Foundation

/// The files of a corpus folder that the loader reads, sorted, with their total size.
struct Corpus {
    let files: [String]
    let bytes: Int

    init(directory: String) {
        var files: [String] = []
        var bytes = 0
        let fm = FileManager.default
        if let walker = fm.enumerator(atPath: directory) {
            for case let relative as String in walker
            where DocumentLoader.extensions.contains((relative as NSString).pathExtension.lowercased()) {
                let path = directory + "/" + relative
                var st = stat()
                if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                    files.append(path)
                    bytes += Int(st.st_size)
                }
            }
        }
        self.files = files.sorted()
        self.bytes = bytes
    }
}
