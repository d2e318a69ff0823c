import CNormeringXML
import NormeringCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `xmlInitParser()`, once per process (a global `let` is initialised exactly once).
private let libxml2Initialised: Void = xmlInitParser()

/// Reads one export file with libxml2's SAX2 push parser, in chunks of 256 KiB.
///
/// Security (export-format.md): a DOCTYPE stops the parser in the `internalSubset`
/// callback, before an entity can be declared or expanded; entity declarations,
/// entity look-ups and external resolution are refused by callbacks of our own; options
/// are `XML_PARSE_NONET` only (no `XML_PARSE_NOENT`, no DTD loading, never `XML_PARSE_HUGE`).
enum ExportFileParser {
    static let chunkSize = 256 * 1024

    /// Initialises libxml2 (once per process): call before starting worker threads.
    static func prepare() { libxml2Initialised }

    static func parse(path: String, fileIndex: Int, periods: ClosedRange<YearMonth>?,
                      conventions: ExportConventions = ExportConventions()) -> ParsedFile {
        prepare()
        normering_silence_generic_errors() // per thread; what it would print is reported by `reportSilentHalt`
        // The reader's state lives behind one pointer, handed to libxml2 as the callbacks' user data.
        let reader = UnsafeMutablePointer<ExportReader>.allocate(capacity: 1)
        reader.initialize(to: ExportReader(path: path, fileIndex: fileIndex, periods: periods,
                                           conventions: conventions))
        defer {
            reader.deinitialize(count: 1)
            reader.deallocate()
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            reader.pointee.readFailure("cannot open the file: \(String(cString: strerror(errno)))")
            return reader.pointee.finish(bytesRead: 0)
        }
        defer { close(descriptor) }
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }

        var bytesRead = 0
        var handler = saxHandler()
        let userData = UnsafeMutableRawPointer(reader)
        func readAll() {
            var count = readChunk(descriptor, buffer)
            guard count >= 0 else {
                reader.pointee.readFailure("cannot read the file: \(String(cString: strerror(errno)))")
                return
            }
            guard count > 0 else {
                reader.pointee.parserError(FileStart([]).notXMLDescription ?? "the file is empty",
                                           at: SourceLocation(file: path, line: 1, column: 1))
                return
            }
            bytesRead += count
            // The first bytes tell libxml2 the encoding (a BOM, `<?xml` in UTF-16 or 8).
            let initial = min(count, 4)
            guard let context = xmlCreatePushParserCtxt(&handler, userData, buffer, Int32(initial), nil) else {
                reader.pointee.readFailure("libxml2 could not create a parser")
                return
            }
            defer { xmlFreeParserCtxt(context) }
            _ = xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
            reader.pointee.context = context
            var offset = initial
            var tagGuard = StartTagGuard()
            while true {
                let withinLimits = buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
                    tagGuard.scan($0, count: count)
                }
                if !withinLimits {
                    reader.pointee.refuse(code: "too-many-attributes",
                                  message: "an element at or after this position has more than "
                                      + "\(StartTagGuard.maximumAttributes) attributes: this is not an export")
                    return
                }
                if count > offset {
                    let status = xmlParseChunk(context, buffer + offset, Int32(count - offset), 0)
                    reportSilentHalt(status, context, reader)
                }
                if reader.pointee.stopped {
                    xmlStopParser(context)
                    return
                }
                count = readChunk(descriptor, buffer)
                offset = 0
                if count < 0 {
                    reader.pointee.readFailure("cannot read the file: \(String(cString: strerror(errno)))")
                    return
                }
                if count == 0 {
                    reader.pointee.atEnd = true
                    let status = xmlParseChunk(context, nil, 0, 1)
                    reportSilentHalt(status, context, reader)
                    if reader.pointee.hasOpenElements {
                        reader.pointee.parserError(ParseFailure.cutOff(reader.pointee.openElements))
                    }
                    return
                }
                bytesRead += count
            }
        }
        readAll()
        return reader.pointee.finish(bytesRead: bytesRead)
    }

    /// libxml2 halts on bytes that do not convert from the document's encoding (UTF-16 with a
    /// broken surrogate pair, say) without calling the error callback: it prints "encoder error"
    /// on standard error and `xmlParseChunk` returns non-zero. Such a file is not well-formed:
    /// report it, or it would pass as valid with whatever was read before. (libxml2 converts a
    /// whole chunk before parsing it: the position is where parsing stopped, at or before the bytes.)
    private static func reportSilentHalt(_ status: Int32, _ context: xmlParserCtxtPtr, _ reader: UnsafeMutablePointer<ExportReader>) {
        guard status != 0, !reader.pointee.stopped else { return }
        let encoding = context.pointee.encoding.map { String(cString: $0) } ?? context.pointee.input?.pointee.encoding.map { String(cString: $0) }
        let start = FileStart(path: reader.pointee.path)
        // Told by a byte-order mark or a declaration, else by the first bytes (as libxml2 found it).
        let told = start.byteOrderMark != nil || start.declaredEncoding != nil
        let assumed = told ? start.assumedEncoding : encoding ?? start.assumedEncoding
        reader.pointee.parserError("the file is read as \(assumed), but it holds bytes that are not valid "
                                       + "\(encoding ?? "in that encoding") (at or after this position); "
                                       + "declare the encoding the file is written in, or export it again")
    }

    /// Fills the buffer as far as the file allows; 0 at its end, -1 on a read error.
    private static func readChunk(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>) -> Int {
        readFully(descriptor, into: UnsafeMutableRawBufferPointer(start: buffer, count: chunkSize))
    }

    // MARK: - SAX2 callbacks

    private static func reader(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ExportReader>? {
        context?.assumingMemoryBound(to: ExportReader.self)
    }

    private static func saxHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localname, _, uri, _, _, attributeCount, _, attributes in
            guard let reader = ExportFileParser.reader(context), let localname else { return }
            reader.pointee.startElement(localname: localname, uri: uri,
                                attributes: AttributeList(pointer: attributes, count: Int(attributeCount)))
        }
        handler.endElementNs = { context, _, _, _ in
            ExportFileParser.reader(context)?.pointee.endElement()
        }
        handler.characters = { context, text, length in
            guard let reader = ExportFileParser.reader(context), let text else { return }
            reader.pointee.characters(ByteSpan(base: text, count: Int(length)))
        }
        handler.cdataBlock = handler.characters
        handler.internalSubset = { context, name, _, _ in
            guard let reader = ExportFileParser.reader(context) else { return }
            reader.pointee.doctype(name: name.map { String(cString: $0) } ?? "")
            if let parser = reader.pointee.context { xmlStopParser(parser) }
        }
        // Belt and braces: nothing can declare, find or fetch an entity.
        handler.entityDecl = { _, _, _, _, _, _ in }
        handler.unparsedEntityDecl = { _, _, _, _, _ in }
        handler.getEntity = { _, _ in nil }
        handler.getParameterEntity = { _, _ in nil }
        handler.resolveEntity = { _, _, _ in nil }
        handler.externalSubset = { _, _, _, _ in }
        handler.serror = { context, error in
            guard let reader = ExportFileParser.reader(context), let error else { return }
            let level = error.pointee.level
            guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
            reader.pointee.parserError(code: error.pointee.code, message: message, line: Int(error.pointee.line),
                                       column: Int(error.pointee.int2))
        }
        return handler
    }
}
