import PageFuzzing
import TalkArchive

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzPage(data, size, as: .frabScheduleXML)
}
